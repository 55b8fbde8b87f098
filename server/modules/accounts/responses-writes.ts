/**
 * Response schemas of the accounts write routes (and the three reads that answered `{ data }`
 * untyped): the stored row for the routes that answer it (rowSchema reads the table's columns),
 * and the computed answers field by field. They document /api/openapi.json and type the screens
 * (web/src/contract.ts); SEKIMORI_CHECK_RESPONSES=1 runs the module's tests against them.
 */
import { z } from "@hono/zod-openapi";
import { type Assert, type Conforms, I18nText, Instant, IsoDay, Policies, rowSchema } from "../../http/wire";
import { COMPARED, type ImportPreview } from "./commands/accounts";
import type { UniformLossAnswer } from "./commands/card-loss";
import type { removedSinceLast } from "./queries-reviews";
import { AccountView, ReviewItem } from "./responses";
import type { presentCheckouts } from "./routes/checkouts";
import type { privilegedRegister } from "./routes/privileged";
import type { presentItems } from "./routes/reviews";
import {
  ACCOUNT_STATES,
  accountReviewItems,
  accountReviews,
  accountSystems,
  HOLDER_KINDS,
  icCards,
  privilegedCheckouts,
  privilegedDeputies,
  systemAccounts,
} from "./tables";

const data = <T extends z.ZodType>(schema: T, name: string) => z.object({ data: schema }).openapi(name);

export const SystemRowRes = data(rowSchema(accountSystems), "AccountSystemRow");
export const AccountRowRes = data(rowSchema(systemAccounts), "SystemAccountRow");
export const CardRowRes = data(rowSchema(icCards), "IcCardRow");
export const ReviewRowRes = data(rowSchema(accountReviews), "AccountReviewRow");
export const ReviewStartedRes = data(
  z.intersection(rowSchema(accountReviews), z.object({ ids: z.number().int() })),
  "AccountReviewStarted",
);
export const ReviewItemRowRes = data(rowSchema(accountReviewItems), "AccountReviewItemRow");
export const CheckoutRowRes = data(rowSchema(privilegedCheckouts), "PrivilegedCheckoutRow");
export const DeputyRowRes = data(rowSchema(privilegedDeputies), "PrivilegedDeputyRow");

const RowError = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  message_ja: z.string(),
  message_en: z.string(),
});
/** A row of the user list as read (the privileged columns only when the sheet has them). */
const ImportedAccount = z.object({
  row: z.number().int(),
  loginName: z.string(),
  holderKind: z.enum(HOLDER_KINDS),
  personId: z.string().nullable(),
  personName: z.string().nullable(),
  privileged: z.boolean(),
  role: z.string().nullable(),
  createdOn: IsoDay.nullable(),
  lastUsedOn: IsoDay.nullable(),
  state: z.enum(ACCOUNT_STATES),
  approvalRef: z.string().nullable(),
  renamedFrom: z.string().nullable().optional(),
  renamedOn: IsoDay.nullable().optional(),
  connectionLimitMinutes: z.number().int().nullable().optional(),
  purpose: z.enum(["operation", "development"]).optional(),
  developmentEndsOn: IsoDay.nullable().optional(),
});
const Compared = z.enum(COMPARED);
const ImportUpdate = ImportedAccount.extend({
  id: z.string(),
  changed: z.array(Compared),
  /** The recorded value of each changed field. */
  before: z.partialRecord(Compared, z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export const ImportRes = data(
  z.object({
    dryRun: z.boolean(),
    rows: z.number().int(),
    errors: z.array(RowError),
    unknownPeople: z.array(z.string()),
    create: z.array(ImportedAccount),
    update: z.array(ImportUpdate),
    unchanged: z.number().int(),
    applied: z.object({ created: z.number().int(), updated: z.number().int() }).nullable(),
  }),
  "AccountImportResult",
);

const Uniform = z.object({
  accepted: z.literal(true),
  cardNumber: z.string().nullable(),
  incident: z.object({ id: z.string(), receiptNumber: z.string() }),
  clause: z.string().nullable(),
});
/** What the holder or a keeper learns of a loss report; anyone else gets the uniform answer. */
const Insider = Uniform.extend({
  cardId: z.string(),
  cardNumber: z.string(),
  state: z.string(),
  sessionsEnded: z.number().int(),
  mode: z.enum(["all", "any"]),
  told: z.array(z.object({ duty: z.string(), role: z.string().nullable(), count: z.number().int() })),
  unreached: z.array(z.object({ duty: z.string(), role: z.string().nullable() })),
});
export const LossRes = data(z.union([Insider, Uniform]), "IcCardLossAnswer");

const CheckoutView = z.object({
  id: z.string(),
  accountId: z.string(),
  systemId: z.string(),
  departmentId: z.string(),
  loginName: z.string(),
  personId: z.string(),
  personName: z.string().nullable(),
  asDeputy: z.boolean(),
  purpose: z.string(),
  startsAt: Instant,
  endsAt: Instant,
  connectionLimitMinutes: z.number().int().nullable(),
  clause: z.string(),
  state: z.enum(["out", "returned", "reviewed"]),
  returnedAt: Instant.nullable(),
  workNote: z.string().nullable(),
  reviewDueOn: IsoDay,
  reviewedAt: Instant.nullable(),
  reviewedBy: z.string().nullable(),
  reviewedByName: z.string().nullable(),
  reviewNote: z.string().nullable(),
  administratorPersonId: z.string().nullable(),
  /** Past the window: still out after its end, or returned after it (7.2(5), 第8章6(3)ウ). */
  overtime: z.enum(["overdue", "returned_late"]).nullable(),
  policies: Policies,
});
export const CheckoutListRes = data(z.array(CheckoutView), "PrivilegedCheckoutList");

const Rule = z.object({ text: I18nText, clause: z.string() });
const Deputy = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string().nullable(),
  requestNumber: z.number().int().nullable(),
  startsAt: Instant.nullable(),
  endsAt: Instant.nullable(),
  active: z.boolean(),
  clause: z.string(),
});
const PrivilegedAccount = AccountView.extend({
  findings: z.array(z.object({ kind: z.string(), clause: z.string() })),
  deputies: z.array(Deputy),
  /** The viewer may take it now: its holder, or a deputy in force. */
  mayCheckOut: z.boolean(),
});
type Register = Awaited<ReturnType<typeof privilegedRegister>>;
export const PrivilegedRegisterRes = data(
  z.object({
    accounts: z.array(PrivilegedAccount),
    /** The profile's rules for privileged and development IDs, each with its clause. */
    rules: z.object({
      approval: Rule,
      defaultName: Rule,
      defaultNames: z.array(z.string()),
      timeLimit: Rule,
      development: Rule,
      checkout: Rule.extend({ max_hours: z.number().int(), review_days: z.number().int() }),
      deputy: Rule.extend({ request_kind: z.string() }).nullable(),
    }),
  }),
  "PrivilegedRegister",
);

const RemovedItem = z.object({
  accountId: z.string(),
  loginName: z.string(),
  personId: z.string().nullable(),
  personName: z.string().nullable(),
  privileged: z.boolean(),
});
// Each ID is the review's item as the tasks list answers it (responses.ts ReviewItem).
export const ReviewItemsRes = data(
  z.object({ items: z.array(ReviewItem), removedSinceLast: z.array(RemovedItem) }),
  "AccountReviewItems",
);

// The uniform answer is the module's own type (tsc checks the schema keeps to it).
export type Checks = [UniformLossAnswer extends z.output<typeof Uniform> ? true : never];
// The computed answers are the presenters' own types: a field renamed on one side fails tsc.
export type Conformance = [
  Assert<Conforms<ImportPreview["create"][number], z.output<typeof ImportedAccount>>>,
  Assert<Conforms<ImportPreview["update"][number], z.output<typeof ImportUpdate>>>,
  Assert<Conforms<ImportPreview["errors"][number], z.output<typeof RowError>>>,
  Assert<Conforms<Awaited<ReturnType<typeof presentCheckouts>>[number], z.output<typeof CheckoutView>>>,
  Assert<Conforms<Register["accounts"][number], z.output<typeof PrivilegedAccount>>>,
  Assert<Conforms<Register["rules"], z.output<typeof PrivilegedRegisterRes>["data"]["rules"]>>,
  Assert<Conforms<Awaited<ReturnType<typeof presentItems>>[number], z.output<typeof ReviewItem>>>,
  Assert<
    Conforms<
      Awaited<ReturnType<typeof removedSinceLast>>[number] & { personName: string | null },
      z.output<typeof RemovedItem>
    >
  >,
];
