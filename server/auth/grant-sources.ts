/**
 * Grants a person holds for a while because of a record, not a role: a module registers a source
 * (assurance: the auditors of a running audit read the audited units, #16 item 5) and the session
 * loader adds what the sources answer to the actor of each request. Auth sits below the modules,
 * so it never imports them: they register here when the app loads them.
 *
 * A source also names the records the person is named on (`namedOn`, e.g. a named auditor of an
 * audit of any status): app policies read them, so a screen the server lets a person use because
 * of a record shows in their menu too (#11 item 3).
 */
import type { DbOrTx } from "../db/client";
import type { DutyGrant } from "../directory";

/** What the sources say of a person now. */
export interface RecordStanding {
  /** Duties held over units because of a record (added after privilege and MFA were judged). */
  grants: DutyGrant[];
  /** Kinds of record the person is named on (`assurance.auditor`…), each once. */
  namedOn: string[];
}

export interface GrantSourceQuery {
  personId: string;
  /** The loaded profile's id: records of another profile name nobody here. */
  profileId: string;
  now: Date;
}

export type GrantSource = (db: DbOrTx, q: GrantSourceQuery) => Promise<Partial<RecordStanding>>;

const sources = new Map<string, GrantSource>();

/** Registers (or replaces, by key: a module loaded twice registers once) a source of grants. */
export function registerGrantSource(key: string, source: GrantSource): void {
  sources.set(key, source);
}

/** What every registered source says of the person now. */
export async function recordStanding(db: DbOrTx, q: GrantSourceQuery): Promise<RecordStanding> {
  const grants: DutyGrant[] = [];
  const namedOn = new Set<string>();
  // Sequential: on PGlite one connection serves every query anyway.
  for (const source of sources.values()) {
    const s = await source(db, q);
    grants.push(...(s.grants ?? []));
    for (const k of s.namedOn ?? []) namedOn.add(k);
  }
  return { grants, namedOn: [...namedOn] };
}
