/**
 * Response schemas of the systems, reconciliation and review routes: what the routes declare in
 * /api/openapi.json, what the tests parse the answers against (expectDeclaredShape), and what the
 * screens read (web/src/contract.ts) — so a field renamed on the server fails `npm run check`
 * where a screen reads it, instead of reaching the screen as `undefined`.
 */
import { z } from "@hono/zod-openapi";
import { type Assert, type Conforms, Instant, I18nText as Label, Policies, UnitRef } from "../../http/wire";
import { AssetLabelSchema as AssetLabel } from "../assets";
import { FINDING_KINDS } from "./domain/reconcile";
import type { presentAccounts, presentCards } from "./presenter";

export const SystemView = z
  .object({
    id: z.string(),
    assetId: z.string(),
    departmentId: z.string(),
    bureauId: z.string().nullable(),
    administratorPersonId: z.string().nullable(),
    userScope: z.string(),
    userDepartmentIds: z.array(z.string()),
    note: z.string().nullable(),
    accounts: z.number().int(),
    privileged: z.number().int(),
    name: z.string(),
    asset: AssetLabel.optional(),
    departmentName: z.string().nullable(),
    userDepartments: z.array(UnitRef),
    administratorName: z.string().nullable(),
    policies: Policies,
  })
  .openapi("AccountSystem");

export const SystemListRes = z.object({ data: z.array(SystemView) }).openapi("AccountSystemList");

export const FindingView = z
  .object({
    kind: z.enum(FINDING_KINDS),
    accountId: z.string(),
    systemId: z.string(),
    personId: z.string().nullable(),
    transfer: z
      .object({
        id: z.string(),
        batchId: z.string(),
        personId: z.string(),
        effectiveDate: z.string(),
        fromDepartmentId: z.string().nullable(),
        toDepartmentId: z.string().nullable(),
        fromDepartmentName: z.string().nullable(),
        toDepartmentName: z.string().nullable(),
      })
      .nullable()
      .describe("The applied 人事異動 that made the ID unfit (unfit_department)"),
    others: z.array(z.string()).describe("The other IDs of the same person (duplicate)"),
    since: z.string().nullable(),
    clause: z.string(),
    loginName: z.string().nullable(),
    privileged: z.boolean(),
    lastUsedOn: z.string().nullable(),
    systemName: z.string().nullable(),
    personName: z.string().nullable(),
    ruleText: Label,
  })
  .openapi("AccountFinding");

export const ReconciliationRes = z
  .object({
    data: z.object({
      systems: z.number().int(),
      accounts: z.number().int(),
      unusedDays: z.number().int(),
      counts: z.record(z.enum(FINDING_KINDS), z.number().int()),
      total: z.number().int(),
      findings: z.array(FindingView),
    }),
  })
  .openapi("AccountReconciliation");

const ReviewCommon = {
  id: z.string(),
  title: z.string(),
  startedOn: z.string(),
  dueOn: z.string(),
  state: z.enum(["open", "closed"]),
  clause: z.string(),
  startedBy: z.string().nullable(),
  closedAt: Instant.nullable(),
  systems: z.number().int(),
  ids: z.number().int(),
  decided: z.number().int(),
  openTasks: z.number().int(),
};

export const ReviewListRes = z
  .object({
    data: z.object({
      reviews: z.array(z.object(ReviewCommon)),
      rule: z.object({
        cycleMonths: z.number(),
        dueDays: z.number(),
        taskDays: z.number(),
        text: Label,
        clause: z.string(),
      }),
      policies: Policies,
    }),
  })
  .openapi("AccountReviewList");

export const ReviewDetailRes = z
  .object({
    data: z.object({
      ...ReviewCommon,
      startedByName: z.string().nullable(),
      systems: z.array(
        z.object({
          systemId: z.string(),
          departmentId: z.string(),
          ids: z.number().int(),
          decided: z.number().int(),
          openTasks: z.number().int(),
          flagged: z.number().int(),
          name: z.string().nullable(),
          departmentName: z.string().nullable(),
          administratorName: z.string().nullable(),
          mayDecide: z.boolean(),
        }),
      ),
      policies: Policies,
    }),
  })
  .openapi("AccountReviewDetail");

export const ReviewItem = z
  .object({
    id: z.string(),
    systemId: z.string(),
    departmentId: z.string(),
    bureauId: z.string().nullable(),
    administratorPersonId: z.string().nullable(),
    accountId: z.string(),
    loginName: z.string(),
    holderKind: z.string(),
    personId: z.string().nullable(),
    privileged: z.boolean(),
    role: z.string().nullable(),
    lastUsedOn: z.string().nullable(),
    findings: z.array(z.string()),
    sinceLast: z.enum(["added", "privilege_changed"]).nullable(),
    decision: z.string().nullable(),
    reason: z.string().nullable(),
    decidedBy: z.string().nullable(),
    decidedAt: Instant.nullable(),
    taskDueOn: z.string().nullable(),
    taskDoneAt: Instant.nullable(),
    taskNote: z.string().nullable(),
    currentState: z.string().nullable(),
    personName: z.string().nullable(),
    decidedByName: z.string().nullable(),
    policies: Policies,
  })
  .openapi("AccountReviewItem");

export const ReviewTasksRes = z
  .object({
    data: z.array(
      ReviewItem.extend({
        reviewId: z.string(),
        reviewTitle: z.string(),
        systemName: z.string().nullable(),
      }),
    ),
  })
  .openapi("AccountReviewTasks");

/** An ID with its holder's and system's names (GET /api/accounts/accounts). */
export const AccountView = z
  .object({
    id: z.string(),
    systemId: z.string(),
    assetId: z.string(),
    departmentId: z.string(),
    bureauId: z.string().nullable(),
    administratorPersonId: z.string().nullable(),
    loginName: z.string(),
    holderKind: z.string(),
    personId: z.string().nullable(),
    privileged: z.boolean(),
    role: z.string().nullable(),
    createdOn: z.string().nullable(),
    lastUsedOn: z.string().nullable(),
    state: z.string(),
    approvalRef: z.string().nullable(),
    renamedFrom: z.string().nullable(),
    renamedOn: z.string().nullable(),
    connectionLimitMinutes: z.number().int().nullable(),
    purpose: z.enum(["operation", "development"]),
    developmentEndsOn: z.string().nullable(),
    note: z.string().nullable(),
    source: z.string(),
    /** The holder asked for its deletion (7.2(1)②(イ)); shown to them and to the keepers. */
    deletionRequestedAt: z.string().nullable(),
    deletionReason: z.string().nullable(),
    /** The keepers' answer (removed, suspended, declined) and its reason; null while the ask is open. */
    deletionOutcome: z.enum(["removed", "suspended", "declined"]).nullable(),
    deletionDecidedAt: z.string().nullable(),
    deletionDecidedBy: z.string().nullable(),
    deletionDecidedByName: z.string().nullable(),
    deletionNote: z.string().nullable(),
    personName: z.string().nullable(),
    systemName: z.string().nullable(),
    policies: Policies,
  })
  .openapi("AccountView");
export const AccountListRes = z.object({ data: z.array(AccountView) }).openapi("AccountList");

/** An IC card with its holder's and 課's names (GET /api/accounts/ic-cards). */
export const CardView = z
  .object({
    id: z.string(),
    cardNumber: z.string(),
    personId: z.string().nullable(),
    departmentId: z.string(),
    bureauId: z.string().nullable(),
    issuedOn: z.string(),
    state: z.string(),
    lostAt: z.string().nullable(),
    incidentId: z.string().nullable(),
    replacedById: z.string().nullable(),
    destroyedAt: z.string().nullable(),
    destroyMethod: z.string().nullable(),
    returnedAt: z.string().nullable(),
    note: z.string().nullable(),
    personName: z.string().nullable(),
    departmentName: z.string().nullable(),
    policies: Policies,
  })
  .openapi("IcCardView");
export const CardListRes = z.object({ data: z.array(CardView) }).openapi("IcCardList");

// The presenters answer exactly these shapes (tsc checks it; nothing here runs).
export type Checks = [
  Assert<Conforms<Awaited<ReturnType<typeof presentAccounts>>[number], z.output<typeof AccountView>>>,
  Assert<Conforms<Awaited<ReturnType<typeof presentCards>>[number], z.output<typeof CardView>>>,
];

/** A 200/201 answer with its declared schema. */
export const answer = <T extends z.ZodTypeAny>(description: string, schema: T) => ({
  description,
  content: { "application/json": { schema } },
});
