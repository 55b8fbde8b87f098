/**
 * Response schemas of the accounts write routes (and the three reads that answered `{ data }`
 * untyped): the stored row for the routes that answer it (rowSchema reads the table's columns),
 * and the computed answers field by field. They document /api/openapi.json and type the screens
 * (web/src/contract.ts); SEKIMORI_CHECK_RESPONSES=1 runs the module's tests against them.
 */
import { z } from "@hono/zod-openapi";
import { described, rowSchema } from "../../http/wire";
import type { ImportPreview } from "./commands/accounts";
import type { UniformLossAnswer } from "./commands/card-loss";
import type { removedSinceLast } from "./queries-reviews";
import type { presentCheckouts } from "./routes/checkouts";
import type { privilegedRegister } from "./routes/privileged";
import type { presentItems } from "./routes/reviews";
import {
  accountReviewItems,
  accountReviews,
  accountSystems,
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

export const ImportRes = data(
  z.object({
    dryRun: z.boolean(),
    rows: z.number().int(),
    errors: z.array(described<ImportPreview["errors"][number]>("A row's error")),
    unknownPeople: z.array(z.string()),
    create: z.array(described<ImportPreview["create"][number]>("An ID the list adds")),
    update: z.array(described<ImportPreview["update"][number]>("An ID the list changes")),
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

export const CheckoutListRes = data(
  z.array(
    described<Awaited<ReturnType<typeof presentCheckouts>>[number]>("A check-out with names and policies"),
  ),
  "PrivilegedCheckoutList",
);
type Register = Awaited<ReturnType<typeof privilegedRegister>>;
export const PrivilegedRegisterRes = data(
  z.object({
    accounts: z.array(
      described<Register["accounts"][number]>("A privileged or development ID with findings and deputies"),
    ),
    rules: described<Register["rules"]>("The profile's rules for privileged and development IDs"),
  }),
  "PrivilegedRegister",
);
export const ReviewItemsRes = data(
  z.object({
    items: z.array(described<Awaited<ReturnType<typeof presentItems>>[number]>("An ID under review")),
    removedSinceLast: z.array(
      described<Awaited<ReturnType<typeof removedSinceLast>>[number] & { personName: string | null }>(
        "An ID gone since the last review",
      ),
    ),
  }),
  "AccountReviewItems",
);

// The uniform answer is the module's own type (tsc checks the schema keeps to it).
export type Checks = [UniformLossAnswer extends z.output<typeof Uniform> ? true : never];
