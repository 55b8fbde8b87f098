import type { Duty } from "../../../common/duties";
import { allow, hasDutyOver, hasOrganizationDuty } from "../../access";
import type { Approval } from "../../access/self-approval";
import type { Actor } from "../../http/context";
import type { DocumentKindT } from "../../profile/documents-schema";
import { type AudienceSpec, inAudience } from "./domain/audience";

/**
 * Access rules of policy documents (DESIGN.md §4 rules 1–2). Duties come from the profile's
 * documents.kinds (each with its clause):
 * - a document is kept (versions drafted, audience set, published) by a holder of its kind's owner
 *   duty over its unit — organization-wide for an organization document, over its 課 otherwise;
 * - a version is approved by a holder of the kind's approver duty over the unit (西原村: the
 *   committee for the policy, 2(5)①; the ネットワーク管理者 / 課長 for procedures, 2(2)⑥ / 2(3)⑤);
 * - the CISO (organization-wide) oversees every document;
 * - a published document is read by every signed-in person, except a restricted kind (実施手順,
 *   西原村 基本方針 8, 川崎市 第12章10): only its audience and those above see it — to anyone
 *   else it answers as an unknown id would;
 * - a person acknowledges a published version of a document whose audience they are in;
 * - an acknowledgement on paper is recorded by the holder of the profile's paper duty over the
 *   person's 課 (their 課長), and that holder sees the 課's figures.
 */
export interface DocumentRecord {
  /** The profile's rule for the document's kind; null when the active profile lacks the kind. */
  kind: DocumentKindT | null;
  departmentId: string | null;
  bureauId: string | null;
  audience: AudienceSpec;
  /** Has a version that is published now. */
  published: boolean;
}

/** A duty over a document's unit: organization-wide for an organization document. */
export function dutyOverDocument(
  actor: Actor,
  duty: Duty,
  d: Pick<DocumentRecord, "departmentId" | "bureauId">,
) {
  return d.departmentId ? hasDutyOver(actor, duty, d) : hasOrganizationDuty(actor, duty);
}

export function oversees(actor: Actor): boolean {
  return hasOrganizationDuty(actor, "chief_information_security_officer");
}

export function keeps(actor: Actor, d: DocumentRecord): boolean {
  return d.kind !== null && dutyOverDocument(actor, d.kind.owner.duty as Duty, d);
}

export function approves(actor: Actor, d: DocumentRecord): boolean {
  return d.kind !== null && dutyOverDocument(actor, d.kind.approver.duty as Duty, d);
}

/**
 * Approving a version is the approver duty's (above) and never the drafter's own (兼務の禁止, the
 * profile's requester_not_approver): whoever drafted or edited the version, or a deputy of one of
 * them, is refused even when they hold the approver duty — unless the profile allows an
 * unavoidable case and nobody else holds the duty over the document's unit
 * (server/access/self-approval.ts).
 */
export function versionApproval(
  d: Pick<DocumentRecord, "departmentId" | "bureauId"> & { kind: DocumentKindT },
  v: { createdByPersonId: string | null; editedByPersonIds: readonly string[] },
): Approval {
  return {
    what: { ja: "自分が作成又は修正した版", en: "a version you drafted or edited" },
    authors: [v.createdByPersonId, ...v.editedByPersonIds],
    duty: d.kind.approver.duty as Duty,
    over: d.departmentId ? { departmentId: d.departmentId, bureauId: d.bureauId } : "organization",
  };
}

export function isMember(actor: Actor, audience: AudienceSpec): boolean {
  return inAudience(audience, {
    departmentId: actor.departmentId,
    bureauId: actor.bureauId,
    roleKeys: actor.grants.filter((g) => g.deputyFor === null).map((g) => g.roleKey),
  });
}

/** Sees drafts and every version: keepers, approvers, the CISO. */
export function managesDocument(actor: Actor, d: DocumentRecord): boolean {
  return keeps(actor, d) || approves(actor, d) || oversees(actor);
}

export function canReadDocument(actor: Actor, d: DocumentRecord): boolean {
  if (managesDocument(actor, d)) return true;
  if (!d.published) return false;
  // An unknown kind is treated as restricted: better hidden than shown to the wrong people.
  const restricted = d.kind === null || d.kind.restricted !== undefined;
  return !restricted || isMember(actor, d.audience);
}

allow<DocumentRecord>("document", "read", canReadDocument);
allow<DocumentRecord>("document", "read_drafts", managesDocument);
allow<DocumentRecord>("document", "write", keeps);
allow<DocumentRecord>("document", "approve", approves);
allow<DocumentRecord>(
  "document",
  "review",
  (a, d) => d.kind?.review !== undefined && dutyOverDocument(a, d.kind.review.duty as Duty, d),
);
allow<DocumentRecord>("document", "acknowledge", (a, d) => d.published && isMember(a, d.audience));
/** The organization's figures of a document: its keepers, approvers and the CISO. */
allow<DocumentRecord>("document", "figures", managesDocument);

/** Creating a document of a kind in a unit: the kind's owner duty over it. */
export interface NewDocument {
  kind: DocumentKindT;
  departmentId: string | null;
  bureauId: string | null;
}
allow<NewDocument>("document_kind", "create", (a, n) => dutyOverDocument(a, n.kind.owner.duty as Duty, n));

/**
 * Where the actor may create documents of a kind (the kinds screen's `createIn`; `document_kind.create`
 * decides each creation): "organization" for an organization document, else "any_department" with
 * the owner duty organization-wide, else the units of their grants (empty: nowhere).
 */
export function createInOf(
  actor: Actor,
  kind: DocumentKindT,
): "organization" | "any_department" | string[] | null {
  const duty = kind.owner.duty as Duty;
  if (kind.unit === "organization")
    return dutyOverDocument(actor, duty, { departmentId: null, bureauId: null }) ? "organization" : null;
  if (actor.grants.some((g) => g.duty === duty && g.scope === "organization")) return "any_department";
  return [
    ...new Set(
      actor.grants
        .filter((g) => g.duty === duty && g.scopeDepartmentId)
        .map((g) => g.scopeDepartmentId as string),
    ),
  ];
}

/** A person's 課 as seen by their 課長: record paper acknowledgements, read the 課's figures. */
export interface PaperUnit {
  duty: Duty;
  departmentId: string | null;
  bureauId: string | null;
}
export function recordsPaperFor(actor: Actor, u: PaperUnit): boolean {
  return u.departmentId !== null && hasDutyOver(actor, u.duty, u);
}
allow<PaperUnit>("document_unit", "record_paper", recordsPaperFor);
/** Holds the paper-acknowledgement duty over some unit (may ask for the figures of their units). */
export const recordsPaperSomewhere = (actor: Actor, duty: Duty) => actor.grants.some((g) => g.duty === duty);
allow<PaperUnit>("document_unit", "figures", recordsPaperFor);
