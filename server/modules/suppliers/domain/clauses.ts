/**
 * Which of the profile's contract clauses a contract must carry (西原村 対策基準 9.1(2); 川崎市 基準
 * 第2章9(1), 10(1), 第7章3(5)ウ). Pure: the profile's `contract_clauses[].when` decides, never code.
 */

import type { Profile } from "../../../profile";
import { findLevel } from "../../../profile/classification";

/** What a contract involves, as the clause conditions read it. */
export interface ContractAttributes {
  systemWork: boolean;
  /** The confidentiality level keys of the information handled (the highest one counts). */
  informationLevels: readonly string[];
  personalInformation: boolean;
  specificPersonalInformation: boolean;
  designatedManager: boolean;
  maintenance: boolean;
}

type Clause = Profile["contract_clauses"][number];
type Condition = NonNullable<Clause["when"]>[number];
type Conditions = readonly Condition[];

/** The rank of the strictest level handled; unknown keys count as the strictest (fail closed). */
function highestRank(profile: Profile, levels: readonly string[]): number {
  const scheme = profile.classification.confidentiality;
  let best = Number.NEGATIVE_INFINITY;
  for (const key of levels) {
    const level = findLevel(scheme, key);
    const rank = level ? level.rank : Math.max(...scheme.levels.map((l) => l.rank));
    if (rank > best) best = rank;
  }
  return best;
}

function holds(profile: Profile, c: Condition, a: ContractAttributes): boolean {
  // 特定個人情報 is 個人情報 (番号法 2条8項): a contract handling it handles personal information.
  const personal = a.personalInformation || a.specificPersonalInformation;
  if (c.system_work !== undefined && c.system_work !== a.systemWork) return false;
  if (c.personal_information !== undefined && c.personal_information !== personal) return false;
  if (
    c.specific_personal_information !== undefined &&
    c.specific_personal_information !== a.specificPersonalInformation
  )
    return false;
  if (c.designated_manager !== undefined && c.designated_manager !== a.designatedManager) return false;
  if (c.maintenance !== undefined && c.maintenance !== a.maintenance) return false;
  if (c.min_confidentiality !== undefined) {
    const threshold = findLevel(profile.classification.confidentiality, c.min_confidentiality);
    // `profile check` refuses an unknown threshold; were one loaded anyway, require the clause.
    if (threshold && highestRank(profile, a.informationLevels) < threshold.rank) return false;
  }
  return true;
}

/** Any of the conditions holds (the profile's `when:` / `required_when:` lists). */
export function anyHolds(profile: Profile, conditions: Conditions, a: ContractAttributes): boolean {
  return conditions.some((c) => holds(profile, c, a));
}

export function clauseApplies(profile: Profile, clause: Clause, a: ContractAttributes): boolean {
  return !clause.when || anyHolds(profile, clause.when, a);
}

export interface RequiredClause {
  key: string;
  text: string;
  clause: string;
}

/** The clauses this contract must carry, in the profile's order. */
export function requiredClauses(profile: Profile, a: ContractAttributes): RequiredClause[] {
  return profile.contract_clauses
    .filter((c) => clauseApplies(profile, c, a))
    .map((c) => ({ key: c.key, text: c.text.ja, clause: c.clause }));
}

export interface ClauseConfirmation {
  clauseKey: string;
  included: boolean;
  location: string | null;
}

/** Required clauses not confirmed as included with their page or article. */
export function missingClauses(
  required: readonly RequiredClause[],
  confirmations: readonly ClauseConfirmation[],
): RequiredClause[] {
  const ok = new Set(
    confirmations.filter((c) => c.included && (c.location ?? "").trim() !== "").map((c) => c.clauseKey),
  );
  return required.filter((r) => !ok.has(r.key));
}
