import type { AppPolicy } from "../../common/app-policies";
/** Shapes of the API responses the web app reads (mirrors the server's zod schemas). */

export type Policies = Record<string, boolean>;
export interface I18nText {
  ja: string;
  en: string;
}

export interface PreviousLogin {
  at: string | null;
  ip: string | null;
}

export interface Grant {
  duty: string;
  scope: "organization" | "bureau" | "department";
  scopeDepartmentId: string | null;
  roleKey: string;
  /** Set when held as a deputy (代行) for this person. */
  deputyFor: string | null;
}

export interface MeUser {
  id: string;
  personId: string;
  loginId: string;
  name: string;
  departmentId: string | null;
  departmentName: string | null;
  duties: string[];
  grants: Grant[];
  mustChangePassword: boolean;
  mfaEnabled: boolean;
  /** The profile requires a second factor for this user's duties. */
  mfaRequired: boolean;
  locale?: string;
  /** Screens this person may open (the server's access rules; see common/app-policies.ts). */
  policies: Record<AppPolicy, boolean>;
}

export interface Me {
  user: MeUser;
  csrfToken: string;
  previousLogin: PreviousLogin | null;
}

export interface LoginResult {
  ok?: boolean;
  mfaRequired?: boolean;
  mustChangePassword?: boolean;
  mfaEnrollmentRequired?: boolean;
  csrfToken?: string;
  user?: MeUser;
  previousLogin?: PreviousLogin | null;
}

export type EmploymentType =
  | "regular"
  | "reappointed"
  | "fiscal_year"
  | "temporary"
  | "dispatched"
  | "contractor_worker";

export const EMPLOYMENT_TYPES: EmploymentType[] = [
  "regular",
  "reappointed",
  "fiscal_year",
  "temporary",
  "dispatched",
  "contractor_worker",
];

export interface Department {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  kind: "bureau" | "department";
  parentId: string | null;
  sortOrder: number;
  active: boolean;
  peopleCount?: number;
  policies: Policies;
  children?: Department[];
}

export interface PersonSummary {
  id: string;
  employeeNumber: string | null;
  name: string;
  nameKana: string | null;
  nameEn: string | null;
  email: string | null;
  phone: string | null;
  emergencyPhone: string | null;
  employmentType: EmploymentType;
  departmentId: string | null;
  departmentName: string | null;
  title: string | null;
  active: boolean;
  hasLogin: boolean;
  policies: Policies;
}

export interface LoginState {
  loginId: string;
  mustChangePassword: boolean;
  locked: boolean;
  disabled: boolean;
  totpEnabled: boolean;
  lastLoginAt: string | null;
}

export interface RoleAssignment {
  id: string;
  personId: string;
  personName: string | null;
  personDepartmentId: string | null;
  roleKey: string;
  roleTitle: I18nText;
  scope: "organization" | "bureau" | "department" | null;
  scopeDepartmentId: string | null;
  scopeDepartmentName: string | null;
  validFrom: string | null;
  validTo: string | null;
  current: boolean;
  policies: Policies;
}

export interface PersonDetail extends PersonSummary {
  roleAssignments: RoleAssignment[];
  login: LoginState | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  nextCursor: string | null;
  policies?: Policies;
}

export interface Deputy {
  id: string;
  principalPersonId: string;
  principalName: string | null;
  deputyPersonId: string;
  deputyName: string | null;
  roleAssignmentId: string | null;
  roleKey: string | null;
  roleTitle: I18nText | null;
  validFrom: string;
  validTo: string;
  reason: string | null;
  current: boolean;
  policies: Policies;
}

export interface RoleChange {
  op: "add" | "remove";
  roleKey: string;
  scopeDepartmentId?: string | null;
}

export interface HandoverEntry {
  kind: "role_assignment" | "deputy";
  action: "ended" | "review";
  id: string;
  roleKey: string | null;
  roleTitle: I18nText | null;
  scope: string | null;
  scopeDepartmentId: string | null;
  scopeDepartmentName: string | null;
  as: "principal" | "deputy" | null;
  otherPersonId: string | null;
  otherPersonName: string | null;
}

export interface TransferItem {
  id: string;
  personId: string;
  personName: string | null;
  employeeNumber: string | null;
  fromDepartmentId: string | null;
  fromDepartmentName: string | null;
  toDepartmentId: string | null;
  toDepartmentName: string | null;
  newTitle: string | null;
  roleChanges: RoleChange[];
  handover: HandoverEntry[];
  /** Before the batch is applied: what applying it will end or leave to review. */
  handoverIsPreview: boolean;
  assetsToReassign: Array<{
    assetId: string;
    as: "custodian" | "named";
    hidden: boolean;
    assetNumber: string | null;
    name: string | null;
  }>;
}

export interface TransferBatch {
  id: string;
  title: string;
  effectiveDate: string;
  status: "planned" | "applied" | "cancelled";
  source: "form" | "import";
  sourceFile: string | null;
  itemCount: number;
  createdAt: string;
  appliedAt: string | null;
  cancelledAt: string | null;
  items?: TransferItem[];
  policies: Policies;
}

export interface ImportRowError {
  row: number;
  column: string | null;
  message_ja: string;
  message_en: string;
}

export interface TransferImportRes {
  dryRun: boolean;
  rows: number;
  validRows: number;
  errors: ImportRowError[];
  items: {
    row: number;
    personId: string;
    personName: string;
    toDepartmentId: string;
    toDepartmentName: string;
    newTitle: string | null;
    effectiveDate: string;
  }[];
  batch: TransferBatch | null;
}

export interface ContactPerson {
  personId: string;
  name: string;
  title: string | null;
  departmentId: string | null;
  departmentName: string | null;
  email: string | null;
  phone: string | null;
  emergencyPhone: string | null;
  scopeDepartmentId: string | null;
  scopeDepartmentName: string | null;
}

export interface ContactNetwork {
  generatedAt: string;
  order: "escalation" | "roles";
  phonesVisible: boolean;
  entries: {
    step: number | null;
    roleKey: string;
    roleTitle: I18nText;
    scope: string;
    duties: string[];
    holders: (ContactPerson & { deputies: (ContactPerson & { validFrom: string; validTo: string })[] })[];
  }[];
}

export interface AuditEvent {
  id: number;
  occurredAt: string;
  type: string;
  actor: { personId: string; name: string | null } | null;
  actingFor: { personId: string; name: string | null } | null;
  ip: string | null;
  targetType: string | null;
  targetId: string | null;
  department: { id: string; name: string | null } | null;
  data: Record<string, unknown>;
  hash: string;
}

export interface AuditPage {
  events: AuditEvent[];
  nextBefore: number | null;
  policies: { verify: boolean; export: boolean };
}

export type VerifyResult =
  | { ok: true; count: number }
  | { ok: false; firstBadEventId: number; count: number };

export interface UserRow {
  id: string;
  personId: string;
  loginId: string;
  name: string;
  departmentId: string | null;
  departmentName: string | null;
  locked: boolean;
  lockedUntil: string | null;
  failedAttempts: number;
  disabled: boolean;
  mfaEnabled: boolean;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  lastLoginIp: string | null;
  policies: Policies;
}

export interface UserList {
  items: UserRow[];
  total: number;
  policies: Policies;
}
