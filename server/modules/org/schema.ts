import { z } from "@hono/zod-openapi";
import { HandoverEntry as HandoverEntryData } from "../../../common/audit-data";
import { EMPLOYMENT_TYPES } from "../../directory/tables";
import { I18nText, orNull, Policies } from "../../http/wire";

export { I18nText, Policies };

/** Request and response schemas of the organization module. Bodies are strict, strings bounded. */

const Uuid = z.uuid();
const IsoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const IdParam = z.object({ id: Uuid.openapi({ param: { name: "id", in: "path" } }) });

// ── departments ──────────────────────────────────────────────────────────────

export const DepartmentCreateReq = z
  .strictObject({
    code: text(32),
    name: text(100),
    nameEn: optionalText(200),
    kind: z.enum(["bureau", "department"]),
    parentId: Uuid.nullable().optional(),
    sortOrder: z.number().int().min(0).max(100000).optional(),
  })
  .openapi("DepartmentCreateReq");

export const DepartmentUpdateReq = z
  .strictObject({
    code: text(32).optional(),
    name: text(100).optional(),
    nameEn: optionalText(200),
    parentId: Uuid.nullable().optional(),
    sortOrder: z.number().int().min(0).max(100000).optional(),
    active: z.boolean().optional(),
  })
  .openapi("DepartmentUpdateReq");

export const Department = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
    kind: z.enum(["bureau", "department"]),
    parentId: z.string().nullable(),
    sortOrder: z.number(),
    active: z.boolean(),
    peopleCount: z.number().optional(),
    policies: Policies,
  })
  .openapi("Department");

export type DepartmentNodeT = z.infer<typeof Department> & { children: DepartmentNodeT[] };
export const DepartmentNode: z.ZodType<DepartmentNodeT> = z
  .lazy(() => Department.extend({ children: z.array(DepartmentNode) }))
  .openapi("DepartmentNode");

export const DepartmentTree = z
  .object({ items: z.array(DepartmentNode), policies: Policies })
  .openapi("DepartmentTree");

export const DepartmentTreeQuery = z.object({
  includeInactive: z.enum(["true", "false"]).optional(),
});

// ── people ───────────────────────────────────────────────────────────────────

const PersonFields = {
  employeeNumber: optionalText(32),
  name: text(100),
  nameKana: optionalText(100),
  nameEn: optionalText(200),
  email: z.email().max(254).nullable().optional(),
  phone: z
    .string()
    .trim()
    .max(32)
    .regex(/^[0-9+\-() ]*$/)
    .nullable()
    .optional(),
  emergencyPhone: z
    .string()
    .trim()
    .max(32)
    .regex(/^[0-9+\-() ]*$/)
    .nullable()
    .optional(),
  employmentType: z.enum(EMPLOYMENT_TYPES),
  departmentId: Uuid.nullable().optional(),
  title: optionalText(100),
};

export const PersonCreateReq = z.strictObject(PersonFields).openapi("PersonCreateReq");
export const PersonUpdateReq = z
  .strictObject({
    ...PersonFields,
    name: text(100).optional(),
    employmentType: z.enum(EMPLOYMENT_TYPES).optional(),
    active: z.boolean().optional(),
  })
  .openapi("PersonUpdateReq");

export const PeopleQuery = z.object({
  q: z.string().max(100).optional(),
  departmentId: Uuid.optional(),
  employmentType: z.enum(EMPLOYMENT_TYPES).optional(),
  includeInactive: z.enum(["true", "false"]).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).optional(),
  cursor: z.string().max(500).optional(),
});

export const PersonSummary = z
  .object({
    id: z.string(),
    employeeNumber: z.string().nullable(),
    name: z.string(),
    nameKana: z.string().nullable(),
    nameEn: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    emergencyPhone: z.string().nullable(),
    employmentType: z.enum(EMPLOYMENT_TYPES),
    departmentId: z.string().nullable(),
    departmentName: z.string().nullable(),
    title: z.string().nullable(),
    active: z.boolean(),
    hasLogin: z.boolean(),
    policies: Policies,
  })
  .openapi("PersonSummary");

export const PeoplePage = z
  .object({
    items: z.array(PersonSummary),
    total: z.number(),
    nextCursor: z.string().nullable(),
  })
  .openapi("PeoplePage");

export const LoginState = z
  .object({
    loginId: z.string(),
    mustChangePassword: z.boolean(),
    locked: z.boolean(),
    disabled: z.boolean(),
    totpEnabled: z.boolean(),
    lastLoginAt: z.string().nullable(),
  })
  .openapi("LoginState");

export const RoleAssignment = z
  .object({
    id: z.string(),
    personId: z.string(),
    personName: z.string().nullable(),
    personDepartmentId: z.string().nullable(),
    roleKey: z.string(),
    roleTitle: I18nText,
    scope: z.enum(["organization", "bureau", "department"]).nullable(),
    scopeDepartmentId: z.string().nullable(),
    scopeDepartmentName: z.string().nullable(),
    validFrom: z.string().nullable(),
    validTo: z.string().nullable(),
    current: z.boolean(),
    policies: Policies,
  })
  .openapi("RoleAssignment");

export const PersonDetail = PersonSummary.extend({
  roleAssignments: z.array(RoleAssignment),
  /** null when the person has no login; only `hasLogin` for readers who may not manage logins. */
  login: orNull(LoginState),
}).openapi("PersonDetail");

export const CreateLoginReq = z
  .strictObject({
    loginId: z
      .string()
      .trim()
      .min(3)
      .max(64)
      .regex(/^[A-Za-z0-9._@-]+$/),
  })
  .openapi("CreateLoginReq");

export const CreateLoginRes = z
  .object({ loginId: z.string(), temporaryPassword: z.string(), mustChangePassword: z.literal(true) })
  .openapi("CreateLoginRes");

// ── role assignments ─────────────────────────────────────────────────────────

export const RoleAssignmentCreateReq = z
  .strictObject({
    personId: Uuid,
    roleKey: z.string().trim().min(1).max(64),
    scopeDepartmentId: Uuid.nullable().optional(),
    validFrom: IsoDate.nullable().optional(),
    validTo: IsoDate.nullable().optional(),
  })
  .openapi("RoleAssignmentCreateReq");

export const RoleAssignmentEndReq = z
  .strictObject({
    /** Last day the role is held (inclusive); default yesterday, i.e. ended as of today. */
    validTo: IsoDate.optional(),
  })
  .openapi("RoleAssignmentEndReq");

export const RoleAssignmentQuery = z.object({
  roleKey: z.string().max(64).optional(),
  personId: Uuid.optional(),
  departmentId: Uuid.optional(),
  current: z.enum(["true", "false"]).optional(),
});

// ── deputies ─────────────────────────────────────────────────────────────────

export const DeputyCreateReq = z
  .strictObject({
    principalPersonId: Uuid,
    deputyPersonId: Uuid,
    roleAssignmentId: Uuid.nullable().optional(),
    validFrom: z.iso.datetime({ offset: true }).or(IsoDate),
    validTo: z.iso.datetime({ offset: true }).or(IsoDate),
    reason: text(500),
  })
  .openapi("DeputyCreateReq");

export const Deputy = z
  .object({
    id: z.string(),
    principalPersonId: z.string(),
    principalName: z.string().nullable(),
    deputyPersonId: z.string(),
    deputyName: z.string().nullable(),
    roleAssignmentId: z.string().nullable(),
    roleKey: z.string().nullable(),
    roleTitle: I18nText.nullable(),
    validFrom: z.string(),
    validTo: z.string(),
    reason: z.string().nullable(),
    current: z.boolean(),
    policies: Policies,
  })
  .openapi("Deputy");

export const DeputyQuery = z.object({
  personId: Uuid.optional(),
  current: z.enum(["true", "false"]).optional(),
});

// ── transfers (人事異動) ────────────────────────────────────────────────────────

export const RoleChange = z.strictObject({
  op: z.enum(["add", "remove"]),
  roleKey: z.string().trim().min(1).max(64),
  scopeDepartmentId: Uuid.nullable().optional(),
});
export type RoleChangeT = z.infer<typeof RoleChange>;

export const TransferItemReq = z.strictObject({
  personId: Uuid,
  toDepartmentId: Uuid,
  newTitle: optionalText(100),
  roleChanges: z.array(RoleChange).max(20).optional(),
});

export const TransferCreateReq = z
  .strictObject({
    title: text(200),
    effectiveDate: IsoDate,
    items: z.array(TransferItemReq).min(1).max(5000),
  })
  .openapi("TransferCreateReq");

/** The shape the transfer and leaving events record (common/audit-data.ts), declared once. */
export const HandoverEntry = HandoverEntryData.openapi("HandoverEntry");

export const TransferItem = z
  .object({
    id: z.string(),
    personId: z.string(),
    personName: z.string().nullable(),
    employeeNumber: z.string().nullable(),
    fromDepartmentId: z.string().nullable(),
    fromDepartmentName: z.string().nullable(),
    toDepartmentId: z.string().nullable(),
    toDepartmentName: z.string().nullable(),
    newTitle: z.string().nullable(),
    roleChanges: z.array(RoleChange),
    /** Before the batch is applied: what applying it will end or leave to review. */
    handover: z.array(HandoverEntry),
    handoverIsPreview: z.boolean(),
    /** Assets the person still holds outside the new unit, for the old manager to reassign. */
    assetsToReassign: z.array(
      z.object({
        assetId: z.string(),
        as: z.enum(["custodian", "named"]),
        hidden: z.boolean(),
        assetNumber: z.string().nullable(),
        name: z.string().nullable(),
      }),
    ),
  })
  .openapi("TransferItem");

export const TransferBatch = z
  .object({
    id: z.string(),
    title: z.string(),
    effectiveDate: z.string(),
    status: z.enum(["planned", "applied", "cancelled"]),
    source: z.enum(["form", "import"]),
    sourceFile: z.string().nullable(),
    itemCount: z.number(),
    createdAt: z.string(),
    appliedAt: z.string().nullable(),
    cancelledAt: z.string().nullable(),
    items: z.array(TransferItem).optional(),
    policies: Policies,
  })
  .openapi("TransferBatch");

export const ImportRowError = z
  .object({
    row: z.number(),
    column: z.string().nullable(),
    message_ja: z.string(),
    message_en: z.string(),
  })
  .openapi("ImportRowError");

export const TransferImportRes = z
  .object({
    dryRun: z.boolean(),
    rows: z.number(),
    validRows: z.number(),
    errors: z.array(ImportRowError),
    items: z.array(
      z.object({
        row: z.number(),
        personId: z.string(),
        personName: z.string(),
        toDepartmentId: z.string(),
        toDepartmentName: z.string(),
        newTitle: z.string().nullable(),
        effectiveDate: z.string(),
      }),
    ),
    batch: TransferBatch.nullable(),
  })
  .openapi("TransferImportRes");

// ── contact network ──────────────────────────────────────────────────────────

export const ContactPerson = z
  .object({
    personId: z.string(),
    name: z.string(),
    title: z.string().nullable(),
    departmentId: z.string().nullable(),
    departmentName: z.string().nullable(),
    email: z.string().nullable(),
    /** null when the viewer may not see phone numbers (see access.ts). */
    phone: z.string().nullable(),
    emergencyPhone: z.string().nullable(),
    scopeDepartmentId: z.string().nullable(),
    scopeDepartmentName: z.string().nullable(),
  })
  .openapi("ContactPerson");

export const ContactNetwork = z
  .object({
    generatedAt: z.string(),
    order: z.enum(["escalation", "roles"]),
    phonesVisible: z.boolean(),
    entries: z.array(
      z.object({
        step: z.number().nullable(),
        roleKey: z.string(),
        roleTitle: I18nText,
        scope: z.string(),
        duties: z.array(z.string()),
        holders: z.array(
          ContactPerson.extend({
            deputies: z.array(ContactPerson.extend({ validFrom: z.string(), validTo: z.string() })),
          }),
        ),
      }),
    ),
  })
  .openapi("ContactNetwork");

// ── 休職・退職 (separations) ─────────────────────────────────────────────────────
export const SeparationCreateReq = z
  .strictObject({
    personId: z.uuid(),
    kind: z.enum(["leave", "retirement"]),
    effectiveDate: IsoDate,
    expectedReturn: IsoDate.nullable().optional(),
    note: z.string().trim().max(1000).nullable().optional(),
  })
  .openapi("SeparationCreateReq");

const SeparationLabel = z.object({ ja: z.string(), en: z.string() });

export const SeparationRes = z
  .object({
    id: z.string(),
    personId: z.string(),
    personName: z.string().nullable(),
    kind: z.enum(["leave", "retirement"]),
    kindLabel: SeparationLabel,
    effectiveDate: z.string(),
    expectedReturn: z.string().nullable(),
    note: z.string().nullable(),
    status: z.enum(["planned", "applied", "cancelled"]),
    fromDepartmentId: z.string().nullable(),
    createdAt: z.string(),
    appliedAt: z.string().nullable(),
    cancelledAt: z.string().nullable(),
    /** Planned: what applying will end; applied: what it ended. */
    handover: z.array(HandoverEntry),
    handoverIsPreview: z.boolean(),
    assetsToReassign: z.array(
      z.object({
        assetId: z.string(),
        as: z.enum(["custodian", "named"]),
        hidden: z.boolean(),
        assetNumber: z.string().nullable(),
        name: z.string().nullable(),
      }),
    ),
    openRequests: z.array(
      z.object({
        requestId: z.string(),
        hidden: z.boolean(),
        number: z.number().nullable(),
        kind: z.string().nullable(),
      }),
    ),
    openTasks: z.array(
      z.object({
        taskId: z.string(),
        title: z.string().nullable(),
        incidentId: z.string(),
        hidden: z.boolean(),
        receiptNumber: z.string().nullable(),
      }),
    ),
    /** Who the profile tells when it is applied, and the clause. */
    notice: z.object({ duty: z.string(), clause: z.string() }).nullable(),
    policies: Policies,
  })
  .openapi("Separation");

export const SeparationList = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        personId: z.string(),
        personName: z.string().nullable(),
        kind: z.enum(["leave", "retirement"]),
        kindLabel: SeparationLabel,
        effectiveDate: z.string(),
        status: z.enum(["planned", "applied", "cancelled"]),
        policies: Policies,
      }),
    ),
  })
  .openapi("SeparationList");
