/**
 * Requests filed by another module with its own record (`filedFrom`: 再委託 from a contract). When
 * such a request comes back returned for changes and is submitted again, its fields are rebuilt by
 * the owning module from today's record, so the approver never decides on details that have since
 * changed, and the owning record and the request stay one and the same.
 */
import type { DbOrTx } from "../../../db/client";
import type { RequestContext } from "../../../http/context";
import type { Profile } from "../../../profile";

export interface Refiling {
  requestId: string;
  /** What the requester sent with the resubmission (the owner keeps only what may be edited). */
  fields: Record<string, unknown> | undefined;
  /** The fields as they were last submitted. */
  previous: Record<string, unknown>;
  ctx: RequestContext;
  /** The active profile (labels of levels and the like, as the first filing named them). */
  profile: Profile;
  now: Date;
}

/** Builds a resubmission's fields from the owning record (and updates that record, in `tx`). */
export type Refiler = (tx: DbOrTx, r: Refiling) => Promise<Record<string, unknown>>;

const refilers = new Map<string, Refiler>();

/** The owning module of a `filedFrom` kind registers once, when it is loaded. */
export function registerRefiler(kind: string, refiler: Refiler): void {
  refilers.set(kind, refiler);
}

export function refilerOf(kind: string): Refiler | undefined {
  return refilers.get(kind);
}
