/**
 * 再委託 at any depth (川崎市 第2章9(1)イ・ウ 再々委託以降も同様; 西原村 9.1(2)⑧). Pure: each level is
 * decided by its own `subcontracting` request; where the profile asks for written consent it must be
 * on record too; a level can only be filed under a level that is already settled.
 */
import type { Profile } from "../../../profile";
import { anyHolds, type ContractAttributes } from "./clauses";

export interface ChainLevel {
  id: string;
  parentId: string | null;
  level: number;
  contractorName: string;
  /** The request's outcome: approved (or in effect), refused / cancelled, or still open. */
  decision: "approved" | "refused" | "open";
  consentOn: string | null;
}

export function writtenConsentRequired(profile: Profile, a: ContractAttributes): boolean {
  const rule = profile.suppliers?.subcontracting?.written_consent_when;
  return !!rule && anyHolds(profile, rule, a);
}

/** Settled: approved, and its written consent on record where the profile asks for one. */
export function settled(l: ChainLevel, consentRequired: boolean): boolean {
  return l.decision === "approved" && (!consentRequired || !!l.consentOn);
}

/**
 * Why a new level may not be filed under `parentId` (null = allowed). The contractor's own
 * subcontract (no parent) is always possible; a deeper one only under a settled level.
 */
export function fileRefusal(
  chain: readonly ChainLevel[],
  parentId: string | null,
  consentRequired: boolean,
): { ja: string; en: string } | null {
  if (parentId === null) return null;
  const parent = chain.find((l) => l.id === parentId);
  if (!parent)
    return {
      ja: "再委託元がこの契約の再委託にありません。",
      en: "The parent is not a subcontract of this contract.",
    };
  if (!settled(parent, consentRequired))
    return {
      ja: `再委託元（${parent.contractorName}）の再委託が${consentRequired ? "承認され書面による許諾が記録されて" : "承認されて"}いないため、その先の再委託は申請できません。`,
      en: `The parent level (${parent.contractorName}) is not yet ${consentRequired ? "approved with its written consent on record" : "approved"}, so no further level can be filed under it.`,
    };
  return null;
}

/** Levels that keep the contract from becoming active: open or unconsented (refused ones are gone). */
export function unsettledLevels(chain: readonly ChainLevel[], consentRequired: boolean): ChainLevel[] {
  const live = chain.filter((l) => l.decision !== "refused" && !refusedAbove(chain, l));
  return live.filter((l) => !settled(l, consentRequired));
}

/** A level under a refused one is gone with it. */
function refusedAbove(chain: readonly ChainLevel[], l: ChainLevel): boolean {
  let p = l.parentId ? chain.find((x) => x.id === l.parentId) : undefined;
  for (let depth = 0; p && depth < 64; depth++) {
    if (p.decision === "refused") return true;
    p = p.parentId ? chain.find((x) => x.id === p?.parentId) : undefined;
  }
  return false;
}
