/**
 * The API's response shapes as the web app reads them, derived from the server's own zod
 * response schemas (the ones that document /api/openapi.json). Type-only imports: nothing of the
 * server reaches the bundle, but a field renamed or retyped on the server fails `npm run check`
 * wherever a screen reads it.
 */
import type { z } from "zod";
import type * as Audit from "../../server/audit/routes";
import type * as Auth from "../../server/auth/schema";
import type * as AccountsReviewQueries from "../../server/modules/accounts/queries-reviews";
import type * as AccountsResponses from "../../server/modules/accounts/responses";
import type * as AccountsWrites from "../../server/modules/accounts/responses-writes";
import type * as AccountsCheckouts from "../../server/modules/accounts/routes/checkouts";
import type * as AccountsPrivileged from "../../server/modules/accounts/routes/privileged";
import type * as AccountsReviews from "../../server/modules/accounts/routes/reviews";
import type * as Assets from "../../server/modules/assets/responses";
import type * as AssetsWork from "../../server/modules/assets/responses-work";
import type * as Assurance from "../../server/modules/assurance/views";
import type * as Documents from "../../server/modules/documents/responses";
import type * as Incidents from "../../server/modules/incidents/responses";
import type * as DirectorySync from "../../server/modules/org/directory-sync/routes";
import type * as Org from "../../server/modules/org/schema";
import type * as Registers from "../../server/modules/registers/schema";
import type * as Reports from "../../server/modules/reports/schema";
import type * as Requests from "../../server/modules/requests/responses";
import type * as SoftwareFeeds from "../../server/modules/software/commands/import-feeds";
import type * as SoftwareQueries from "../../server/modules/software/queries";
import type * as SoftwareResponses from "../../server/modules/software/responses";
import type * as SoftwareWrites from "../../server/modules/software/responses-writes";
import type * as Suppliers from "../../server/modules/suppliers/responses";
import type * as Training from "../../server/modules/training/responses";
import type * as TrainingRecords from "../../server/modules/training/responses-records";

export { EMPLOYMENT_TYPES, type EmploymentType } from "../../common/employment";

type Out<T extends z.ZodType> = z.output<T>;

/**
 * A server value as it arrives over JSON: dates become ISO strings. For the modules whose routes
 * still answer `{ data }` without a detailed response schema, the presenter's return type is the
 * contract (the route hands the presenter's value to c.json unchanged).
 */
export type Wire<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Wire<U>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;

/** The `{ data }` envelope of the requests, incidents and registers routes. */
export interface Data<T> {
  data: T;
  policies?: Policies;
}

export type Policies = Out<typeof Org.Policies>;
export type I18nText = Out<typeof Org.I18nText>;

// auth
export type Me = Out<typeof Auth.MeRes>;
export type MeUser = Out<typeof Auth.MeUserRes>;
export type PreviousLogin = Out<typeof Auth.PreviousLoginRes>;
export type LoginResult = Out<typeof Auth.LoginRes>;
export type UserList = Out<typeof Auth.UserListRes>;
export type UserRow = Out<typeof Auth.LoginAdminRes>;
export type TemporaryPassword = Out<typeof Auth.TemporaryPasswordRes>;
export type MfaSetup = Out<typeof Auth.MfaSetupRes>;
export type MfaEnabled = Out<typeof Auth.MfaEnableRes>;

// organization
export type Department = Out<typeof Org.Department>;
export type DepartmentNode = Out<typeof Org.DepartmentNode>;
export type DepartmentTree = Out<typeof Org.DepartmentTree>;
export type PersonSummary = Out<typeof Org.PersonSummary>;
export type PeoplePage = Out<typeof Org.PeoplePage>;
export type PersonDetail = Out<typeof Org.PersonDetail>;
export type LoginState = Out<typeof Org.LoginState>;
export type RoleAssignment = Out<typeof Org.RoleAssignment>;
export type Deputy = Out<typeof Org.Deputy>;
export type RoleChange = Out<typeof Org.RoleChange>;
export type HandoverEntry = Out<typeof Org.HandoverEntry>;
export type TransferItem = Out<typeof Org.TransferItem>;
export type TransferBatch = Out<typeof Org.TransferBatch>;
export type TransferImportRes = Out<typeof Org.TransferImportRes>;
export type Separation = Out<typeof Org.SeparationRes>;
export type SeparationList = Out<typeof Org.SeparationList>;
export type ContactPerson = Out<typeof Org.ContactPerson>;
export type ContactNetwork = Out<typeof Org.ContactNetwork>;
export type CreateLoginRes = Out<typeof Org.CreateLoginRes>;

// audit log
export type AuditEvent = Out<typeof Audit.AuditEventView>;
export type AuditPage = Out<typeof Audit.AuditPageRes>;
export type VerifyResult = Out<typeof Audit.VerifyResult>;

// requests (the routes' response schemas, server/modules/requests/responses.ts)
export type RequestView = Out<typeof Requests.RequestView>;
export type RequestSummary = Out<typeof Requests.RequestSummary>;
export type RequestKindView = Out<typeof Requests.RequestKind>;
export type RequestPreview = Out<typeof Requests.RequestPreview>;
export type RequestOverride = Out<typeof Requests.RequestOverride>;
export type RequestNotification = Out<typeof Requests.RequestNotification>;

// incidents, violations and the emergency plan (the routes' response schemas, server/modules/incidents/responses.ts)
export type IncidentCase = Out<typeof Incidents.IncidentCase>;
export type IncidentSummary = Out<typeof Incidents.IncidentSummary>;
export type IncidentReported = Out<typeof Incidents.IncidentReported>;
export type IncidentPage = Out<typeof Incidents.IncidentPage>;
export type IncidentCaseAnswer = Out<typeof Incidents.CaseAnswer>;
export type Violation = Out<typeof Incidents.Violation>;
export type ViolationList = Out<typeof Incidents.ViolationList>;
export type EmergencyPlan = Out<typeof Incidents.EmergencyPlan>;
export type IncidentMetrics = Out<typeof Incidents.IncidentMetrics>;
export type IncidentNotifications = Out<typeof Incidents.IncidentNotifications>;

// registers
export type RegisterMeta = Out<typeof Registers.RegisterMeta>;
export type RegisterEntry = Out<typeof Registers.RegisterEntry>;
export type CarryOutRow = Out<typeof Registers.CarryOutRow>;
export type UnreturnedMedium = Out<typeof Registers.UnreturnedMedium>;
export type StoredRegisterEntry = Out<typeof Registers.StoredEntry>;

// assets (the list and detail routes' response schemas, server/modules/assets/responses.ts)
export type AssetListItem = Out<typeof Assets.AssetListItem>;
export type AssetDetail = Out<typeof Assets.AssetDetail>;
export type AssetPage = Out<typeof Assets.AssetPage>;
// saved views, follow-up tasks and inventory (server/modules/assets/responses-work.ts)
export type AssetSavedViewList = Out<typeof AssetsWork.SavedViewList>;
export type AssetTaskList = Out<typeof AssetsWork.AssetTaskList>;
export type AssetTask = Out<typeof AssetsWork.AssetTask>;
export type InventoryCampaign = Out<typeof AssetsWork.InventoryCampaign>;
export type InventoryCampaignList = Out<typeof AssetsWork.InventoryCampaignList>;
export type InventoryReport = Out<typeof AssetsWork.InventoryReport>;

// software and vulnerabilities (routes hand the queries' rows to c.json with the asset as the
// assets face labels it and the viewer's policies)
type Row<F extends (...args: never[]) => Promise<unknown[]>> = Wire<Awaited<ReturnType<F>>[number]>;
/** The host as the software routes label it (server/modules/software/asset-link.ts: `number`, not `assetNumber`). */
export type AssetLabelView = Out<typeof SoftwareResponses.AssetLabel>;
export type VulnMatch = (Row<typeof SoftwareQueries.listMatches> | Row<typeof SoftwareQueries.listTasks>) & {
  asset?: AssetLabelView;
  policies: Policies;
};
export type VulnAdvisory = Row<typeof SoftwareQueries.listAdvisories>;
export type VulnSummary = Wire<Awaited<ReturnType<typeof SoftwareQueries.summary>>>;
export type EndOfSupportYear = Row<typeof SoftwareQueries.endOfSupportCalendar>;
export interface EndOfSupportCalendar {
  from: string;
  to: string;
  rule: { action: string; clause: string; text: I18nText; budgetLeadMonths: number } | null;
  years: EndOfSupportYear[];
}
export type SoftwareInstallation = Out<typeof SoftwareResponses.InstallationRow>;
/** The answers of the software write routes (server/modules/software/responses-writes.ts). */
export type SoftwareProductCreated = Out<typeof SoftwareWrites.ProductCreatedRes>;
export type SoftwareInventoryImport = Out<typeof SoftwareResponses.InventoryImportRes>["data"];
export type SoftwareCpeSuggestion = Out<typeof SoftwareResponses.CpeSuggestionsRes>["data"][number];
/** One imported feed file: its result, and the matches it made when it was read. */
export type VulnImportResult = Wire<
  Awaited<ReturnType<typeof SoftwareFeeds.importFeedFiles>>["results"][number]
> & { matches?: number; newMatches?: number };

// self-inspection and audits (the read routes' response schemas, server/modules/assurance/views.ts)
type AssuranceOut<K extends keyof typeof Assurance> = (typeof Assurance)[K] extends z.ZodType
  ? Out<(typeof Assurance)[K]>
  : never;
export type AssuranceCampaignList = AssuranceOut<"CampaignsRes">;
export type AssuranceCampaign = AssuranceOut<"Campaign">;
export type InspectionScope = AssuranceCampaignList["data"]["scopes"][number];
export type AssuranceProgress = AssuranceOut<"ProgressRes">;
export type AssuranceSummary = AssuranceOut<"SummaryRes">;
export type AssuranceSheets = AssuranceOut<"SheetsRes">;
export type AssuranceSheet = AssuranceOut<"Sheet">;
export type AssuranceSheetDetail = AssuranceOut<"SheetDetailRes">;
export type AssuranceSheetItem = AssuranceOut<"SheetItem">;
export type EvidenceFile = AssuranceOut<"EvidenceFile">;
export type AssuranceItems = AssuranceOut<"ItemsRes">;
export type AssuranceItem = AssuranceOut<"Item">;
export type AssuranceFindings = AssuranceOut<"FindingsRes">;
export type AssuranceFindingRow = AssuranceOut<"FindingRow">;
export type AssuranceFindingDetail = AssuranceOut<"FindingDetailRes">;
export type AssurancePlans = AssuranceOut<"PlansRes">;
export type AssurancePlanDetail = AssuranceOut<"PlanDetailRes">;
export type AssuranceAudits = AssuranceOut<"AuditsRes">;
export type AuditKind = AssuranceAudits["data"]["kinds"][number];
export type AssuranceAuditDetail = AssuranceOut<"AuditDetailRes">;
// ID管理: privileged IDs (the routes hand these functions' values to c.json unchanged)
export type PrivilegedRegister = Wire<Awaited<ReturnType<typeof AccountsPrivileged.privilegedRegister>>>;
export type PrivilegedAccount = PrivilegedRegister["accounts"][number];
export type PrivilegedCheckout = Row<typeof AccountsCheckouts.presentCheckouts>;

// documents (the routes' response schemas, server/modules/documents/responses.ts)
export type DocumentKinds = Out<typeof Documents.DocumentKindsRes>;
export type DocumentKind = DocumentKinds["data"][number];
export type DocumentSummary = Out<typeof Documents.DocumentSummary>;
export type DocumentList = Out<typeof Documents.DocumentListRes>;
/** The stored document a create or change answers (POST/PATCH /api/documents). */
export type DocumentWritten = Out<typeof Documents.DocumentRowRes>;
export type DocumentDetail = Out<typeof Documents.DocumentDetailRes>;
export type DocumentVersionMeta = Out<typeof Documents.VersionMeta>;
export type DocumentVersionPage = Out<typeof Documents.VersionPageRes>;
export type DocumentComparison = Out<typeof Documents.ComparisonRes>;
export type AcknowledgementFigures = Out<typeof Documents.AcknowledgementFiguresRes>;

// contractors and external services (the routes' response schemas, server/modules/suppliers/responses.ts)
export type ExternalServiceItem = Out<typeof Suppliers.ServiceListItem>;
export type ExternalServiceList = Out<typeof Suppliers.ServiceListRes>;
export type ExternalService = Out<typeof Suppliers.ServiceView>;
export type ExternalServiceRes = Out<typeof Suppliers.ServiceRes>;
export type ExternalServicePath = Out<typeof Suppliers.ServicePathRes>;
export type ExternalServiceCriteria = Out<typeof Suppliers.CriteriaRes>;
export type CriteriaView = NonNullable<ExternalServiceCriteria["data"]>;
export type SupplierCheckList = Out<typeof Suppliers.CheckListRes>;
export type SupplierCheckRow = Out<typeof Suppliers.CheckRow>;

// reports (年次報告)
export type YearlyReportList = Out<typeof Reports.YearlyReportListRes>;
export type YearlyReport = Out<typeof Reports.YearlyReportRes>;
export type YearlyReportDetail = Out<typeof Reports.YearlyReportDetailRes>;
export type YearlyFigureRecords = Out<typeof Reports.FigureRecordsRes>;
// the contract screens (the routes' response schemas, server/modules/suppliers/responses.ts)
export type SupplierContract = Out<typeof Suppliers.ContractView>;
export type SupplierContractRow = Out<typeof Suppliers.ContractListItem>;
export type SupplierContractor = Out<typeof Suppliers.ContractorListItem>;
export type SupplierContractList = Out<typeof Suppliers.ContractListRes>;
export type SupplierContractRes = Out<typeof Suppliers.ContractRes>;
export type SupplierContractorList = Out<typeof Suppliers.ContractorListRes>;
/** What a screen reads of a record it just created (POST answers `{ data }` with the new id). */
export interface CreatedRecord {
  data: { id: string };
}
// ID管理: directory sync (LDAP/AD), the routes' response schemas
export type DirectorySyncOverview = Out<typeof DirectorySync.Overview>;
export type DirectorySyncRun = Out<typeof DirectorySync.Run>;
// ID管理: IDs and IC cards as the presenters answer them
export type AccountView = Out<typeof AccountsResponses.AccountView>;
export type CardView = Out<typeof AccountsResponses.CardView>;
/** The holder and the keepers get the full answer; anyone else the same answer for every number. */
export type CardLossReport = Out<typeof AccountsWrites.LossRes>["data"];
// ID管理: systems, the reconciliation and the review campaigns, the routes' response schemas
export type AccountSystemList = Out<typeof AccountsResponses.SystemListRes>;
export type AccountReconciliation = Out<typeof AccountsResponses.ReconciliationRes>;
export type AccountFinding = Out<typeof AccountsResponses.FindingView>;
export type AccountReviewList = Out<typeof AccountsResponses.ReviewListRes>;
export type AccountReviewDetail = Out<typeof AccountsResponses.ReviewDetailRes>;
export type AccountReviewTasks = Out<typeof AccountsResponses.ReviewTasksRes>;
export type AccountReviewTask = AccountReviewTasks["data"][number];
/** One ID in a review (GET /api/accounts/reviews/{id}/items), and the page's answer. */
export type ReviewItemView = Row<typeof AccountsReviews.presentItems>;
export interface ReviewItemsPage {
  items: ReviewItemView[];
  removedSinceLast: Array<Row<typeof AccountsReviewQueries.removedSinceLast> & { personName: string | null }>;
}

// training: plans, courses and "my training" (the response schemas, server/modules/training/responses.ts)
export type TrainingPlan = Out<typeof Training.TrainingPlan>;
export type TrainingCourse = Out<typeof Training.TrainingCourse>;
export type TrainingPlanList = Out<typeof Training.TrainingPlanList>;
export type TrainingPlanDetail = Out<typeof Training.TrainingPlanDetail>;
export type TrainingRules = TrainingPlanList["data"]["rules"];
export type TrainingPlanRes = Out<typeof Training.TrainingPlanRes>;
export type TrainingCourseList = Out<typeof Training.TrainingCourseList>;
export type MyTraining = Out<typeof Training.MyTraining>;
export type MyCourse = MyTraining["data"]["courses"][number];
export type TrainingConsent = MyTraining["data"]["consents"][number];
// training: completion, sessions, attendance, e-learning, drills, new hires, 同意書 and reports
// (the response schemas, server/modules/training/responses-records.ts)
export type TrainingCompletion = Out<typeof TrainingRecords.CompletionRes>;
export type TrainingCompletionFigures = TrainingCompletion["data"];
export type TrainingCourseFigure = TrainingCompletionFigures["groups"][number]["courses"][number];
export type TrainingOverdue = Out<typeof TrainingRecords.OverdueRes>;
export type TrainingOverdueRow = TrainingOverdue["data"]["overdue"][number];
export type TrainingSessionList = Out<typeof TrainingRecords.SessionListRes>;
export type TrainingSessionRow = TrainingSessionList["data"]["sessions"][number];
export type TrainingSessionSheet = Out<typeof TrainingRecords.SessionSheetRes>;
export type TrainingSheetPerson = TrainingSessionSheet["data"]["people"][number];
export type TrainingRecorded = Out<typeof TrainingRecords.RecordedRes>;
export type TrainingAttendanceImport = Out<typeof TrainingRecords.AttendanceImportRes>;
export type TrainingCheckinQr = Out<typeof TrainingRecords.CheckinQrRes>;
export type TrainingLearn = Out<typeof TrainingRecords.LearnRes>;
export type TrainingQuizResult = Out<typeof TrainingRecords.QuizResultRes>;
export type TrainingDrill = Out<typeof TrainingRecords.Drill>;
export type TrainingDrillList = Out<typeof TrainingRecords.DrillListRes>;
export type TrainingDrillRes = Out<typeof TrainingRecords.DrillRes>;
export type TrainingDrillDetail = Out<typeof TrainingRecords.DrillDetailRes>;
export type TrainingNewHire = Out<typeof TrainingRecords.NewHireRes>;
export type TrainingConsentRes = Out<typeof TrainingRecords.ConsentRes>;
export type TrainingConsentList = Out<typeof TrainingRecords.ConsentListRes>;
export type TrainingReportChain = Out<typeof TrainingRecords.ReportChainRes>;
