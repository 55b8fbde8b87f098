import type { AppPolicy } from "../../common/app-policies";
import type { MeUser } from "./contract";

/**
 * The navigation: only screens that exist, and only those the user may use. Visibility follows
 * the app-level policies the server reports in `GET /api/auth/me`; the server still authorizes
 * every call.
 */
export interface NavItem {
  key: string;
  href: string;
  /** i18n key of the label */
  label: string;
  testId: string;
  visible(user: MeUser): boolean;
}

export interface NavGroup {
  key: string;
  label: string | null;
  items: NavItem[];
}

/** The server's app-level policy (GET /api/auth/me): may the person open this screen? */
export const may = (policy: AppPolicy) => (user: MeUser) => user.policies?.[policy] === true;

const always = () => true;

export const NAV: NavGroup[] = [
  {
    key: "home",
    label: null,
    items: [
      { key: "dashboard", href: "/", label: "nav.dashboard", testId: "nav-dashboard", visible: always },
      {
        key: "yearlyReports",
        href: "/reports/yearly",
        label: "nav.yearlyReports",
        testId: "nav-yearly-reports",
        visible: may("readYearlyReports"),
      },
    ],
  },
  {
    key: "org",
    label: "nav.org",
    items: [
      {
        key: "departments",
        href: "/org/departments",
        label: "nav.departments",
        testId: "nav-departments",
        visible: always,
      },
      { key: "people", href: "/org/people", label: "nav.people", testId: "nav-people", visible: always },
      { key: "roles", href: "/org/roles", label: "nav.roles", testId: "nav-roles", visible: always },
      {
        key: "deputies",
        href: "/org/deputies",
        label: "nav.deputies",
        testId: "nav-deputies",
        visible: always,
      },
      {
        key: "transfers",
        href: "/org/transfers",
        label: "nav.transfers",
        testId: "nav-transfers",
        visible: may("manageTransfers"),
      },
      {
        key: "separations",
        href: "/org/separations",
        label: "nav.separations",
        testId: "nav-separations",
        visible: may("manageTransfers"),
      },
      {
        key: "contacts",
        href: "/org/contact-network",
        label: "nav.contactNetwork",
        testId: "nav-contact-network",
        visible: always,
      },
    ],
  },
  {
    key: "assets",
    label: "nav.assetsGroup",
    items: [
      { key: "assets", href: "/assets", label: "nav.assets", testId: "nav-assets", visible: always },
      {
        key: "inventory",
        href: "/assets/inventory",
        label: "nav.inventory",
        testId: "nav-inventory",
        visible: always,
      },
    ],
  },
  {
    key: "incidents",
    label: "nav.incidentsGroup",
    items: [
      {
        key: "incidents",
        href: "/incidents",
        label: "nav.incidents",
        testId: "nav-incidents",
        visible: always,
      },
      {
        key: "incidentReport",
        href: "/incidents/new",
        label: "nav.incidentReport",
        testId: "nav-incident-report",
        visible: always,
      },
      {
        key: "violations",
        href: "/incidents/violations",
        label: "nav.violations",
        testId: "nav-violations",
        visible: always,
      },
      {
        key: "emergencyPlan",
        href: "/incidents/emergency-plan",
        label: "nav.emergencyPlan",
        testId: "nav-emergency-plan",
        visible: always,
      },
    ],
  },
  {
    key: "requests",
    label: "nav.requestsGroup",
    items: [
      {
        key: "requestNew",
        href: "/requests/new",
        label: "nav.requestNew",
        testId: "nav-request-new",
        visible: always,
      },
      { key: "requests", href: "/requests", label: "nav.requests", testId: "nav-requests", visible: always },
      {
        key: "requestsWaiting",
        href: "/requests/waiting",
        label: "nav.requestsWaiting",
        testId: "nav-requests-waiting",
        visible: always,
      },
      {
        key: "requestNotifications",
        href: "/requests/notifications",
        label: "nav.requestNotifications",
        testId: "nav-request-notifications",
        visible: always,
      },
      {
        key: "requestOverrides",
        href: "/requests/overrides",
        label: "nav.requestOverrides",
        testId: "nav-request-overrides",
        visible: may("readRequestOverrides"),
      },
      {
        key: "registers",
        href: "/registers",
        label: "nav.registers",
        testId: "nav-registers",
        visible: always,
      },
      {
        key: "vulnerabilities",
        href: "/vulnerabilities",
        label: "nav.vulnerabilities",
        testId: "nav-vulnerabilities",
        visible: always,
      },
      {
        key: "software",
        href: "/software",
        label: "nav.software",
        testId: "nav-software",
        visible: always,
      },
    ],
  },
  {
    key: "accounts",
    label: "nav.accountsGroup",
    items: [
      {
        key: "myAccounts",
        href: "/accounts",
        label: "nav.myAccounts",
        testId: "nav-my-accounts",
        visible: always,
      },
      {
        key: "accountSystems",
        href: "/accounts/systems",
        label: "nav.accountSystems",
        testId: "nav-account-systems",
        visible: may("manageAccounts"),
      },
      {
        key: "accountReviews",
        href: "/accounts/reviews",
        label: "nav.accountReviews",
        testId: "nav-account-reviews",
        visible: may("manageAccounts"),
      },
      {
        key: "accountPrivileged",
        href: "/accounts/privileged",
        label: "nav.accountPrivileged",
        testId: "nav-account-privileged",
        visible: may("manageAccounts"),
      },
      {
        key: "directorySync",
        href: "/accounts/directory-sync",
        label: "nav.directorySync",
        testId: "nav-directory-sync",
        visible: may("seeDirectorySync"),
      },
    ],
  },
  {
    key: "assurance",
    label: "nav.assuranceGroup",
    items: [
      {
        key: "mySheets",
        href: "/assurance",
        label: "nav.mySheets",
        testId: "nav-my-sheets",
        visible: always,
      },
      {
        key: "assuranceCampaigns",
        href: "/assurance/campaigns",
        label: "nav.assuranceCampaigns",
        testId: "nav-assurance-campaigns",
        visible: always,
      },
      {
        key: "assuranceFindings",
        href: "/assurance/findings",
        label: "nav.assuranceFindings",
        testId: "nav-assurance-findings",
        visible: always,
      },
      {
        key: "assurancePlans",
        href: "/assurance/plans",
        label: "nav.assurancePlans",
        testId: "nav-assurance-plans",
        visible: always,
      },
      {
        key: "assuranceItems",
        href: "/assurance/items",
        label: "nav.assuranceItems",
        testId: "nav-assurance-items",
        visible: always,
      },
      {
        key: "audits",
        href: "/assurance/audits",
        label: "nav.audits",
        testId: "nav-audits",
        visible: may("readAudits"),
      },
    ],
  },
  {
    key: "suppliers",
    label: "nav.suppliersGroup",
    items: [
      {
        key: "contracts",
        href: "/suppliers/contracts",
        label: "nav.contracts",
        testId: "nav-contracts",
        visible: always,
      },
      {
        key: "external-services",
        href: "/external-services",
        label: "nav.externalServices",
        testId: "nav-external-services",
        visible: always,
      },
      {
        key: "service-criteria",
        href: "/external-services/criteria",
        label: "nav.serviceCriteria",
        testId: "nav-service-criteria",
        visible: always,
      },
      {
        key: "supplier-reports",
        href: "/suppliers/reports",
        label: "nav.supplierReports",
        testId: "nav-supplier-reports",
        visible: always,
      },
    ],
  },
  {
    key: "documents",
    label: "nav.documentsGroup",
    items: [
      {
        key: "documents",
        href: "/documents",
        label: "nav.documents",
        testId: "nav-documents",
        visible: always,
      },
    ],
  },
  {
    key: "training",
    label: "nav.trainingGroup",
    items: [
      {
        key: "my-training",
        href: "/training",
        label: "nav.myTraining",
        testId: "nav-my-training",
        visible: always,
      },
      {
        key: "training-plans",
        href: "/training/plans",
        label: "nav.trainingPlans",
        testId: "nav-training-plans",
        visible: always,
      },
      {
        key: "training-sessions",
        href: "/training/sessions",
        label: "nav.trainingSessions",
        testId: "nav-training-sessions",
        visible: may("runTraining"),
      },
      {
        key: "training-completion",
        href: "/training/completion",
        label: "nav.trainingCompletion",
        testId: "nav-training-completion",
        visible: may("runTraining"),
      },
      {
        key: "training-consents",
        href: "/training/consents",
        label: "nav.trainingConsents",
        testId: "nav-training-consents",
        visible: may("readTrainingConsents"),
      },
      { key: "drills", href: "/training/drills", label: "nav.drills", testId: "nav-drills", visible: always },
    ],
  },
  {
    key: "policy",
    label: "nav.policyGroup",
    items: [{ key: "policy", href: "/policy", label: "nav.policy", testId: "nav-policy", visible: always }],
  },
  {
    key: "audit",
    label: "nav.auditGroup",
    items: [
      {
        key: "audit",
        href: "/audit",
        label: "nav.audit",
        testId: "nav-audit",
        visible: may("readAuditLog"),
      },
    ],
  },
  {
    key: "admin",
    label: "nav.adminGroup",
    items: [
      {
        key: "users",
        href: "/admin/users",
        label: "nav.users",
        testId: "nav-users",
        visible: may("administerUsers"),
      },
      {
        key: "profileChoice",
        href: "/admin/profile",
        label: "nav.profileChoice",
        testId: "nav-profile-choice",
        visible: may("switchProfile"),
      },
      {
        key: "mailOutbox",
        href: "/admin/mail",
        label: "nav.mailOutbox",
        testId: "nav-mail-outbox",
        visible: may("readMailOutbox"),
      },
    ],
  },
  {
    key: "me",
    label: "nav.personal",
    items: [
      { key: "account", href: "/account", label: "nav.account", testId: "nav-account", visible: always },
    ],
  },
];

export function visibleNav(user: MeUser): NavGroup[] {
  return NAV.map((g) => ({ ...g, items: g.items.filter((i) => i.visible(user)) })).filter(
    (g) => g.items.length > 0,
  );
}

/** Which nav item a path belongs to (longest matching prefix). */
export function activeNavKey(path: string): string | null {
  let best: NavItem | null = null;
  for (const g of NAV)
    for (const i of g.items) {
      const hit = i.href === "/" ? path === "/" : path === i.href || path.startsWith(`${i.href}/`);
      if (hit && (!best || i.href.length > best.href.length)) best = i;
    }
  return best?.key ?? null;
}
