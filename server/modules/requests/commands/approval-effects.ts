/**
 * What another module does when a request of a kind it owns the outcome of is approved (an
 * approved ソフトウェア導入 becomes the installation in the software inventory). Effects run in the
 * approving transaction, so the outcome and the approval are committed — and audited — together,
 * or not at all. The owning module registers once, when it is loaded; it never reads requests'
 * tables: it is handed what it needs.
 */
import type { DbOrTx } from "../../../db/client";
import type { RequestContext } from "../../../http/context";
import type { Profile } from "../../../profile";

export interface ApprovedRequest {
  id: string;
  number: number;
  kind: string;
  departmentId: string;
  requesterPersonId: string;
  fields: Record<string, unknown>;
  /** The assets the request names (systems and devices for a software installation). */
  assetIds: string[];
  ctx: RequestContext;
  profile: Profile;
  now: Date;
}

export type ApprovalEffect = (tx: DbOrTx, r: ApprovedRequest) => Promise<void>;

const effects = new Map<string, ApprovalEffect[]>();

export function registerApprovalEffect(kind: string, effect: ApprovalEffect): void {
  effects.set(kind, [...(effects.get(kind) ?? []), effect]);
}

export function approvalEffectsOf(kind: string): readonly ApprovalEffect[] {
  return effects.get(kind) ?? [];
}
