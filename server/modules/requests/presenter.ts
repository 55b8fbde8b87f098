import { DUTIES, type Duty } from "../../../common/duties";
import { serialize } from "../../access";
import type { Actor } from "../../http/context";
import type { evaluateApproval, evaluateEncryption, RequestKind } from "../../profile";
import { findLevel, type Profile } from "../../profile";
import { ruleApplies } from "../../profile/register-rules";
import type { SchemeKey } from "../../profile/schema";
import { type AssetLabel, HIDDEN_ASSET_LABEL } from "../assets";
import { type RequestRef, waitingStep } from "./access";
import { filerTitles } from "./domain/approvers";
import { KINDS, kindSpec, specFor } from "./domain/kinds";
import { STATUS_LABELS } from "./domain/state";
import type { decisionsOf, RequestRow } from "./queries";

const SCHEMES: SchemeKey[] = ["confidentiality", "integrity", "availability"];

/** A snapshot value that is text (the snapshot is a JSON column). */
const text = (v: unknown): string | null => (typeof v === "string" ? v : null);

/** Labels and handling restrictions (取扱制限) of an asset's levels, for the decision screen. */
export function classificationView(profile: Profile, snapshot: Record<string, unknown>) {
  const levels: Record<string, { key: string; label: string } | null> = {};
  const handling: Array<{ code: string; text: { ja: string; en: string }; clause: string }> = [];
  for (const scheme of SCHEMES) {
    const key = snapshot[scheme] as string | null | undefined;
    const level = key ? findLevel(profile.classification[scheme], key) : undefined;
    levels[scheme] = level ? { key: level.key, label: level.label } : key ? { key, label: key } : null;
    for (const h of level?.handling ?? []) if (!handling.some((x) => x.code === h.code)) handling.push(h);
  }
  return { levels, handling };
}

/**
 * What the profile asks the disposal log to record of this disposal (registers.required_fields of
 * `disposal_log`, e.g. 川崎市 第4章4(3) 数量・残骸の写真 for a 区分Ⅰ/Ⅱ medium, 第7章3(5)イ(イ) a
 * contractor's 証明書), so that the completion form marks those fields required before it is sent.
 * `byAssets`: the request's assets already make the rule apply; otherwise it applies when the chosen
 * method is one of `methods` — the same reading the completion applies (commands/lifecycle.ts).
 */
export function disposalCompletionRules(
  profile: Profile,
  assets: Array<{ snapshot: Record<string, unknown> }>,
) {
  const named = assets.map((a) => ({
    kind: text(a.snapshot.kind),
    confidentiality: text(a.snapshot.confidentiality),
  }));
  return (profile.registers?.required_fields ?? [])
    .filter((r) => r.register === "disposal_log")
    .map((r) => ({
      key: r.key,
      fields: [...r.fields],
      byAssets: ruleApplies(r, {}, named),
      methods: [...(r.when.methods ?? [])],
      text: r.text,
      clause: r.clause,
    }))
    .filter((r) => r.byAssets || r.methods.length > 0);
}

export function presentRequest(
  profile: Profile,
  actor: Actor,
  row: RequestRow,
  ref: RequestRef,
  extra: {
    assets?: Array<{ assetId: string; snapshot: Record<string, unknown> }>;
    decisions?: Awaited<ReturnType<typeof decisionsOf>>;
    names?: Map<string, string>;
    departmentName?: string | null;
    /** The assets as the viewer may see them (the assets face); absent = hidden. */
    labels?: Map<string, AssetLabel>;
  } = {},
) {
  const rule = profile.request_kinds.find((k) => k.key === row.kind);
  const spec = kindSpec(row.kind);
  const step = waitingStep(ref);
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    kindTitle: rule?.title ?? { ja: row.kind, en: row.kind },
    status: row.status,
    statusLabel: STATUS_LABELS[row.status],
    requester: { personId: row.requesterPersonId, name: extra.names?.get(row.requesterPersonId) ?? null },
    departmentId: row.departmentId,
    departmentName: extra.departmentName ?? null,
    fields: row.fields,
    fieldSpecs: spec && rule ? specFor(spec, rule).fields : (spec?.fields ?? []),
    approvalRequired: row.approvalRequired,
    basis: row.basis,
    approvers: row.resolved.map((s) => ({
      step: s.step,
      duty: s.duty,
      dutyLabel: DUTIES[s.duty as Duty] ?? { ja: s.duty, en: s.duty },
      scope: s.scope,
      people: s.candidates,
    })),
    currentStep: row.currentStep,
    waitingDuty: step ? step.duty : null,
    encryptionRequired: row.encryptionRequired,
    encryptionClause: row.encryptionClause,
    emergency: row.emergency,
    postReportDueAt: row.postReportDueAt,
    postReportedAt: row.postReportedAt,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    // The return report's due (return due + the profile's due_days; null for other kinds).
    returnReportDueAt: spec?.followUp === "return_report" ? (row.returnReportDueAt ?? row.endsAt) : null,
    returnedAt: row.returnedAt,
    returnConfirmedAt: row.returnConfirmedAt,
    completion: row.completion,
    followUp: spec?.followUp ?? "none",
    completionRules:
      spec?.followUp === "disposal_evidence" ? disposalCompletionRules(profile, extra.assets ?? []) : [],
    submittedAt: row.submittedAt,
    decidedAt: row.decidedAt,
    inEffectAt: row.inEffectAt,
    closedAt: row.closedAt,
    createdAt: row.createdAt,
    assets: (extra.assets ?? []).map((a) =>
      extra.labels?.get(a.assetId)?.hidden === false
        ? {
            id: a.assetId,
            hidden: false,
            assetNumber: text(a.snapshot.assetNumber),
            name: text(a.snapshot.name),
            kind: text(a.snapshot.kind),
            zone: text(a.snapshot.zone),
            ...classificationView(profile, a.snapshot),
          }
        : // An asset the viewer may not open: neither its number nor its name (the request's own
          // classification basis stays: it is what the decision rests on).
          {
            id: a.assetId,
            hidden: true,
            assetNumber: null,
            name: HIDDEN_ASSET_LABEL.ja as string | null,
            kind: null,
            zone: null,
            ...classificationView(profile, a.snapshot),
          },
    ),
    decisions: extra.decisions ?? [],
    policies: serialize(actor, "request", ref),
  };
}

export function presentSummary(
  profile: Profile,
  actor: Actor,
  row: RequestRow,
  ref: RequestRef,
  names: Map<string, string>,
) {
  const rule = profile.request_kinds.find((k) => k.key === row.kind);
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    kindTitle: rule?.title ?? { ja: row.kind, en: row.kind },
    status: row.status,
    statusLabel: STATUS_LABELS[row.status],
    requester: { personId: row.requesterPersonId, name: names.get(row.requesterPersonId) ?? null },
    departmentId: row.departmentId,
    approvalRequired: row.approvalRequired,
    currentStep: row.currentStep,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    returnedAt: row.returnedAt,
    createdAt: row.createdAt,
    policies: serialize(actor, "request", ref),
  };
}

/** A request kind of the profile in plain words, with its fields and rules (the new-request form). */
export function presentKind(profile: Profile, actor: Actor, k: RequestKind) {
  const spec = KINDS[k.key];
  return {
    key: k.key,
    title: k.title,
    plain: spec.plain,
    text: k.text,
    clause: k.clause,
    assets: spec.assets,
    fields: specFor(spec, k).fields,
    followUp: spec.followUp,
    filedFrom: spec.filedFrom ?? null,
    /** Who may file it, where the text names the applicant (filed_by); null: any 職員等. */
    filedBy: k.filed_by
      ? {
          roles: filerTitles(profile, k.filed_by.duties),
          text: k.filed_by.text.ja,
          clause: k.filed_by.clause,
        }
      : null,
    canFile: serialize(actor, "request_kind", k).file === true,
    approvalAlways: "always" in k.approval_required_when,
    approvalNever: "never" in k.approval_required_when,
    grounds: k.grounds.map((g) => ({ clause: g.clause, text: g.text.ja })),
    approvers: k.approvers.map((a) => ({
      step: a.step,
      duty: a.duty,
      dutyLabel: DUTIES[a.duty as Duty],
      scope: a.scope,
      clause: a.clause,
    })),
    emergencyAllowed: k.post_report_allowed
      ? {
          text: k.post_report_allowed.text,
          clause: k.post_report_allowed.clause,
          dueDays: k.post_report_allowed.due_days ?? 1,
        }
      : null,
    encryption: k.encryption_required_when
      ? { clause: k.encryption_required_when.clause, text: k.encryption_required_when.text.ja }
      : null,
    records: k.records,
  };
}

/** Whether an act needs approval, why and who would approve (before anything is created). */
export function presentPreview(
  decision: ReturnType<typeof evaluateApproval>,
  encryption: ReturnType<typeof evaluateEncryption>,
) {
  return {
    approvalRequired: decision.required,
    basis: decision.basis,
    approvers: decision.approvers.map((a) => ({ ...a, dutyLabel: DUTIES[a.duty as Duty] })),
    encryption,
  };
}

export type RequestView = ReturnType<typeof presentRequest>;
export type RequestSummaryView = ReturnType<typeof presentSummary>;
export type RequestKindView = ReturnType<typeof presentKind>;
export type RequestPreview = ReturnType<typeof presentPreview>;
