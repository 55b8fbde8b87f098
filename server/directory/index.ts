/**
 * The directory (DESIGN.md §4): bureaus, departments, people, role assignments and deputies,
 * below every module. Every layer above reads them through these functions; only modules/org's
 * commands (and bootstrap, demo, tests) write the tables of ./tables.ts.
 */
export { type AudienceFacts, peopleForAudience } from "./audience-facts";
export { cachedDirectoryRead, directoryCacheStats, directoryVersion } from "./cache";
export {
  type DirectoryChange,
  type DirectoryChangeListener,
  directoryChanged,
  onDirectoryChange,
} from "./changes";
export { dateOf, validOn } from "./dates";
export {
  type DutyGrant,
  defaultScopeUnit,
  type GrantSources,
  grantSourcesSql,
  grantsFromSources,
  parseGrantSources,
  roleOf,
  unitOfSources,
} from "./grants";
export {
  type AssignmentFact,
  coveredUnit,
  type DeputyFact,
  type DutyHolder,
  holderFacts,
  holdersOf,
  matchHolders,
  type Over,
} from "./holders";
export {
  activePeopleByEmployeeNumber,
  activePeopleJoinedSinceSql,
  activePeopleUnitsSql,
  activeUnitList,
  type MemberFacts,
  memberFactsOf,
  type RoleAssignmentOnDay,
  roleAssignmentsOn,
  type UnitInfo,
  unitsByIds,
} from "./on-day";
export {
  allPeople,
  cachedPersonNames,
  departmentLabels,
  departmentNames,
  findPeople,
  findPerson,
  type PersonFacts,
  personNames,
} from "./people";
export {
  bureauOfSql,
  childOfUnitsSql,
  childUnitsArraySql,
  departmentCodeSql,
  departmentNameSql,
  parentUnitSql,
  peopleByKeySql,
  peopleStateSql,
  personDepartmentSql,
  personNameSql,
  withinUnitsSql,
} from "./sql";
export { EMPLOYMENT_TYPES, type EmploymentType } from "./tables";
export {
  allUnits,
  type DepartmentUnit,
  departmentUnit,
  type PersonUnit,
  personUnit,
  personUnitsOn,
  type Unit,
  unitsWithChildren,
} from "./units";
export { insertPerson, insertRoleAssignment } from "./writes";
