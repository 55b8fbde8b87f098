import { Center, Loader } from "@mantine/core";
import { usePrefetchInfiniteQuery } from "@tanstack/react-query";
import { type ComponentType, type LazyExoticComponent, lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useAuth } from "./auth";
import { ErrorAlert, Loading, PageHeader } from "./components/common";
import { Shell } from "./components/Shell";
import type { MeUser } from "./contract";
import { may } from "./nav";
import { matchPath, useLocation } from "./router";
// Each screen is its own chunk, loaded when first visited.
import { assetListOptions, assetListQuery } from "./scenes/assets/list-query";
import { ForcedPasswordChange, RequiredMfaEnrolment, SignIn } from "./scenes/SignIn";

const Dashboard = lazy(() => import("./scenes/dashboard"));
const Departments = lazy(() => import("./scenes/org/Departments"));
const People = lazy(() => import("./scenes/org/People"));
const PersonDetail = lazy(() => import("./scenes/org/PersonDetail"));
const PersonForm = lazy(() => import("./scenes/org/PersonForm"));
const RoleAssignments = lazy(() => import("./scenes/org/RoleAssignments"));
const Deputies = lazy(() => import("./scenes/org/Deputies"));
const Transfers = lazy(() => import("./scenes/org/Transfers"));
const TransferDetail = lazy(() => import("./scenes/org/TransferDetail"));
const Separations = lazy(() => import("./scenes/org/Separations"));
const SeparationDetail = lazy(() => import("./scenes/org/SeparationDetail"));
const ContactNetwork = lazy(() => import("./scenes/org/ContactNetwork"));
const Policy = lazy(() => import("./scenes/Policy"));
const loadAssetList = () => import("./scenes/assets/AssetList");
const AssetList = lazy(loadAssetList);
const AssetDetail = lazy(() => import("./scenes/assets/AssetDetail"));
const AssetForm = lazy(() => import("./scenes/assets/AssetForm"));
const AssetInventory = lazy(() => import("./scenes/assets/Inventory"));
const AssetImport = lazy(() => import("./scenes/assets/import/ImportWizard"));
const AuditLog = lazy(() => import("./scenes/AuditLog"));
const NewRequest = lazy(() => import("./scenes/requests/NewRequest"));
const RequestList = lazy(() => import("./scenes/requests/RequestList"));
const RequestDetail = lazy(() => import("./scenes/requests/RequestDetail"));
const RequestNotifications = lazy(() => import("./scenes/requests/Notifications"));
const MailOutbox = lazy(() => import("./scenes/admin/MailOutbox"));
const RequestOverrides = lazy(() => import("./scenes/requests/Overrides"));
const Registers = lazy(() => import("./scenes/registers/Registers"));
const Vulnerabilities = lazy(() => import("./scenes/software/Vulnerabilities"));
const SoftwareInventory = lazy(() => import("./scenes/software/Inventory"));
const Account = lazy(() => import("./scenes/Account"));
const MyAccounts = lazy(() => import("./scenes/accounts/MyAccounts"));
const AccountSystems = lazy(() => import("./scenes/accounts/Systems"));
const AccountReviews = lazy(() => import("./scenes/accounts/Reviews"));
const AccountPrivileged = lazy(() => import("./scenes/accounts/Privileged"));
const DirectorySync = lazy(() => import("./scenes/accounts/DirectorySync"));
const Users = lazy(() => import("./scenes/admin/Users"));
const ProfileChoice = lazy(() => import("./scenes/admin/ProfileChoice"));
const IncidentList = lazy(() => import("./scenes/incidents/IncidentList"));
const IncidentReport = lazy(() => import("./scenes/incidents/IncidentReport"));
const IncidentDetail = lazy(() => import("./scenes/incidents/IncidentDetail"));
const Violations = lazy(() => import("./scenes/incidents/Violations"));
const YearlyReports = lazy(() => import("./scenes/reports/YearlyReports"));
const YearlyReportDetail = lazy(() => import("./scenes/reports/YearlyReportDetail"));
const EmergencyPlan = lazy(() => import("./scenes/incidents/EmergencyPlan"));
const DocumentList = lazy(() => import("./scenes/documents/DocumentList"));
const Contracts = lazy(() => import("./scenes/suppliers/Contracts"));
const ContractDetail = lazy(() => import("./scenes/suppliers/ContractDetail"));
const ExternalServices = lazy(() => import("./scenes/suppliers/ExternalServices"));
const ExternalServiceDetail = lazy(() => import("./scenes/suppliers/ExternalServiceDetail"));
const ServiceCriteria = lazy(() => import("./scenes/suppliers/ServiceCriteria"));
const CheckReports = lazy(() => import("./scenes/suppliers/CheckReports"));
const DocumentDetail = lazy(() => import("./scenes/documents/DocumentDetail"));
const DocumentCompare = lazy(() => import("./scenes/documents/Compare"));
const MySheets = lazy(() => import("./scenes/assurance/MySheets"));
const SheetForm = lazy(() => import("./scenes/assurance/SheetForm"));
const AssuranceCampaigns = lazy(() => import("./scenes/assurance/Campaigns"));
const AssuranceItems = lazy(() => import("./scenes/assurance/Items"));
const AssuranceFindings = lazy(() => import("./scenes/assurance/Findings"));
const FindingDetail = lazy(() => import("./scenes/assurance/FindingDetail"));
const Plans = lazy(() => import("./scenes/assurance/Plans"));
const PlanDetail = lazy(() => import("./scenes/assurance/PlanDetail"));
const Audits = lazy(() => import("./scenes/assurance/Audits"));
const AuditDetail = lazy(() => import("./scenes/assurance/AuditDetail"));
const MyTraining = lazy(() => import("./scenes/training/MyTraining"));
const TrainingLearn = lazy(() => import("./scenes/training/Learn"));
const TrainingPlans = lazy(() => import("./scenes/training/Plans"));
const TrainingPlanDetail = lazy(() => import("./scenes/training/PlanDetail"));
const TrainingSessions = lazy(() => import("./scenes/training/Sessions"));
const TrainingSheet = lazy(() => import("./scenes/training/SessionSheet"));
const TrainingCompletion = lazy(() => import("./scenes/training/Completion"));
const TrainingConsents = lazy(() => import("./scenes/training/Consents"));
const Drills = lazy(() => import("./scenes/training/Drills"));
const TrainingCheckin = lazy(() => import("./scenes/training/Checkin"));
const DrillDetail = lazy(() => import("./scenes/training/DrillDetail"));
/** The public report form (/report) works without signing in. */
const PublicReport = lazy(() => import("./scenes/report/PublicReport"));

/**
 * A screen: without props, or taking the `params` of its path (`/assets/:id` → `{ id }`). Each
 * declares its own params type, so the list holds them as taking `never` (any params type fits).
 */
type Scene = LazyExoticComponent<ComponentType<{ params: never }>>;

interface Route {
  path: string;
  scene: Scene;
  /** Who may open it (mirrors the navigation); the server authorizes again. */
  allowed?: (user: MeUser) => boolean;
}

const ROUTES: Route[] = [
  { path: "/", scene: Dashboard },
  { path: "/reports/yearly", scene: YearlyReports, allowed: may("readYearlyReports") },
  { path: "/reports/yearly/:id", scene: YearlyReportDetail, allowed: may("readYearlyReports") },
  { path: "/org/departments", scene: Departments },
  { path: "/org/departments/:id", scene: Departments },
  { path: "/org/people", scene: People },
  { path: "/org/people/new", scene: PersonForm },
  { path: "/org/people/:id", scene: PersonDetail },
  { path: "/org/people/:id/edit", scene: PersonForm },
  { path: "/org/roles", scene: RoleAssignments },
  { path: "/org/deputies", scene: Deputies },
  { path: "/org/transfers", scene: Transfers, allowed: may("manageTransfers") },
  { path: "/org/transfers/:id", scene: TransferDetail, allowed: may("manageTransfers") },
  { path: "/org/separations", scene: Separations, allowed: may("manageTransfers") },
  { path: "/org/separations/:id", scene: SeparationDetail, allowed: may("manageTransfers") },
  { path: "/org/contact-network", scene: ContactNetwork },
  { path: "/assets", scene: AssetList },
  { path: "/assets/new", scene: AssetForm },
  { path: "/assets/inventory", scene: AssetInventory },
  { path: "/assets/import", scene: AssetImport },
  { path: "/assets/:id", scene: AssetDetail },
  { path: "/assets/:id/edit", scene: AssetForm },
  { path: "/requests", scene: RequestList },
  { path: "/requests/new", scene: NewRequest },
  { path: "/requests/waiting", scene: RequestList },
  { path: "/requests/notifications", scene: RequestNotifications },
  {
    path: "/requests/overrides",
    scene: RequestOverrides,
    allowed: may("readRequestOverrides"),
  },
  { path: "/requests/:id", scene: RequestDetail },
  { path: "/registers", scene: Registers },
  { path: "/registers/:register", scene: Registers },
  { path: "/vulnerabilities", scene: Vulnerabilities },
  { path: "/software", scene: SoftwareInventory },
  { path: "/policy", scene: Policy },
  { path: "/audit", scene: AuditLog, allowed: may("readAuditLog") },
  { path: "/account", scene: Account },
  { path: "/accounts", scene: MyAccounts },
  { path: "/accounts/systems", scene: AccountSystems, allowed: may("manageAccounts") },
  { path: "/accounts/reviews", scene: AccountReviews, allowed: may("manageAccounts") },
  { path: "/accounts/privileged", scene: AccountPrivileged, allowed: may("manageAccounts") },
  { path: "/accounts/directory-sync", scene: DirectorySync, allowed: may("seeDirectorySync") },
  { path: "/accounts/reviews/:id", scene: AccountReviews, allowed: may("manageAccounts") },
  { path: "/admin/users", scene: Users, allowed: may("administerUsers") },
  { path: "/admin/profile", scene: ProfileChoice, allowed: may("switchProfile") },
  { path: "/admin/mail", scene: MailOutbox, allowed: may("readMailOutbox") },
  { path: "/incidents", scene: IncidentList },
  { path: "/incidents/new", scene: IncidentReport },
  { path: "/incidents/violations", scene: Violations },
  { path: "/incidents/emergency-plan", scene: EmergencyPlan },
  { path: "/incidents/:id", scene: IncidentDetail },
  { path: "/suppliers/contracts", scene: Contracts },
  { path: "/suppliers/contracts/:id", scene: ContractDetail },
  { path: "/suppliers/reports", scene: CheckReports },
  { path: "/external-services", scene: ExternalServices },
  { path: "/external-services/criteria", scene: ServiceCriteria },
  { path: "/external-services/:id", scene: ExternalServiceDetail },
  { path: "/documents", scene: DocumentList },
  { path: "/documents/:id", scene: DocumentDetail },
  { path: "/documents/:id/compare", scene: DocumentCompare },
  { path: "/training", scene: MyTraining },
  { path: "/training/courses/:id", scene: TrainingLearn },
  { path: "/training/plans", scene: TrainingPlans },
  { path: "/training/plans/:id", scene: TrainingPlanDetail },
  { path: "/training/sessions", scene: TrainingSessions, allowed: may("runTraining") },
  { path: "/training/sessions/:id", scene: TrainingSheet, allowed: may("runTraining") },
  { path: "/training/completion", scene: TrainingCompletion, allowed: may("runTraining") },
  { path: "/training/consents", scene: TrainingConsents, allowed: may("readTrainingConsents") },
  { path: "/training/checkin/:id", scene: TrainingCheckin },
  { path: "/training/drills", scene: Drills },
  { path: "/training/drills/:id", scene: DrillDetail },
  { path: "/assurance", scene: MySheets },
  { path: "/assurance/sheets/:id", scene: SheetForm },
  { path: "/assurance/campaigns", scene: AssuranceCampaigns },
  { path: "/assurance/items", scene: AssuranceItems },
  { path: "/assurance/findings", scene: AssuranceFindings },
  { path: "/assurance/findings/:id", scene: FindingDetail },
  { path: "/assurance/plans", scene: Plans },
  { path: "/assurance/plans/:id", scene: PlanDetail },
  { path: "/assurance/audits", scene: Audits, allowed: may("readAudits") },
  { path: "/assurance/audits/:id", scene: AuditDetail, allowed: may("readAudits") },
];

/**
 * Starts the asset register's first page as soon as the user is known — rendered before the
 * shell, so the rows load while the shell renders and the screen's code loads (list-query.ts).
 */
function AssetListPrefetch() {
  const { search } = useLocation();
  usePrefetchInfiniteQuery(assetListOptions(assetListQuery(search)));
  // The screen's chunk too, beside the rows: the bench's waterfall showed it requested only after
  // the shell had rendered, a few hundred ms after the rows (the import is the lazy route's own).
  void loadAssetList();
  return null;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("common.notFoundTitle")} />
      <ErrorAlert error={new Error(t("common.notFound"))} testId="not-found" />
    </>
  );
}

function Routes({ user }: { user: MeUser }) {
  const { path } = useLocation();
  for (const r of ROUTES) {
    const params = matchPath(r.path, path);
    if (!params) continue;
    if (r.allowed && !r.allowed(user)) return <NotFound />;
    const Scene = r.scene;
    return (
      <Suspense fallback={<Loading />}>
        {/* matchPath answers exactly the `:names` of the route's path, which its screen reads. */}
        <Scene key={r.path} params={params as never} />
      </Suspense>
    );
  }
  return <NotFound />;
}

export function App() {
  const { me, loading } = useAuth();
  const { path } = useLocation();
  if (path === "/report") {
    return (
      <Suspense fallback={<Loading />}>
        <PublicReport />
      </Suspense>
    );
  }
  if (loading) {
    return (
      <Center mih="100vh">
        <Loader />
      </Center>
    );
  }
  if (!me) return <SignIn />;
  if (me.user.mustChangePassword) return <ForcedPasswordChange />;
  if (me.user.mfaRequired && !me.user.mfaEnabled) return <RequiredMfaEnrolment />;
  return (
    <>
      {path === "/assets" && <AssetListPrefetch />}
      <Shell>
        <Routes user={me.user} />
      </Shell>
    </>
  );
}
