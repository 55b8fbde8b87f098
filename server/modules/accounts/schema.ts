/** Request schemas of ID管理 (zod; field names are labelled in common/field-labels.ts). */
import { z } from "@hono/zod-openapi";
import { ACCOUNT_STATES, DELETION_OUTCOMES, HOLDER_KINDS, REVIEW_DECISIONS } from "./tables";

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");
const Text = (max: number) => z.string().trim().min(1).max(max);
const Uuid = z.string().uuid();

export const SystemReq = z.strictObject({
  assetId: Uuid,
  administratorPersonId: Uuid.nullable().default(null),
  userScope: z.enum(["organization", "departments"]).default("departments"),
  /** 課 whose staff may hold IDs; empty = the owner department only. */
  userDepartmentIds: z.array(Uuid).max(500).default([]),
  note: z.string().trim().max(2000).nullable().default(null),
});
export const SystemPatch = z.strictObject({
  administratorPersonId: Uuid.nullable().optional(),
  userScope: z.enum(["organization", "departments"]).optional(),
  userDepartmentIds: z.array(Uuid).max(500).optional(),
  note: z.string().trim().max(2000).nullable().optional(),
});

const AccountFields = {
  loginName: Text(200),
  holderKind: z.enum(HOLDER_KINDS),
  personId: Uuid.nullable().default(null),
  privileged: z.boolean().default(false),
  role: z.string().trim().max(200).nullable().default(null),
  createdOn: IsoDate.nullable().default(null),
  lastUsedOn: IsoDate.nullable().default(null),
  state: z.enum(ACCOUNT_STATES).default("active"),
  approvalRef: z.string().trim().max(500).nullable().default(null),
  renamedFrom: z.string().trim().max(200).nullable().default(null),
  renamedOn: IsoDate.nullable().default(null),
  connectionLimitMinutes: z.number().int().min(1).max(1440).nullable().default(null),
  purpose: z.enum(["operation", "development"]).default("operation"),
  developmentEndsOn: IsoDate.nullable().default(null),
  note: z.string().trim().max(2000).nullable().default(null),
};
export const AccountReq = z.strictObject(AccountFields);
export const AccountPatch = z.strictObject({
  holderKind: z.enum(HOLDER_KINDS).optional(),
  personId: Uuid.nullable().optional(),
  privileged: z.boolean().optional(),
  role: z.string().trim().max(200).nullable().optional(),
  lastUsedOn: IsoDate.nullable().optional(),
  state: z.enum(ACCOUNT_STATES).optional(),
  approvalRef: z.string().trim().max(500).nullable().optional(),
  /** Renaming a default ID is recorded: the old name and the day (7.2(1)③(カ)). */
  loginName: Text(200).optional(),
  renamedFrom: z.string().trim().max(200).nullable().optional(),
  renamedOn: IsoDate.nullable().optional(),
  connectionLimitMinutes: z.number().int().min(1).max(1440).nullable().optional(),
  purpose: z.enum(["operation", "development"]).optional(),
  developmentEndsOn: IsoDate.nullable().optional(),
  note: z.string().trim().max(2000).nullable().optional(),
});

export const ImportForm = z.object({
  file: z.any().openapi({ type: "string", format: "binary" }),
  dryRun: z.enum(["true", "false"]).optional(),
});

export const CardReq = z.strictObject({
  cardNumber: Text(100),
  /** null = a shared card managed by `departmentId`. */
  personId: Uuid.nullable().default(null),
  departmentId: Uuid.nullable().default(null),
  issuedOn: IsoDate,
  note: z.string().trim().max(2000).nullable().default(null),
});
export const LossReq = z.strictObject({
  /** The card, by id (own cards on screen) or by the number printed on it. */
  cardId: Uuid.optional(),
  cardNumber: Text(100).optional(),
  circumstances: Text(4000),
  lostAt: z.string().datetime({ offset: true }).nullable().default(null),
});
/** The holder asks for their own ID's deletion (7.2(1)②(イ)); why is optional. */
export const DeletionReq = z.strictObject({
  reason: z.string().trim().max(2000).nullable().default(null),
});
/** The keeper's answer to a deletion ask: remove or suspend the ID, or keep it (a reason required). */
export const DeletionDecisionReq = z.strictObject({
  outcome: z.enum(DELETION_OUTCOMES),
  note: z.string().trim().max(2000).nullable().default(null),
});
export const ReplaceReq = z.strictObject({
  newCardNumber: Text(100),
  issuedOn: IsoDate,
  /** How the old card was made unrecoverable (破砕 …); required when it was collected. */
  destroyMethod: Text(500).nullable().default(null),
});

export const ReviewReq = z.strictObject({
  title: Text(200),
  /** The systems to review; omitted = every system the organizer sees. */
  systemIds: z.array(Uuid).min(1).max(1000).optional(),
  /** Omitted = the profile's due_days from today. */
  dueOn: IsoDate.nullable().default(null),
});
export const DecisionReq = z.strictObject({
  decision: z.enum(REVIEW_DECISIONS),
  reason: z
    .string()
    .trim()
    .max(2000)
    .nullable()
    .default(null)
    .transform((v) => v || null),
  /** Deciding on an ID one holds, where nobody else reviews the 課 (やむを得ない場合): why, recorded. */
  overrideReason: z.string().trim().max(2000).optional(),
});
export const TaskDoneReq = z.strictObject({
  note: z
    .string()
    .trim()
    .max(2000)
    .nullable()
    .default(null)
    .transform((v) => v || null),
});
export const ItemParam = z.object({ id: Uuid, itemId: Uuid });
export const ReviewItemsQuery = z.object({ systemId: Uuid });
export const ReviewTasksQuery = z.object({
  reviewId: Uuid.optional(),
  /** task_open (default): changes and removals not done; undecided: IDs of open reviews not decided. */
  state: z.enum(["task_open", "undecided"]).optional(),
});

export const IdParam = z.object({ id: Uuid });
export const SystemIdParam = z.object({ systemId: Uuid });
export const Paging = {
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};
export const AccountQuery = z.object({
  systemId: Uuid.optional(),
  personId: Uuid.optional(),
  mine: z.enum(["true", "false"]).optional(),
  q: z.string().max(200).optional(),
  /** open: the asks to delete an ID that wait for the keepers' answer (西原村 7.2(1)②(イ)). */
  deletion: z.enum(["open"]).optional(),
  ...Paging,
});
export const CardQuery = z.object({ mine: z.enum(["true", "false"]).optional(), ...Paging });

/** A privileged ID taken for one task (7.2(5)): why and from–to (ISO instants with offset). */
const Instant = z.string().datetime({ offset: true });
export const CheckoutReq = z.strictObject({
  accountId: Uuid,
  purpose: Text(500),
  startsAt: Instant,
  endsAt: Instant,
});
export const CheckoutReturnReq = z.strictObject({ workNote: Text(2000) });
export const CheckoutReviewReq = z.strictObject({ reviewNote: Text(2000) });
export const CheckoutQuery = z.object({ accountId: Uuid.optional() });
/** A deputy of a privileged ID, from the approved 特権代行者 request (its 申請番号). */
export const DeputyReq = z.strictObject({
  accountId: Uuid,
  requestNumber: z.number().int().min(1).max(2_000_000_000),
});

export type SystemReqT = z.infer<typeof SystemReq>;
export type SystemPatchT = z.infer<typeof SystemPatch>;
export type AccountReqT = z.infer<typeof AccountReq>;
export type AccountPatchT = z.infer<typeof AccountPatch>;
