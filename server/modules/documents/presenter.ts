/** What the API answers for documents and versions, with what the viewer may do (`policies`). */
import { formatDateTimeJa } from "../../../common/calendar";
import { DOCUMENT_VERSION_STATE_LABELS, labelOf } from "../../../common/labels";
import { serialize } from "../../access";
import type { Actor } from "../../http/context";
import type { DocumentKindT } from "../../profile/documents-schema";
import { managesDocument } from "./access";
import { hasAcknowledged } from "./domain/acknowledgement";
import type { LoadedDocument, VersionRow } from "./queries";

export function presentKind(kind: DocumentKindT | null) {
  return kind ? presentKindOf(kind) : null;
}

export function presentKindOf(kind: DocumentKindT) {
  return {
    key: kind.key,
    title: kind.title,
    unit: kind.unit,
    owner: kind.owner,
    approver: kind.approver,
    restricted: kind.restricted ?? null,
    review: kind.review ?? null,
    text: kind.text,
    clause: kind.clause,
  };
}

type VersionMeta = LoadedDocument["versions"][number];

export function presentVersionMeta(v: VersionMeta, names: Map<string, string>) {
  return {
    id: v.id,
    number: v.number,
    state: v.state,
    stateLabel: labelOf(DOCUMENT_VERSION_STATE_LABELS, v.state),
    changeSummary: v.changeSummary,
    materialChange: v.materialChange,
    effectiveOn: v.effectiveOn,
    approvedAt: v.approvedAt,
    approvedBy: v.approvedByPersonId ? (names.get(v.approvedByPersonId) ?? null) : null,
    approvedClause: v.approvedClause,
    publishedAt: v.publishedAt,
    publishedBy: v.publishedByPersonId ? (names.get(v.publishedByPersonId) ?? null) : null,
    supersededAt: v.supersededAt,
    createdAt: v.createdAt,
  };
}

/** Versions a viewer sees: every one for those who manage the document, else the published ones. */
export function visibleVersions(actor: Actor, d: LoadedDocument) {
  return managesDocument(actor, d.record) ? d.versions : d.versions.filter((v) => v.publishedAt !== null);
}

export function presentDocument(
  actor: Actor,
  d: LoadedDocument,
  myAcks: number[],
  names: Map<string, string>,
  departmentName: string | null,
) {
  const policies = serialize(actor, "document", d.record);
  const acknowledged = hasAcknowledged(d.required, myAcks);
  return {
    id: d.row.id,
    kind: d.row.kind,
    kindInfo: presentKind(d.kind),
    title: d.row.title,
    departmentId: d.row.departmentId,
    departmentName,
    systemName: d.row.systemName,
    audience: d.row.audience,
    restricted: d.kind === null || d.kind.restricted !== undefined,
    reviewDueOn: d.row.reviewDueOn,
    lastReviewedAt: d.row.lastReviewedAt,
    current: d.current ? presentVersionMeta(d.current, names) : null,
    pending: (() => {
      const p = d.versions.find((v) => v.state === "draft" || v.state === "approved");
      return p && managesDocument(actor, d.record) ? presentVersionMeta(p, names) : null;
    })(),
    requiredVersion: d.required,
    me: {
      inAudience: policies.acknowledge ?? false,
      acknowledged,
      acknowledgedVersions: [...myAcks].sort((a, b) => a - b),
      mustAcknowledge: Boolean(policies.acknowledge) && !acknowledged,
    },
    policies,
  };
}

/** The viewer's name and the time, drawn over a restricted document on screen and in print. */
export function watermark(actor: Actor, now: Date) {
  return {
    name: actor.name,
    loginId: actor.loginId,
    at: now.toISOString(),
    text: `${actor.name}（${actor.loginId}） ${formatDateTimeJa(now)} 閲覧`,
  };
}

export function presentVersion(v: VersionRow, names: Map<string, string>) {
  return { ...presentVersionMeta(v, names), text: v.body, content: v.content ?? null };
}
