/**
 * Everything a request's decision rests on, computed from the profile and the asset facts:
 * kind checks, field validation, asset checks (own department, not disposed, not already out),
 * dates, whether approval is needed and why, the encryption rule, and who approves now.
 */
import { and, eq, inArray } from "drizzle-orm";
import { toIsoDate } from "../../../../common/calendar";
import type { DbOrTx } from "../../../db/client";
import type { DutyGrant } from "../../../http/context";
import { AppError, type FieldError, invalid } from "../../../http/errors";
import { evaluateApproval, evaluateEncryption, type Profile } from "../../../profile";
import { consumesRule } from "../../../profile/consumers";
import type { RequestKind, RequestKindKey } from "../../../profile/schema";
import { mayNameAsset } from "../access";
import { filerTitles, resolveChain } from "../domain/approvers";
import { checkDates, dueAfterDays, validityEnd } from "../domain/deadlines";
import { instantOf, type KindSpec, kindSpec, specFor, validateFields } from "../domain/kinds";
import { type AssetFact, assetFacts, assignmentsFor, toFacts } from "../queries";
import { type RequestFieldValues, type ResolvedStep, requestAssets, requests } from "../tables";

// Each kind: when approval is needed, who approves, grounds, encryption, emergencies, validity.
consumesRule("request_kinds.*", "requests");
consumesRule("request_kinds.*.approval_required_when", "requests");
consumesRule("request_kinds.*.approvers", "requests");
consumesRule("request_kinds.*.post_report_allowed", "requests");
consumesRule("request_kinds.*.grounds", "requests");
consumesRule("request_kinds.*.encryption_required_when", "requests");
consumesRule("request_kinds.*.validity", "requests");
// Who may file a kind where the text names the applicant (access.ts mayFileKind, routes.ts).
consumesRule("request_kinds.*.filed_by", "requests");

export interface Requester {
  personId: string;
  departmentId: string | null;
  bureauId: string | null;
  /** The requester's duties now (which of the department's top-level assets they may name). */
  grants: DutyGrant[];
}

export interface Evaluation {
  spec: KindSpec;
  rule: RequestKind;
  fields: RequestFieldValues;
  facts: AssetFact[];
  approvalRequired: boolean;
  basis: Array<{ clause: string; text: string }>;
  approvers: Array<{ step: number; duty: string; scope: string }>;
  resolved: ResolvedStep[];
  encryption: { required: boolean; clause: string | null; text: string | null };
  emergency: boolean;
  startsAt: Date | null;
  endsAt: Date | null;
  postReportDueAt: Date | null;
  /** A carry-out's return report due (return due + the profile's due_days), else null. */
  returnReportDueAt: Date | null;
}

/** 403 for a kind the profile lets only named roles file (filed_by), naming them and the clause. */
export function filingRefused(profile: Profile, rule: RequestKind): AppError {
  const who = filerTitles(profile, rule.filed_by?.duties ?? []);
  const clause = rule.filed_by?.clause ?? rule.clause;
  return new AppError(
    403,
    "not_an_applicant",
    `この申請は${who.ja}だけが行えます（${clause}）。`,
    `Only the ${who.en} may file this request (${clause}).`,
  );
}

export function kindOrThrow(profile: Profile, kind: string): { spec: KindSpec; rule: RequestKind } {
  const spec = kindSpec(kind);
  const rule = profile.request_kinds.find((k) => k.key === kind);
  if (!spec || !rule)
    throw new AppError(
      400,
      "unknown_kind",
      "この組織のポリシーにない申請の種類です。",
      "The profile has no such request kind.",
      {
        kind: { message_ja: `「${kind}」は申請できません。`, message_en: `"${kind}" cannot be requested.` },
      },
    );
  return { spec: specFor(spec, rule), rule };
}

const STATUS_BLOCKS: Record<string, { ja: string; en: string }> = {
  disposed: { ja: "廃棄済み", en: "disposed" },
  lost: { ja: "紛失", en: "lost" },
};

/** Checks the assets: they exist, belong to the requester's department, and are not gone. */
/** The same answer for an unknown asset and one the requester may not name (existence does not leak). */
const NOT_NAMEABLE: FieldError = {
  message_ja: "情報資産が見つからないか、あなたの課が申請できる資産ではありません。",
  message_en: "The asset was not found, or it is not one your department can make a request for.",
};

export async function checkAssets(
  db: DbOrTx,
  profile: Profile,
  spec: KindSpec,
  requester: Requester,
  assetIds: string[],
  selfRequestId: string | null,
): Promise<AssetFact[]> {
  if (spec.assets === "required" && assetIds.length === 0)
    throw invalid({
      assetIds: {
        message_ja: "対象の情報資産を選んでください。",
        message_en: "Choose the assets concerned.",
      },
    });
  if (spec.assets === "none" && assetIds.length > 0)
    throw invalid({
      assetIds: {
        message_ja: "この申請は情報資産を対象にしません。",
        message_en: "This kind of request does not concern assets.",
      },
    });
  const facts = await assetFacts(db, assetIds);
  const byId = new Map(facts.map((f) => [f.id, f]));
  const errors: Record<string, FieldError> = {};
  for (const [i, id] of assetIds.entries()) {
    const f = byId.get(id);
    if (!f) {
      errors[`assetIds.${i}`] = NOT_NAMEABLE;
      continue;
    }
    if (!mayNameAsset(requester, f, profile)) {
      errors[`assetIds.${i}`] = NOT_NAMEABLE;
      continue;
    }
    const blocked = STATUS_BLOCKS[f.status];
    if (blocked)
      errors[`assetIds.${i}`] = {
        message_ja: `情報資産 ${f.assetNumber} は${blocked.ja}です。`,
        message_en: `Asset ${f.assetNumber} is ${blocked.en}.`,
      };
  }
  if (Object.keys(errors).length) throw invalid(errors);
  if (spec.followUp === "return_report" || spec.followUp === "disposal_evidence") {
    // An asset can be out (or on its way to disposal) under one request at a time.
    const open = await db
      .select({ id: requests.id, number: requests.number, assetId: requestAssets.assetId })
      .from(requestAssets)
      .innerJoin(requests, eq(requests.id, requestAssets.requestId))
      .where(
        and(
          inArray(
            requestAssets.assetId,
            assetIds.length ? assetIds : ["00000000-0000-0000-0000-000000000000"],
          ),
          eq(requests.kind, spec.key),
          inArray(requests.status, ["submitted", "approved", "in_effect"]),
        ),
      );
    const other = open.find((o) => o.id !== selfRequestId);
    if (other) {
      const f = byId.get(other.assetId);
      throw new AppError(
        409,
        "asset_busy",
        `情報資産 ${f?.assetNumber ?? ""} には手続中の申請（No.${other.number}）があります。`,
        `Asset ${f?.assetNumber ?? ""} already has an open request (No.${other.number}).`,
      );
    }
  }
  return assetIds.map((id) => byId.get(id) as AssetFact);
}

const DATE_MESSAGES = {
  start_in_past: { ja: "開始日時が過去です。", en: "The start is in the past." },
  end_before_start: { ja: "終了（返却予定）が開始より前です。", en: "The end is not after the start." },
  end_in_past: { ja: "終了（返却予定）が過去です。", en: "The end is in the past." },
} as const;

export async function evaluate(
  db: DbOrTx,
  profile: Profile,
  requester: Requester,
  input: { kind: string; assetIds: string[]; fields: Record<string, unknown> },
  now: Date,
  selfRequestId: string | null = null,
): Promise<Evaluation> {
  const { spec, rule } = kindOrThrow(profile, input.kind);
  const checked = validateFields(spec, input.fields);
  if (!checked.ok) throw invalid(checked.errors);
  const fields = checked.fields;
  if (!requester.departmentId)
    throw new AppError(
      400,
      "no_department",
      "所属が登録されていないため申請できません。",
      "You have no department, so you cannot make requests.",
    );
  const facts = await checkAssets(db, profile, spec, requester, input.assetIds, selfRequestId);

  const emergency = fields.emergency === true;
  if (emergency && !rule.post_report_allowed)
    throw invalid({
      "fields.emergency": {
        message_ja: "この申請では事後報告は認められていません。",
        message_en: "This kind does not allow acting first and reporting afterwards.",
      },
    });
  const startsAt = spec.startField ? instantOf(fields[spec.startField]) : null;
  const requestedEnd = spec.endField ? instantOf(fields[spec.endField]) : null;
  // A date-only end (e.g. 利用終了日) lasts to the end of that JST day.
  const endField = spec.fields.find((f) => f.key === spec.endField);
  const endAt = requestedEnd && endField?.type === "date" ? dueAfterDays(requestedEnd, 0) : requestedEnd;
  const problems = checkDates(now, startsAt, endAt, emergency);
  if (problems.length) {
    const errors: Record<string, FieldError> = {};
    for (const p of problems) {
      const key = p === "start_in_past" ? spec.startField : spec.endField;
      errors[`fields.${key}`] = { message_ja: DATE_MESSAGES[p].ja, message_en: DATE_MESSAGES[p].en };
    }
    throw invalid(errors, "invalid_dates");
  }
  const endsAt = startsAt ? validityEnd(startsAt, endAt, rule.validity) : endAt;

  const decision = evaluateApproval(profile, rule.key as RequestKindKey, facts.map(toFacts), fields);
  const encryption = evaluateEncryption(profile, rule.key as RequestKindKey, facts.map(toFacts), fields);
  const unit = { departmentId: requester.departmentId, bureauId: requester.bureauId };
  const { assignments, deputies } = await assignmentsFor(
    db,
    profile,
    decision.approvers.map((a) => a.duty),
    now,
  );
  const resolved = resolveChain(profile, decision.approvers, unit, assignments, deputies, requester.personId);
  const postReportDueAt =
    emergency && rule.post_report_allowed
      ? dueAfterDays(startsAt && startsAt < now ? startsAt : now, rule.post_report_allowed.due_days ?? 1)
      : null;
  const returnReportDueAt = returnReportDue(spec, rule, endsAt);
  return {
    spec,
    rule,
    fields,
    facts,
    approvalRequired: decision.required,
    basis: decision.basis,
    approvers: decision.approvers,
    resolved,
    encryption,
    emergency,
    startsAt,
    endsAt,
    postReportDueAt,
    returnReportDueAt,
  };
}

/**
 * When a return report is due: the return due time, or the end of the JST day `due_days` after it
 * where the profile's return_report follow-up states days (川崎市 第4章1(5)エ(オ) 「帰庁後速やかに…報告」:
 * 1 day). The reminders, the overdue list and the escalation all run from this instant.
 */
export function returnReportDue(spec: KindSpec, rule: RequestKind, endsAt: Date | null): Date | null {
  if (spec.followUp !== "return_report" || !endsAt) return null;
  const days = rule.follow_ups.find((f) => f.key === "return_report")?.due_days;
  return days === undefined ? endsAt : dueAfterDays(endsAt, days);
}

/** At submission: the encryption (or locked case) the profile requires must be confirmed. */
export function encryptionProblem(e: Evaluation): FieldError | null {
  if (!e.encryption.required) return null;
  const has = e.spec.fields.some((f) => f.key === "encrypted");
  if (!has) return null;
  if (e.fields.encrypted === true || e.fields.lockedCase === true) return null;
  return {
    message_ja: `暗号化・パスワード設定又は鍵付きケースへの格納が必要です（根拠: ${e.encryption.clause}）。`,
    message_en: `Encryption, a password or a locked case is required (basis: ${e.encryption.clause}).`,
  };
}

export const dateOnly = (d: Date) => toIsoDate(d);
