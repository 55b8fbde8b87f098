import {
  assetOfB,
  deputyAcknowledged,
  incident,
  incidentFile,
  incidentTask,
  makeAsset,
  preventionAction,
  restrictedIncident,
  textFile,
  topLevelAssetOfA,
} from "../matrix-world";
import { ALL, type WriteFixture } from "./shared";

export const INCIDENTS_FIXTURES: Record<string, WriteFixture> = {
  "PUT /api/contact-point": {
    allow: ["ciso", "admin"],
    rule: "contact_point.update: the CISO publishes how to reach the contact point (6.3(2)④); the system administrator too",
    async prepare() {
      return {
        url: "/api/contact-point",
        body: { phone: "096-279-3111", email: "kikaku@example.lg.jp" },
        watch: [["settings"]],
      };
    },
  },
  "POST /api/public/reports": {
    allow: ALL,
    public: true,
    rule: "the public report form: anyone, without an account (rate-limited)",
    async prepare() {
      return {
        url: "/api/public/reports",
        body: { summary: "不審なメール", details: "村を名乗るメールが届いた" },
      };
    },
  },
  "POST /api/incidents": {
    allow: ALL,
    rule: "incidentReport.create: everyone signed in must report what they notice (6.3(1)①)",
    async prepare() {
      return {
        url: "/api/incidents",
        body: { summary: "USBメモリ紛失", details: "庁舎内で紛失", personalInfo: false },
        watch: [["incidents"]],
      };
    },
  },
  "POST /api/incidents/{id}/acknowledge": {
    allow: ["managerA", "csirt"],
    rule: "incident.acknowledge: a person told at a pending step — a staff report tells department A's manager and the CSIRT's 統一的な窓口 together (西原村 6.3(1)①, incidents.report_tells)",
    async prepare(w) {
      const id = await incident(w, "new");
      return {
        url: `/api/incidents/${id}/acknowledge`,
        body: { note: "確認した" },
        watch: [["incidents", id]],
      };
    },
  },
  "POST /api/incidents/{id}/escalations/{escalationId}/post-report": {
    allow: [],
    witness: "deputyA",
    rule: "only the deputy who acknowledged for the absent holder reports afterwards",
    async prepare(w) {
      const e = await deputyAcknowledged(w);
      return {
        url: `/api/incidents/${e.id}/escalations/${e.escalationId}/post-report`,
        body: { report: "代行で確認し、課内に周知した" },
        watch: [["incident_escalations", e.escalationId]],
      };
    },
  },
  "POST /api/incidents/{id}/triage": {
    allow: ["csirt"],
    rule: "incident.triage: triage_incident (organization)",
    async prepare(w) {
      const id = await incident(w, "new");
      return {
        url: `/api/incidents/${id}/triage`,
        body: { decision: "incident", severity: "low", category: "loss_theft" },
        watch: [["incidents", id]],
      };
    },
  },
  "POST /api/incidents/{id}/stage": {
    allow: ["csirt"],
    rule: "incident.manage: the CSIRT",
    async prepare(w) {
      const id = await incident(w, "triaged");
      return { url: `/api/incidents/${id}/stage`, body: { stage: "recovery" }, watch: [["incidents", id]] };
    },
  },
  "POST /api/incidents/{id}/close": {
    allow: ["csirt"],
    rule: "incident.close: the CSIRT",
    async prepare(w) {
      const id = await incident(w, "triaged");
      return {
        url: `/api/incidents/${id}/close`,
        body: { cause: "確認不足", measures: "周知", preventionActions: [{ title: "点検" }] },
        watch: [["incidents", id]],
      };
    },
  },
  "POST /api/incidents/{id}/prevention-actions/{actionId}/done": {
    allow: ["csirt"],
    rule: "incident.trackPrevention: the CSIRT, after closing too",
    async prepare(w) {
      const p = await preventionAction(w);
      return {
        url: `/api/incidents/${p.id}/prevention-actions/${p.actionId}/done`,
        body: { result: "点検完了" },
        watch: [["incident_prevention_actions", p.actionId]],
      };
    },
  },
  "POST /api/incidents/{id}/tasks": {
    allow: ["csirt"],
    rule: "incident.manage: the CSIRT",
    async prepare(w) {
      const id = await incident(w, "triaged");
      return { url: `/api/incidents/${id}/tasks`, body: { title: "捜索" }, watch: [["incident_tasks"]] };
    },
  },
  "PATCH /api/incidents/{id}/tasks/{taskId}": {
    allow: ["csirt"],
    rule: "incident.manage: the CSIRT",
    async prepare(w) {
      const x = await incidentTask(w);
      return {
        url: `/api/incidents/${x.id}/tasks/${x.taskId}`,
        body: { result: "発見できず", done: true },
        watch: [["incident_tasks", x.taskId]],
      };
    },
  },
  "POST /api/incidents/{id}/timeline": {
    allow: ["csirt"],
    rule: "incident.manage: the CSIRT",
    async prepare(w) {
      const id = await incident(w, "triaged");
      return {
        url: `/api/incidents/${id}/timeline`,
        body: { kind: "detection", occurredAt: "2026-03-31T09:00:00+09:00", text: "紛失に気付いた" },
        watch: [["incident_timeline"]],
      };
    },
  },
  "POST /api/incidents/{id}/assets": {
    allow: ["staffA", "managerA", "csirt"],
    bodyIds: { assetId: [{ hidden: assetOfB }, { hidden: topLevelAssetOfA, as: "csirt" }] },
    rule: "incident.linkAsset: reads the open case and is the CSIRT, a receiver of reports or the reporter",
    async prepare(w) {
      const id = await incident(w, "new");
      return {
        url: `/api/incidents/${id}/assets`,
        body: { assetId: await makeAsset(w) },
        watch: [["incident_assets"]],
      };
    },
  },
  "PUT /api/incidents/{id}/restriction": {
    allow: ["csirt"],
    bodyIds: {
      "memberPersonIds[]": {
        open: "triage_incident at organization scope with view_all_departments: the CSIRT sees every person",
      },
    },
    rule: "incident.restrict: the CSIRT",
    async prepare(w) {
      const id = await incident(w, "new");
      return {
        url: `/api/incidents/${id}/restriction`,
        body: { restricted: true, memberPersonIds: [w.members.ciso.personId] },
        watch: [["incidents", id]],
      };
    },
  },
  "DELETE /api/incidents/{id}/members/{personId}": {
    allow: ["csirt"],
    rule: "incident.restrict: the CSIRT (a named member of the restricted case)",
    async prepare(w) {
      const r = await restrictedIncident(w);
      return { url: `/api/incidents/${r.id}/members/${r.member}`, watch: [["incident_access"]] };
    },
  },
  "PUT /api/incidents/{id}/outside-reports/{bodyKey}": {
    allow: ["csirt"],
    rule: "incident.manage: the CSIRT (report_outside)",
    async prepare(w) {
      const id = await incident(w, "triaged");
      return {
        url: `/api/incidents/${id}/outside-reports/prefecture`,
        body: { decision: "report", sentOn: "2026-04-01", referenceNumber: "KUM-1" },
        watch: [["incident_outside_reports"]],
      };
    },
  },
  "PUT /api/incidents/{id}/ppc": {
    allow: ["csirt"],
    rule: "incident.manage: the CSIRT",
    async prepare(w) {
      const id = await incident(w, "triaged");
      return {
        url: `/api/incidents/${id}/ppc`,
        body: {
          personCount: 3,
          sensitive: false,
          financialHarm: false,
          improperPurpose: false,
          awareAt: "2026-04-01T08:30:00+09:00",
        },
        watch: [["incidents", id]],
      };
    },
  },
  "PUT /api/incidents/{id}/press": {
    allow: ["csirt"],
    bodyIds: {
      approverPersonId: {
        open: "triage_incident at organization scope with view_all_departments: the CSIRT sees every person",
      },
    },
    rule: "incident.manage: the CSIRT",
    async prepare(w) {
      const id = await incident(w, "triaged");
      return {
        url: `/api/incidents/${id}/press`,
        body: { decision: "not_publish", reason: "影響が限定的", approverPersonId: w.members.ciso.personId },
        watch: [["incidents", id]],
      };
    },
  },
  "POST /api/incidents/{id}/files": {
    allow: ["staffA", "csirt"],
    rule: "incident.attach: reads the open case and is the CSIRT or the reporter",
    async prepare(w) {
      const id = await incident(w, "new");
      return {
        url: `/api/incidents/${id}/files`,
        form: () => textFile("attachment"),
        watch: [["incident_files"]],
      };
    },
  },
  "POST /api/incidents/{id}/files/{fileId}/custody": {
    allow: ["csirt"],
    rule: "incident.manage: the CSIRT (chain of custody of evidence)",
    async prepare(w) {
      const f = await incidentFile(w);
      return {
        url: `/api/incidents/${f.id}/files/${f.fileId}/custody`,
        body: { handedFrom: "住民 職員", handedTo: "CSIRT", handedAt: "2026-04-01T08:50:00+09:00" },
        watch: [["incident_custody"]],
      };
    },
  },
};
