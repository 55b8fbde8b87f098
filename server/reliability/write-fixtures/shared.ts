/** What a write fixture is, and the helpers every module's fixtures share (see ./index.ts). */

import type { AuthedClient } from "../../test/session";
import {
  type Actor,
  ROLES,
  type SignedInPersona,
  signedInUser,
  type Witness,
  type World,
} from "../matrix-world";

export interface Prepared {
  url: string;
  /** JSON body (sent as is). */
  body?: unknown;
  /** Multipart body (a fresh FormData per call). */
  form?: () => FormData;
  /** A raw body (an uploaded file sent as the request body) and its content type. */
  raw?: { bytes: () => Uint8Array; type: string };
  /** Rows that a refused call must leave unchanged: [table, id] (the row) or [table] (its count). */
  watch?: Array<[string, string?]>;
  /** Self-service routes: the client that acts as the persona (a fresh login of the same kind). */
  client?: AuthedClient | "raw";
  /** Headers for a "raw" client (a session that still owes its second factor). */
  headers?: Record<string, string>;
}

export interface WriteFixture {
  /** Signed-in personas allowed (2xx); "all" = everyone signed in. */
  allow: SignedInPersona[] | "all";
  /** Why, in terms of the access rules. */
  rule: string;
  /** Public route: anonymous is allowed too. */
  public?: boolean;
  /** Someone outside the matrix who is allowed: proves the fixture valid when `allow` is empty. */
  witness?: Witness;
  /** Self-service: `prepare` gets the persona and makes a fresh login of the same kind. */
  self?: boolean;
  prepare(w: World, as: Actor | null): Promise<Prepared>;
  /** Other refusal statuses accepted for signed-in personas on this route, with the reason. */
  refusal?: { statuses: number[]; why: string };
  /**
   * Every id field of the body (array items as `[]`): how to make a record of its kind that the
   * acting persona (`as`, else the narrowest allowed one) may not see — it must be answered like
   * an unknown id — or why every allowed persona sees every such record (authorization-matrix-body-ids).
   */
  bodyIds?: Record<string, BodyIdRule | BodyIdRule[]>;
}

export type BodyIdRule = { hidden(w: World): Promise<string>; as?: Actor } | { open: string };

export const A = (w: World) => w.deptA.id;

export const ALL = "all" as const;

/** A fresh login with the same department and roles as the persona (self-service routes). */
export async function twin(w: World, as: Actor | null, mfa: "enabled" | "none" = "enabled") {
  if (!as) return null;
  const [dept, roles] = ROLES[as];
  const unit = { A: w.deptA.id, B: w.deptB.id, home: w.home.id }[dept];
  const r = roles.map(([k, s]) => [k, s ? w.deptA.id : null] as [string, string | null]);
  if (mfa === "enabled") return signedInUser(w.t, unit, r);
  return null;
}
