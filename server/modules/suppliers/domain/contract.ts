/**
 * The life of a contract: draft → checked → active → ending → closed, and what blocks each step.
 * Pure: the profile's `contract_clauses` and `suppliers:` rules decide; the caller loads the facts.
 */

import { clauseLabel } from "../../../../common/clause-label";
import type { Profile } from "../../../profile";
import type { ContractRole, ContractState, LendingState } from "../tables";
import {
  anyHolds,
  type ClauseConfirmation,
  type ContractAttributes,
  missingClauses,
  requiredClauses,
} from "./clauses";
import { type ChainLevel, unsettledLevels, writtenConsentRequired } from "./subcontracting";

export const TRANSITIONS: Record<ContractState, ContractState[]> = {
  draft: ["checked"],
  checked: ["draft", "active"],
  active: ["ending"],
  ending: ["closed"],
  closed: [],
};

export interface ContractFacts {
  attributes: ContractAttributes;
  confirmations: readonly ClauseConfirmation[];
  people: readonly { personId: string; name: string; role: ContractRole }[];
  pledges: readonly { personId: string }[];
  securityPlanReceivedOn: string | null;
  lendings: readonly { slipNumber: string; description: string; state: LendingState }[];
  noCopyConfirmedOn: string | null;
  /** The subcontracting chain, every level with its request's outcome. */
  subcontracts: readonly ChainLevel[];
}

export interface Blocker {
  code:
    | "missing_clauses"
    | "missing_pledges"
    | "no_people"
    | "missing_security_plan"
    | "open_lendings"
    | "missing_no_copy_confirmation"
    | "unsettled_subcontracts";
  message_ja: string;
  message_en: string;
  clause: string;
  /** What is missing, named (clause texts, people, slips). */
  items: string[];
}

// One reading of a clause id for notices, screens and files (common/clause-label.ts).
export { clauseLabel };

export function pledgesRequired(profile: Profile, a: ContractAttributes): boolean {
  const rule = profile.suppliers?.pledges;
  return !!rule && anyHolds(profile, rule.required_when, a);
}

export function pledgesAsNeeded(profile: Profile, a: ContractAttributes): boolean {
  const rule = profile.suppliers?.pledges;
  return !!rule?.as_needed_when && !pledgesRequired(profile, a) && anyHolds(profile, rule.as_needed_when, a);
}

export function securityPlanRequired(profile: Profile, a: ContractAttributes): boolean {
  const rule = profile.suppliers?.security_plan;
  return !!rule && anyHolds(profile, rule.required_when, a);
}

function clauseBlocker(profile: Profile, f: ContractFacts): Blocker[] {
  const missing = missingClauses(requiredClauses(profile, f.attributes), f.confirmations);
  if (!missing.length) return [];
  const named = missing.map((m) => `${m.text}（${clauseLabel(m.clause)}）`);
  return [
    {
      code: "missing_clauses",
      message_ja: `契約に必要な条項が確認されていません: ${named.join("、")}`,
      message_en: `Required contract clauses are not confirmed: ${missing.map((m) => `${m.key} (${m.clause})`).join(", ")}`,
      clause: missing[0].clause,
      items: named,
    },
  ];
}

function startBlockers(profile: Profile, f: ContractFacts): Blocker[] {
  const out: Blocker[] = [];
  if (pledgesRequired(profile, f.attributes)) {
    const rule = profile.suppliers?.pledges as NonNullable<NonNullable<Profile["suppliers"]>["pledges"]>;
    const active = f.people;
    if (!active.length)
      out.push({
        code: "no_people",
        message_ja: `誓約書が必要な契約です。委託事業者の責任者と作業員を登録してください（${clauseLabel(rule.clause)}）。`,
        message_en: `Pledges are required: add the contractor's responsible person and workers (${rule.clause}).`,
        clause: rule.clause,
        items: [],
      });
    const pledged = new Set(f.pledges.map((p) => p.personId));
    const without = active.filter((p) => !pledged.has(p.personId)).map((p) => p.name);
    if (without.length)
      out.push({
        code: "missing_pledges",
        message_ja: `誓約書の提出がない者がいます: ${without.join("、")}（${clauseLabel(rule.clause)}）`,
        message_en: `No pledge on file for: ${without.join(", ")} (${rule.clause})`,
        clause: rule.clause,
        items: without,
      });
  }
  const plan = profile.suppliers?.security_plan;
  if (plan && securityPlanRequired(profile, f.attributes) && !f.securityPlanReceivedOn)
    out.push({
      code: "missing_security_plan",
      message_ja: `委託前に安全管理体制等の書面を受領してください（${clauseLabel(plan.clause)}）。`,
      message_en: `Receive the written security plan before the work starts (${plan.clause}).`,
      clause: plan.clause,
      items: [],
    });
  return out;
}

/** 再委託 without its approval (or written consent where required) keeps the work from starting. */
function subcontractBlockers(profile: Profile, f: ContractFacts): Blocker[] {
  const rule = profile.suppliers?.subcontracting;
  if (!rule) return [];
  const consent = writtenConsentRequired(profile, f.attributes);
  const open = unsettledLevels(f.subcontracts, consent);
  if (!open.length) return [];
  const clause = consent ? (rule.consent_clause ?? rule.clause) : rule.clause;
  const named = open.map(
    (l) =>
      `第${l.level}次 ${l.contractorName}（${l.decision === "approved" ? "書面による許諾が未記録" : "承認待ち"}）`,
  );
  return [
    {
      code: "unsettled_subcontracts",
      message_ja: `承認${consent ? "と書面による許諾" : ""}が済んでいない再委託があります: ${named.join("、")}（${clauseLabel(clause)}）`,
      message_en: `Subcontracts not yet approved${consent ? " with written consent" : ""}: ${open.map((l) => l.contractorName).join(", ")} (${clause})`,
      clause,
      items: named,
    },
  ];
}

function closeBlockers(profile: Profile, f: ContractFacts): Blocker[] {
  const out: Blocker[] = [];
  const end = profile.suppliers?.end_of_contract;
  const open = f.lendings.filter((l) => l.state === "lent");
  if (open.length) {
    const clause = end?.return_or_disposal.clause ?? "";
    out.push({
      code: "open_lendings",
      message_ja: `返却又は廃棄証明が済んでいない貸与物があります: ${open.map((l) => `${l.slipNumber} ${l.description}`).join("、")}${clause ? `（${clauseLabel(clause)}）` : ""}`,
      message_en: `Lent items not yet returned or certified as disposed of: ${open.map((l) => l.slipNumber).join(", ")}${clause ? ` (${clause})` : ""}`,
      clause,
      items: open.map((l) => `${l.slipNumber} ${l.description}`),
    });
  }
  if (end?.no_copy_confirmation && !f.noCopyConfirmedOn)
    out.push({
      code: "missing_no_copy_confirmation",
      message_ja: `複写・複製をしていないことの書面確認を記録してください（${clauseLabel(end.no_copy_confirmation.clause)}）。`,
      message_en: `Record the written confirmation that nothing was copied (${end.no_copy_confirmation.clause}).`,
      clause: end.no_copy_confirmation.clause,
      items: [],
    });
  return out;
}

/** What stands between the contract and `to` (empty = the step may be taken). */
export function blockersFor(profile: Profile, to: ContractState, f: ContractFacts): Blocker[] {
  if (to === "checked") return clauseBlocker(profile, f);
  if (to === "active")
    return [...clauseBlocker(profile, f), ...startBlockers(profile, f), ...subcontractBlockers(profile, f)];
  if (to === "closed") return closeBlockers(profile, f);
  return [];
}

/** Every open item of the contract as it stands, for the screen (the next step's blockers). */
export function openItems(profile: Profile, state: ContractState, f: ContractFacts): Blocker[] {
  if (state === "draft" || state === "checked") return blockersFor(profile, "active", f);
  if (state === "active" || state === "ending")
    return [...subcontractBlockers(profile, f), ...closeBlockers(profile, f)];
  return [];
}
