import { Center, Loader } from "@mantine/core";
import { usePrefetchInfiniteQuery } from "@tanstack/react-query";
import { Suspense } from "react";
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
import { type LazyScreen, screen } from "./screen";

const Dashboard = screen(() => import("./scenes/dashboard"));
const Departments = screen(() => import("./scenes/org/Departments"));
const People = screen(() => import("./scenes/org/People"));
const PersonDetail = screen(() => import("./scenes/org/PersonDetail"));
const PersonForm = screen(() => import("./scenes/org/PersonForm"));
const RoleAssignments = screen(() => import("./scenes/org/RoleAssignments"));
const Deputies = screen(() => import("./scenes/org/Deputies"));
const Transfers = screen(() => import("./scenes/org/Transfers"));
const TransferDetail = screen(() => import("./scenes/org/TransferDetail"));
const Separations = screen(() => import("./scenes/org/Separations"));
const SeparationDetail = screen(() => import("./scenes/org/SeparationDetail"));
const ContactNetwork = screen(() => import("./scenes/org/ContactNetwork"));
const Policy = screen(() => import("./scenes/Policy"));
const AssetList = screen(() => import("./scenes/assets/AssetList"));
const AssetDetail = screen(() => import("./scenes/assets/AssetDetail"));
const AssetForm = screen(() => import("./scenes/assets/AssetForm"));
const AssetInventory = screen(() => import("./scenes/assets/Inventory"));
const AssetImport = screen(() => import("./scenes/assets/import/ImportWizard"));
const AuditLog = screen(() => import("./scenes/AuditLog"));
const NewRequest = screen(() => import("./scenes/requests/NewRequest"));
const RequestList = screen(() => import("./scenes/requests/RequestList"));
const RequestDetail = screen(() => import("./scenes/requests/RequestDetail"));
const RequestNotifications = screen(() => import("./scenes/requests/Notifications"));
const MailOutbox = screen(() => import("./scenes/admin/MailOutbox"));
const RequestOverrides = screen(() => import("./scenes/requests/Overrides"));
const Registers = screen(() => import("./scenes/registers/Registers"));
const Vulnerabilities = screen(() => import("./scenes/software/Vulnerabilities"));
const SoftwareInventory = screen(() => import("./scenes/software/Inventory"));
const Account = screen(() => import("./scenes/Account"));
const MyAccounts = screen(() => import("./scenes/accounts/MyAccounts"));
const AccountSystems = screen(() => import("./scenes/accounts/Systems"));
const AccountReviews = screen(() => import("./scenes/accounts/Reviews"));
const AccountPrivileged = screen(() => import("./scenes/accounts/Privileged"));
const DirectorySync = screen(() => import("./scenes/accounts/DirectorySync"));
const Users = screen(() => import("./scenes/admin/Users"));
const ProfileChoice = screen(() => import("./scenes/admin/ProfileChoice"));
const IncidentList = screen(() => import("./scenes/incidents/IncidentList"));
const IncidentReport = screen(() => import("./scenes/incidents/IncidentReport"));
const IncidentDetail = screen(() => import("./scenes/incidents/IncidentDetail"));
const Violations = screen(() => import("./scenes/incidents/Violations"));
const YearlyReports = screen(() => import("./scenes/reports/YearlyReports"));
const YearlyReportDetail = screen(() => import("./scenes/reports/YearlyReportDetail"));
const EmergencyPlan = screen(() => import("./scenes/incidents/EmergencyPlan"));
const DocumentList = screen(() => import("./scenes/documents/DocumentList"));
const Contracts = screen(() => import("./scenes/suppliers/Contracts"));
const ContractDetail = screen(() => import("./scenes/suppliers/ContractDetail"));
const ExternalServices = screen(() => import("./scenes/suppliers/ExternalServices"));
const ExternalServiceDetail = screen(() => import("./scenes/suppliers/ExternalServiceDetail"));
const ServiceCriteria = screen(() => import("./scenes/suppliers/ServiceCriteria"));
const CheckReports = screen(() => import("./scenes/suppliers/CheckReports"));
const DocumentDetail = screen(() => import("./scenes/documents/DocumentDetail"));
const DocumentCompare = screen(() => import("./scenes/documents/Compare"));
const MySheets = screen(() => import("./scenes/assurance/MySheets"));
const SheetForm = screen(() => import("./scenes/assurance/SheetForm"));
const AssuranceCampaigns = screen(() => import("./scenes/assurance/Campaigns"));
const AssuranceItems = screen(() => import("./scenes/assurance/Items"));
const AssuranceFindings = screen(() => import("./scenes/assurance/Findings"));
const FindingDetail = screen(() => import("./scenes/assurance/FindingDetail"));
const Plans = screen(() => import("./scenes/assurance/Plans"));
const PlanDetail = screen(() => import("./scenes/assurance/PlanDetail"));
const Audits = screen(() => import("./scenes/assurance/Audits"));
const AuditDetail = screen(() => import("./scenes/assurance/AuditDetail"));
const MyTraining = screen(() => import("./scenes/training/MyTraining"));
const TrainingLearn = screen(() => import("./scenes/training/Learn"));
const TrainingPlans = screen(() => import("./scenes/training/Plans"));
const TrainingPlanDetail = screen(() => import("./scenes/training/PlanDetail"));
const TrainingSessions = screen(() => import("./scenes/training/Sessions"));
const TrainingSheet = screen(() => import("./scenes/training/SessionSheet"));
const TrainingCompletion = screen(() => import("./scenes/training/Completion"));
const TrainingConsents = screen(() => import("./scenes/training/Consents"));
const Drills = screen(() => import("./scenes/training/Drills"));
const TrainingCheckin = screen(() => import("./scenes/training/Checkin"));
const DrillDetail = screen(() => import("./scenes/training/DrillDetail"));
/** The public report form (/report) works without signing in. */
const PublicReport = screen(() => import("./scenes/report/PublicReport"));

/**
 * A screen: without props, or taking the `params` of its path (`/assets/:id` → `{ id }`). Each
 * declares its own params type, so the list holds them as taking `never` (any params type fits).
 */
type Scene = LazyScreen<{ params: never }>;

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
  return null;
}

/** The screen of a path, and its params (the first route that matches). */
function routeOf(path: string): { route: Route; params: Record<string, string> } | null {
  for (const route of ROUTES) {
    const params = matchPath(route.path, path);
    if (params) return { route, params };
  }
  return null;
}

// The opened address's screen starts loading with the app's code, not after the user is known and
// the shell has rendered; loaded by then, it renders without a Suspense fallback (screen.tsx).
void routeOf(window.location.pathname.replace(/\/+$/, "") || "/")?.route.scene.preload();

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
  const found = routeOf(path);
  if (!found) return <NotFound />;
  const { route: r, params } = found;
  if (r.allowed && !r.allowed(user)) return <NotFound />;
  const Scene = r.scene;
  return (
    <Suspense fallback={<Loading />}>
      {/* matchPath answers exactly the `:names` of the route's path, which its screen reads. */}
      <Scene key={r.path} params={params as never} />
    </Suspense>
  );
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
