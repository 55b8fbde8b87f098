/**
 * Grants a person holds for a while because of a record, not a role: a module registers a source
 * (assurance: the auditors of a running audit read the audited units, #16 item 5) and the session
 * loader adds what the sources answer to the actor of each request. Auth sits below the modules,
 * so it never imports them: they register here when the app loads them.
 */
import type { DbOrTx } from "../db/client";
import type { DutyGrant } from "../directory";

export type GrantSource = (db: DbOrTx, personId: string, now: Date) => Promise<DutyGrant[]>;

const sources = new Map<string, GrantSource>();

/** Registers (or replaces, by key: a module loaded twice registers once) a source of grants. */
export function registerGrantSource(key: string, source: GrantSource): void {
  sources.set(key, source);
}

/** What every registered source grants the person now. */
export async function recordGrants(db: DbOrTx, personId: string, now: Date): Promise<DutyGrant[]> {
  const out: DutyGrant[] = [];
  // Sequential: on PGlite one connection serves every query anyway.
  for (const source of sources.values()) out.push(...(await source(db, personId, now)));
  return out;
}
