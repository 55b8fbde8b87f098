/**
 * The API's response shapes as the web app's screens name them: the schemas of the server's
 * OpenAPI document (/api/openapi.json), as generated into web/src/api-types.gen.ts — the same
 * types `api.get(…)` answers, so a field renamed or retyped on the server fails `npm run check`
 * wherever a screen reads it. Nothing here imports the server.
 */
import type { Answer, Op, Schema } from "./api-typing";

export { EMPLOYMENT_TYPES, type EmploymentType } from "../../common/employment";

/** The `{ data }` envelope of the requests, incidents and registers routes. */
export interface Data<T> {
  data: T;
  policies?: Policies;
}

export type Policies = Schema<"Policies">;
/** A label in both languages. */
export interface I18nText {
  ja: string;
  en: string;
}

// auth
export type Me = Schema<"Me">;
export type MeUser = Schema<"MeUser">;
export type PreviousLogin = NonNullable<Schema<"SignedIn">["previousLogin"]>;
export type LoginResult = Answer<Op<"/api/auth/login", "post">>;
export type UserList = Answer<Op<"/api/users", "get">>;
export type UserRow = Schema<"UserLogin">;
export type TemporaryPassword = Schema<"TemporaryPassword">;
export type MfaSetup = Schema<"MfaSetup">;
export type MfaEnabled = Schema<"MfaEnabled">;

// organization
export type Department = Schema<"Department">;
export type DepartmentNode = Schema<"DepartmentNode">;
export type DepartmentTree = Schema<"DepartmentTree">;
export type PersonSummary = Schema<"PersonSummary">;
export type PeoplePage = Schema<"PeoplePage">;
export type PersonDetail = Schema<"PersonDetail">;
export type LoginState = Schema<"LoginState">;
export type RoleAssignment = Schema<"RoleAssignment">;
export type Deputy = Schema<"Deputy">;
export type HandoverEntry = Schema<"HandoverEntry">;
export type TransferItem = Schema<"TransferItem">;
export type TransferBatch = Schema<"TransferBatch">;
export type TransferImportRes = Schema<"TransferImportRes">;
export type Separation = Schema<"Separation">;
export type SeparationList = Schema<"SeparationList">;
export type ContactPerson = Schema<"ContactPerson">;
export type ContactNetwork = Schema<"ContactNetwork">;
export type CreateLoginRes = Schema<"CreateLoginRes">;

// audit log
export type AuditEvent = Schema<"AuditEvent">;
export type AuditPage = Answer<Op<"/api/audit/events", "get">>;
export type VerifyResult = Schema<"AuditVerifyResult">;

// requests (the routes' response schemas, server/modules/requests/responses.ts)
export type RequestView = Schema<"Request">;
export type RequestSummary = Schema<"RequestSummary">;
export type RequestKindView = Schema<"RequestKind">;
export type RequestPreview = Schema<"RequestPreview">;
export type RequestOverride = Schema<"RequestOverride">;
export type RequestNotification = Schema<"RequestNotification">;

// incidents, violations and the emergency plan (the routes' response schemas, server/modules/incidents/responses.ts)
export type IncidentCase = Schema<"IncidentCase">;
export type IncidentSummary = Schema<"IncidentSummary">;
export type IncidentReported = Schema<"IncidentReported">;
export type IncidentPage = Schema<"IncidentPage">;
export type IncidentCaseAnswer = Schema<"IncidentCaseAnswer">;
export type Violation = Schema<"Violation">;
export type ViolationList = Schema<"ViolationList">;
export type EmergencyPlan = Schema<"EmergencyPlan">;
export type IncidentMetrics = Schema<"IncidentMetrics">;
export type IncidentNotifications = Schema<"IncidentNotifications">;

// registers
export type RegisterMeta = Schema<"RegisterMeta">;
export type RegisterEntry = Schema<"RegisterEntry">;
export type CarryOutRow = Schema<"CarryOutRow">;
export type UnreturnedMedium = Schema<"UnreturnedMedium">;
export type StoredRegisterEntry = Schema<"StoredRegisterEntry">;

// assets (the list and detail routes' response schemas, server/modules/assets/responses.ts)
export type AssetListItem = Schema<"AssetListItem">;
export type AssetDetail = Schema<"AssetDetail">;
export type AssetPage = Schema<"AssetPage">;
// saved views, follow-up tasks and inventory (server/modules/assets/responses-work.ts)
export type AssetSavedViewList = Schema<"AssetSavedViewList">;
export type AssetTaskList = Schema<"AssetTaskList">;
export type AssetTask = AssetTaskList["items"][number];
export type InventoryCampaign = Schema<"InventoryCampaign">;
export type InventoryCampaignList = Schema<"InventoryCampaignList">;
export type InventoryReport = Schema<"InventoryReport">;

// software and vulnerabilities (routes hand the queries' rows to c.json with the asset as the
// assets face labels it and the viewer's policies)
export type VulnMatch = Schema<"VulnMatch">;
export type VulnAdvisory = Schema<"VulnAdvisories">["data"][number];
/** A run of the optional advisory fetch, with each feed's outcome (GET /api/vulnerabilities/imports). */
export type VulnFetchRun = Schema<"VulnFetchRun">;
export type SoftwareInstallation = Schema<"SoftwareInstallation">;
/** The answers of the software write routes (server/modules/software/responses-writes.ts). */
export type SoftwareProductCreated = Schema<"SoftwareProductCreated">;
export type SoftwareInventoryImport = Schema<"SoftwareInventoryImport">["data"];
export type SoftwareCpeSuggestion = Schema<"SoftwareCpeSuggestions">["data"][number];
// self-inspection and audits (the read routes' response schemas, server/modules/assurance/views.ts)
export type AssuranceCampaignList = Schema<"AssuranceCampaigns">;
export type AssuranceCampaign = Schema<"AssuranceCampaign">;
export type InspectionScope = AssuranceCampaignList["data"]["scopes"][number];
export type AssuranceProgress = Schema<"AssuranceProgress">;
export type AssuranceSummary = Schema<"AssuranceCampaignSummary">;
export type AssuranceSheets = Schema<"AssuranceSheets">;
export type AssuranceSheet = Schema<"AssuranceSheet">;
export type AssuranceSheetDetail = Schema<"AssuranceSheetDetail">;
export type AssuranceSheetItem = Schema<"AssuranceSheetItem">;
export type EvidenceFile = Schema<"AssuranceEvidenceFile">;
export type AssuranceItems = Schema<"AssuranceItems">;
export type AssuranceItem = Schema<"AssuranceItem">;
export type AssuranceFindings = Schema<"AssuranceFindings">;
export type AssuranceFindingRow = Schema<"AssuranceFindingRow">;
export type AssuranceFindingDetail = Schema<"AssuranceFindingDetail">;
export type AssurancePlans = Schema<"AssurancePlans">;
export type AssurancePlanDetail = Schema<"AssurancePlanDetail">;
export type AssuranceAudits = Schema<"AssuranceAudits">;
export type AuditKind = AssuranceAudits["data"]["kinds"][number];
export type AssuranceAuditDetail = Schema<"AssuranceAuditDetail">;
// ID管理: privileged IDs (the routes hand these functions' values to c.json unchanged)
export type PrivilegedRegister = Schema<"PrivilegedRegister">["data"];
export type PrivilegedAccount = PrivilegedRegister["accounts"][number];
export type PrivilegedCheckout = Schema<"PrivilegedCheckoutList">["data"][number];

// documents (the routes' response schemas, server/modules/documents/responses.ts)
export type DocumentKinds = Schema<"DocumentKinds">;
export type DocumentKind = DocumentKinds["data"][number];
export type DocumentSummary = Schema<"DocumentSummary">;
export type DocumentList = Schema<"DocumentList">;
/** The stored document a create or change answers (POST/PATCH /api/documents). */
export type DocumentWritten = Schema<"DocumentRow">;
export type DocumentDetail = Schema<"DocumentDetail">;
export type DocumentVersionMeta = Schema<"DocumentVersionMeta">;
export type DocumentVersionPage = Schema<"DocumentVersionPage">;
export type DocumentComparison = Schema<"DocumentComparison">;
export type AcknowledgementFigures = Schema<"DocumentAcknowledgementFigures">;

// contractors and external services (the routes' response schemas, server/modules/suppliers/responses.ts)
export type ExternalServiceItem = Schema<"ExternalServiceListItem">;
export type ExternalServiceList = Schema<"ExternalServiceList">;
export type ExternalService = Schema<"ExternalServiceView">;
export type ExternalServiceRes = Schema<"ExternalServiceRes">;
export type ExternalServicePath = Schema<"ExternalServicePath">;
export type ExternalServiceCriteria = Schema<"ExternalServiceCriteria">;
export type CriteriaView = NonNullable<ExternalServiceCriteria["data"]>;
export type SupplierCheckList = Schema<"SupplierCheckList">;
export type SupplierCheckRow = Schema<"SupplierCheckRow">;

// reports (年次報告)
export type YearlyReportList = Schema<"YearlyReportList">;
export type YearlyReport = Schema<"YearlyReport">;
export type YearlyReportDetail = Schema<"YearlyReportDetail">;
export type YearlyFigureRecords = Schema<"YearlyFigureRecords">;
// the contract screens (the routes' response schemas, server/modules/suppliers/responses.ts)
export type SupplierContract = Schema<"SupplierContractView">;
export type SupplierContractRow = Schema<"SupplierContractListItem">;
export type SupplierContractor = Schema<"SupplierContractorListItem">;
export type SupplierContractList = Schema<"SupplierContractList">;
export type SupplierContractRes = Schema<"SupplierContractRes">;
export type SupplierContractorList = Schema<"SupplierContractorList">;
/** What a screen reads of a record it just created (POST answers `{ data }` with the new id). */
export interface CreatedRecord {
  data: { id: string };
}
// ID管理: directory sync (LDAP/AD), the routes' response schemas
export type DirectorySyncOverview = Schema<"DirectorySyncOverview">;
export type DirectorySyncRun = Schema<"DirectorySyncRun">;
// ID管理: IDs and IC cards as the presenters answer them
export type AccountView = Schema<"AccountView">;
export type CardView = Schema<"IcCardView">;
/** The holder and the keepers get the full answer; anyone else the same answer for every number. */
export type CardLossReport = Schema<"IcCardLossAnswer">["data"];
// ID管理: systems, the reconciliation and the review campaigns, the routes' response schemas
export type AccountSystemList = Schema<"AccountSystemList">;
export type AccountReconciliation = Schema<"AccountReconciliation">;
export type AccountFinding = Schema<"AccountFinding">;
export type AccountReviewList = Schema<"AccountReviewList">;
export type AccountReviewDetail = Schema<"AccountReviewDetail">;
export type AccountReviewTasks = Schema<"AccountReviewTasks">;
export type AccountReviewTask = AccountReviewTasks["data"][number];
/** One ID in a review (GET /api/accounts/reviews/{id}/items). */
export type ReviewItemView = Schema<"AccountReviewItem">;

// training: plans, courses and "my training" (the response schemas, server/modules/training/responses.ts)
export type TrainingPlan = Schema<"TrainingPlan">;
export type TrainingCourse = Schema<"TrainingCourse">;
export type TrainingPlanList = Schema<"TrainingPlanList">;
export type TrainingPlanDetail = Schema<"TrainingPlanDetail">;
export type TrainingRules = TrainingPlanList["data"]["rules"];
export type TrainingPlanRes = Schema<"TrainingPlanRes">;
export type TrainingCourseList = Schema<"TrainingCourseList">;
export type MyTraining = Schema<"MyTraining">;
export type MyCourse = MyTraining["data"]["courses"][number];
export type TrainingConsent = MyTraining["data"]["consents"][number];
// training: completion, sessions, attendance, e-learning, drills, new hires, 同意書 and reports
// (the response schemas, server/modules/training/responses-records.ts)
export type TrainingCompletion = Schema<"TrainingCompletion">;
export type TrainingCompletionFigures = TrainingCompletion["data"];
export type TrainingCourseFigure = TrainingCompletionFigures["groups"][number]["courses"][number];
export type TrainingOverdue = Schema<"TrainingOverdue">;
export type TrainingOverdueRow = TrainingOverdue["data"]["overdue"][number];
export type TrainingSessionList = Schema<"TrainingSessionList">;
export type TrainingSessionRow = TrainingSessionList["data"]["sessions"][number];
export type TrainingSessionSheet = Schema<"TrainingSessionSheet">;
export type TrainingSheetPerson = TrainingSessionSheet["data"]["people"][number];
export type TrainingRecorded = Schema<"TrainingRecorded">;
export type TrainingAttendanceImport = Schema<"TrainingAttendanceImport">;
export type TrainingCheckinQr = Schema<"TrainingCheckinQr">;
export type TrainingLearn = Schema<"TrainingLearn">;
export type TrainingQuizResult = Schema<"TrainingQuizResult">;
export type TrainingDrill = Schema<"TrainingDrill">;
export type TrainingDrillList = Schema<"TrainingDrillList">;
export type TrainingDrillRes = Schema<"TrainingDrillRes">;
export type TrainingDrillDetail = Schema<"TrainingDrillDetail">;
export type TrainingNewHire = Schema<"TrainingNewHireRes">;
export type TrainingConsentRes = Schema<"TrainingConsent">;
export type TrainingConsentList = Schema<"TrainingConsentList">;
export type TrainingReportChain = Schema<"TrainingReportChain">;
