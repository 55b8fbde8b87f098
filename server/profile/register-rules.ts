/**
 * The profile's required fields of a register entry (pure; read by the registers route and by
 * the disposal request's completion, which writes the disposal log): a rule of `registers.required_fields`
 * applies when the entry answers its question yes, names one of its methods, or names an asset of
 * its kinds and levels; each field it names must then be filled. The message cites the clause.
 */
import type { RequiredFieldsRule } from "./registers-schema";

export type Problem = { field: string; ja: string; en: string };

export interface NamedAsset {
  kind: string | null;
  confidentiality: string | null;
}

const filled = (v: unknown) => (typeof v === "string" ? v.trim() !== "" : v != null);

export function ruleApplies(rule: RequiredFieldsRule, data: Record<string, unknown>, assets: NamedAsset[]) {
  const w = rule.when;
  if (w.answer && data[w.answer.key] === true) return true;
  if (w.methods && typeof data.method === "string" && w.methods.includes(data.method)) return true;
  const a = w.asset;
  return (
    !!a &&
    assets.some((x) => a.kinds.includes(x.kind ?? "") && a.confidentiality.includes(x.confidentiality ?? ""))
  );
}

/** Problems keyed `<prefix><field>` (`data.` for a register entry, none for a request's completion). */
export function requiredFieldProblems(
  rules: readonly RequiredFieldsRule[],
  register: string,
  data: Record<string, unknown>,
  assets: NamedAsset[],
  prefix = "data.",
): Problem[] {
  const out: Problem[] = [];
  for (const rule of rules) {
    if (rule.register !== register || !ruleApplies(rule, data, assets)) continue;
    for (const field of rule.fields)
      if (!filled(data[field]))
        out.push({
          field: `${prefix}${field}`,
          ja: `${FIELD_JA[field] ?? field}を記録してください（${rule.text.ja} 根拠: ${rule.clause}）。`,
          en: `Record the ${FIELD_EN[field] ?? field} (${rule.text.en} Basis: ${rule.clause}).`,
        });
  }
  return out;
}

const FIELD_JA: Record<string, string> = {
  quantity: "破壊した媒体の数量",
  photoRef: "残骸の写真",
  certificateNumber: "事業者の証明書の番号",
};
const FIELD_EN: Record<string, string> = {
  quantity: "number of media destroyed",
  photoRef: "photo of the remains",
  certificateNumber: "contractor's certificate number",
};
