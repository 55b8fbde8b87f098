/**
 * App-level policies: screens a signed-in person may open at all. The server declares each in the
 * access.ts of its owner (`allowApp`) and sends them in `GET /api/auth/me` (`user.policies`); the
 * web app's navigation and routes read them instead of repeating duties.
 */
export const APP_POLICIES = [
  "manageTransfers",
  "readRequestOverrides",
  "readAuditLog",
  "administerUsers",
  "switchProfile",
  "readMailOutbox",
  "readYearlyReports",
  "overseeVulnerabilities",
  "importAdvisories",
  "keepSoftwareCatalog",
  "readAudits",
  "manageAccounts",
  "seeDirectorySync",
  "runTraining",
  "readTrainingConsents",
  "createPeople",
  "assignRoles",
  "recordDeputies",
  "editContactPoint",
] as const;
export type AppPolicy = (typeof APP_POLICIES)[number];
