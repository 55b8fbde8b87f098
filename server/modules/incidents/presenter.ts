import { DUTIES } from "../../../common/duties";
import { labelOf } from "../../../common/labels";
import { can, serialize } from "../../access";
import type { Actor } from "../../http/context";
import type { Profile } from "../../profile";
import { type AssetLabel, HIDDEN_ASSET_LABEL } from "../assets";
import type { IncidentRecord } from "./access";
import { escalationChain } from "./domain/escalation";
import { PPC_REASON_LABELS, ppcDeadlines, ppcReportingDuty } from "./domain/ppc";
import { CATEGORY_LABELS, SEVERITY_LABELS, STAGE_LABELS } from "./domain/types";
import type { caseParts, IncidentRow } from "./queries";
import type { incidentCustody } from "./tables";

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
type Names = Map<string, string>;
const person = (names: Names, id: string | null | undefined) =>
  id ? { id, name: names.get(id) ?? null } : null;

/** The fields every view of a case shows. Report text is returned as text; the web app never renders it as HTML. */
export function presentIncident(actor: Actor, row: IncidentRow, record: IncidentRecord, names: Names) {
  return {
    id: row.id,
    receiptNumber: row.receiptNumber,
    source: row.source,
    summary: row.summary,
    details: row.details,
    contact: row.contact,
    occurredAt: iso(row.occurredAt),
    place: row.place,
    personalInfo: row.personalInfo,
    personCount: row.personCount,
    reporter: person(names, row.reporterPersonId),
    departmentId: row.departmentId,
    stage: row.stage,
    stageLabel: STAGE_LABELS[row.stage],
    triageDecision: row.triageDecision,
    triageReason: row.triageReason,
    duplicateOfId: row.duplicateOfId,
    severity: row.severity,
    severityLabel: row.severity ? SEVERITY_LABELS[row.severity] : null,
    category: row.category,
    categoryLabel: row.category ? CATEGORY_LABELS[row.category] : null,
    restricted: row.restricted,
    cause: row.cause,
    measures: row.measures,
    press: row.pressDecision
      ? {
          decision: row.pressDecision,
          reason: row.pressReason,
          approver: person(names, row.pressApproverPersonId),
          decidedAt: iso(row.pressDecidedAt),
        }
      : null,
    firstAcknowledgedAt: iso(row.firstAcknowledgedAt),
    triagedAt: iso(row.triagedAt),
    containedAt: iso(row.containedAt),
    recoveredAt: iso(row.recoveredAt),
    closedAt: iso(row.closedAt),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    policies: serialize(actor, "incident", record),
  };
}

type Parts = Awaited<ReturnType<typeof caseParts>>;
type CustodyRow = typeof incidentCustody.$inferSelect;

export function presentCase<Call>(
  actor: Actor,
  profile: Profile,
  row: IncidentRow,
  record: IncidentRecord,
  parts: Parts,
  custody: CustodyRow[],
  names: Names,
  callNow: Call[],
  labels: Map<string, AssetLabel> = new Map(),
) {
  const ppcBody = profile.incidents.outside_bodies.find((b) => b.key === "ppc");
  const seesGranted = can(actor, "seeNeedToKnowAssets", "incident", record);
  const facts = row.ppcFacts;
  const duty = facts ? ppcReportingDuty(facts) : null;
  return {
    ...presentIncident(actor, row, record, names),
    /** Named members (the only ones who see the case while it is restricted). */
    members: record.memberPersonIds.map((id) => ({ id, name: names.get(id) ?? null })),
    escalations: parts.escalations.map((e) => {
      const step = escalationChain(profile, row).find((s) => s.step === e.step);
      return {
        id: e.id,
        step: e.step,
        duty: e.duty,
        /** What the step says when the profile gives it no text of its own (never the raw key). */
        dutyLabel: labelOf(DUTIES, e.duty),
        scope: e.scope,
        text: step?.text ?? null,
        clause: step?.clause ?? null,
        status: e.status,
        targets: e.targets,
        notifiedAt: iso(e.notifiedAt),
        dueAt: iso(e.dueAt),
        acknowledgedAt: iso(e.acknowledgedAt),
        acknowledgedBy: person(names, e.acknowledgedByPersonId),
        acknowledgedFor: person(names, e.acknowledgedForPersonId),
        escalatedAt: iso(e.escalatedAt),
        note: e.note,
        postReport: e.postReport,
        postReportedAt: iso(e.postReportedAt),
        mayPostReport:
          e.acknowledgedByPersonId === actor.personId && !!e.acknowledgedForPersonId && !e.postReportedAt,
      };
    }),
    tasks: parts.tasks.map((t) => ({
      id: t.id,
      title: t.title,
      assignee: person(names, t.assigneePersonId),
      dueDate: t.dueDate,
      result: t.result,
      done: t.doneAt != null,
      doneAt: iso(t.doneAt),
      createdAt: iso(t.createdAt),
    })),
    timeline: parts.timeline.map((t) => ({
      id: t.id,
      kind: t.kind,
      occurredAt: iso(t.occurredAt),
      recordedAt: iso(t.recordedAt),
      text: t.text,
      recordedBy: person(names, t.recordedByPersonId),
    })),
    // Through the assets face: an asset the viewer may not open shows neither number nor name —
    // except to the case's deciders when it was linked under a need-to-know grant for this case.
    assets: parts.assets.map((a) => ({
      assetId: a.assetId,
      ...(labels.get(a.assetId)?.hidden === false || (a.needToKnowReason && seesGranted)
        ? { hidden: false, assetNumber: a.assetNumber, assetName: a.assetName }
        : { hidden: true, assetNumber: null, assetName: HIDDEN_ASSET_LABEL.ja }),
      needToKnowReason: seesGranted ? a.needToKnowReason : null,
      departmentId: a.departmentId,
      note: a.note,
      linkedBy: person(names, a.linkedByPersonId),
      linkedAt: iso(a.linkedAt),
    })),
    files: parts.files.map((f) => ({
      ...f,
      uploadedBy: person(names, f.uploadedByPersonId),
      createdAt: iso(f.createdAt),
      custody: custody
        .filter((c) => c.fileId === f.id)
        .map((c) => ({
          id: c.id,
          handedFrom: c.handedFrom,
          handedTo: c.handedTo,
          handedAt: iso(c.handedAt),
          note: c.note,
          recordedBy: person(names, c.recordedByPersonId),
          recordedAt: iso(c.recordedAt),
        })),
    })),
    outsideReports: profile.incidents.outside_bodies.map((b) => {
      const r = parts.outside.find((o) => o.bodyKey === b.key);
      return {
        bodyKey: b.key,
        name: b.name,
        when: b.when,
        clause: b.clause,
        decision: r?.decision ?? null,
        reason: r?.reason ?? null,
        sentOn: r?.sentOn ?? null,
        referenceNumber: r?.referenceNumber ?? null,
        decidedBy: person(names, r?.decidedByPersonId),
        decidedAt: iso(r?.decidedAt),
      };
    }),
    ppc: {
      clause: ppcBody?.clause ?? null,
      facts,
      mandatory: duty?.mandatory ?? null,
      reasons: (duty?.reasons ?? []).map((r) => ({ key: r, label: PPC_REASON_LABELS[r] })),
      deadlines: facts ? ppcDeadlines(facts, ppcBody?.deadlines ?? []) : [],
    },
    preventionActions: parts.prevention.map((p) => ({
      id: p.id,
      title: p.title,
      owner: person(names, p.ownerPersonId),
      dueDate: p.dueDate,
      status: p.status,
      result: p.result,
      doneAt: iso(p.doneAt),
    })),
    pressRule: profile.incidents.press_release ?? null,
    callNow,
  };
}
