/**
 * Evaluation of a request kind's approval rule (pure). A request needs approval when the kind's
 * predicate holds for at least one asset involved; with no asset, only `always` and a form
 * answer (`field_in`) can hold.
 */
import { findLevel } from "./classification";
import type { AssetKind, Predicate, Profile, RequestKindKey, SchemeKey, ZoneKey } from "./schema";

export interface AssetFacts {
  confidentiality?: string | null;
  integrity?: string | null;
  availability?: string | null;
  zone?: ZoneKey | null;
  kind?: AssetKind | null;
}

export interface ApprovalDecision {
  required: boolean;
  /** The clauses the decision rests on, shown as 根拠. */
  basis: { clause: string; text: string }[];
  approvers: { step: number; duty: string; scope: string }[];
}

function meetsLevel(
  profile: Profile,
  scheme: SchemeKey,
  assetLevel: string | null | undefined,
  threshold: string,
) {
  if (!assetLevel) return false;
  const levels = profile.classification[scheme];
  const have = findLevel(levels, assetLevel);
  const need = findLevel(levels, threshold);
  if (!need) throw new Error(`predicate names unknown ${scheme} level "${threshold}"`);
  // An unknown level on an asset is treated as the strictest: failing closed asks for approval.
  return have ? have.rank >= need.rank : true;
}

/** The request form's answers a predicate may read (`field_in`), by field key. */
export type FormAnswers = Readonly<Record<string, unknown>>;

export function evaluatePredicate(
  profile: Profile,
  predicate: Predicate,
  asset: AssetFacts | null,
  answers: FormAnswers = {},
): boolean {
  if ("always" in predicate) return true;
  if ("never" in predicate) return false;
  if ("all" in predicate) return predicate.all.every((p) => evaluatePredicate(profile, p, asset, answers));
  if ("any" in predicate) return predicate.any.some((p) => evaluatePredicate(profile, p, asset, answers));
  if ("not" in predicate) return !evaluatePredicate(profile, predicate.not, asset, answers);
  if ("field_in" in predicate) {
    const v = answers[predicate.field_in.field];
    return typeof v === "string" && predicate.field_in.values.includes(v);
  }
  if (!asset) return false;
  if ("confidentiality_at_least" in predicate)
    return meetsLevel(profile, "confidentiality", asset.confidentiality, predicate.confidentiality_at_least);
  if ("integrity_at_least" in predicate)
    return meetsLevel(profile, "integrity", asset.integrity, predicate.integrity_at_least);
  if ("availability_at_least" in predicate)
    return meetsLevel(profile, "availability", asset.availability, predicate.availability_at_least);
  if ("zone_in" in predicate) return asset.zone != null && predicate.zone_in.includes(asset.zone);
  if ("asset_kind_in" in predicate) return asset.kind != null && predicate.asset_kind_in.includes(asset.kind);
  return false;
}

export function evaluateApproval(
  profile: Profile,
  kind: RequestKindKey,
  assets: readonly AssetFacts[],
  answers: FormAnswers = {},
): ApprovalDecision {
  const rule = profile.request_kinds.find((k) => k.key === kind);
  if (!rule) throw new Error(`profile "${profile.id}" has no request kind "${kind}"`);
  const candidates: (AssetFacts | null)[] = assets.length > 0 ? [...assets] : [null];
  const holds = (p: Predicate) => candidates.some((asset) => evaluatePredicate(profile, p, asset, answers));
  const required = holds(rule.approval_required_when);
  // Grounds name the clause of each condition (e.g. a medium under 川崎市 第4章4(2), a device under
  // 第7章3(7)ア): when some hold, they are the basis; otherwise the kind's own clause is.
  const held = required ? rule.grounds.filter((g) => holds(g.when)) : [];
  const basis =
    held.length > 0
      ? held.map((g) => ({ clause: g.clause, text: g.text.ja }))
      : [{ clause: rule.clause, text: rule.text.ja }];
  if (!required) return { required, basis, approvers: [] };
  // A step with `when` is in the chain only when it holds (川崎市 第9章6(1): new software asks two
  // approvers); the chain that remains is numbered 1, 2 … in the profile's order.
  const chain = [...rule.approvers].filter((s) => !s.when || holds(s.when)).sort((a, b) => a.step - b.step);
  if (held.length === 0)
    for (const step of chain) {
      if (!basis.some((b) => b.clause === step.clause))
        basis.push({ clause: step.clause, text: rule.text.ja });
    }
  const approvers = chain.map(({ duty, scope }, i) => ({ step: i + 1, duty, scope }));
  return { required, basis, approvers };
}

/** Whether the act must be encrypted (or carried locked) for these assets, and the clause that says so. */
export function evaluateEncryption(
  profile: Profile,
  kind: RequestKindKey,
  assets: readonly AssetFacts[],
  answers: FormAnswers = {},
): { required: boolean; clause: string | null; text: string | null } {
  const rule = profile.request_kinds.find((k) => k.key === kind)?.encryption_required_when;
  if (!rule) return { required: false, clause: null, text: null };
  const candidates: (AssetFacts | null)[] = assets.length > 0 ? [...assets] : [null];
  const required = candidates.some((asset) => evaluatePredicate(profile, rule.when, asset, answers));
  return { required, clause: rule.clause, text: rule.text.ja };
}
