/** Write fixtures of 文書, 緊急時対応計画 (documents): the rules are described in ./index.ts. */

import { person, personOfB, procedureOfA, publishedPolicy } from "../matrix-world";
import type { WriteFixture } from "./shared";

export const DOCUMENTS_FIXTURES: Record<string, WriteFixture> = {
  "PUT /api/emergency-plan": {
    allow: ["ciso", "csirt"],
    rule: "emergencyPlan.update: the CSIRT or the CISO",
    async prepare() {
      return {
        url: "/api/emergency-plan",
        body: {
          contacts: [{ role: "CISO", name: "副村長", phone: "096-000-0009" }],
          whatToReport: ["発生日時"],
          responseMeasures: ["ネットワークから切り離す"],
          recurrencePrevention: ["原因を究明"],
        },
        watch: [["document_versions"]],
      };
    },
  },
  "POST /api/documents": {
    allow: ["managerA"],
    bodyIds: {
      departmentId: {
        open: "the organization chart is read by everyone signed in (department.read); acting in another department is the route's own rule, tested by the matrix",
      },
      "audience.departments[]": {
        open: "an audience names departments of the organization chart, which everyone signed in reads",
      },
    },
    rule: "document_kind.create: the kind's owner duty over the unit (実施手順 of 住民課: its 課長, 対策基準 2(3)⑤)",
    async prepare(w) {
      return {
        url: "/api/documents",
        body: {
          kind: "system_procedure",
          title: `運用手順 ${w.seq()}`,
          departmentId: w.deptA.id,
          audience: { everyone: false, departments: [w.deptA.id] },
        },
        watch: [["documents"]],
      };
    },
  },
  "PATCH /api/documents/{id}": {
    allow: ["managerA"],
    rule: "document.write: the keeper (managerA for 住民課's 実施手順); readers (staffA, the CISO) may not",
    async prepare(w) {
      const d = await procedureOfA(w, "published");
      return { url: `/api/documents/${d.id}`, body: { title: "改題" }, watch: [["documents", d.id]] };
    },
  },
  "POST /api/documents/{id}/versions": {
    allow: ["managerA"],
    rule: "document.write: the keeper drafts a new version",
    async prepare(w) {
      const d = await procedureOfA(w, "published");
      return {
        url: `/api/documents/${d.id}/versions`,
        body: { text: "手順1\n手順2\n手順3" },
        watch: [["document_versions"]],
      };
    },
  },
  "PATCH /api/documents/{id}/versions/{number}": {
    allow: ["managerA"],
    rule: "document.write: the keeper edits a draft",
    async prepare(w) {
      const d = await procedureOfA(w, "draft");
      return {
        url: `/api/documents/${d.id}/versions/1`,
        body: { text: "手順1（修正）" },
        watch: [["document_versions", d.versionId]],
      };
    },
  },
  "POST /api/documents/{id}/versions/{number}/approve": {
    allow: ["managerA"],
    rule: "document.approve: the kind's approver duty over the unit (実施手順: the 課長, 2(3)⑤)",
    async prepare(w) {
      const d = await procedureOfA(w, "draft");
      return {
        url: `/api/documents/${d.id}/versions/1/approve`,
        body: { effectiveOn: "2026-04-01" },
        watch: [["document_versions", d.versionId]],
      };
    },
  },
  "POST /api/documents/{id}/versions/{number}/publish": {
    allow: ["managerA"],
    rule: "document.write: the keeper publishes an approved version (posting, 6.1(3))",
    async prepare(w) {
      const d = await procedureOfA(w, "approved");
      return {
        url: `/api/documents/${d.id}/versions/1/publish`,
        watch: [["document_versions", d.versionId]],
      };
    },
  },
  "POST /api/documents/{id}/reviews": {
    allow: [],
    witness: "committee",
    rule: "document.review: the kind's review duty (the committee evaluates the policy every 年度, 10.3)",
    async prepare(w) {
      const id = await publishedPolicy(w);
      return {
        url: `/api/documents/${id}/reviews`,
        body: { outcome: "no_change" },
        watch: [["documents", id]],
      };
    },
  },
  "POST /api/documents/{id}/acknowledgements": {
    allow: ["staffA", "managerA"],
    rule: "document.acknowledge: a member of the published document's audience (住民課); others do not see it (404)",
    async prepare(w) {
      const d = await procedureOfA(w, "published");
      return {
        url: `/api/documents/${d.id}/acknowledgements`,
        body: { versionNumber: 1 },
        watch: [["document_acknowledgements"]],
      };
    },
  },
  "POST /api/documents/{id}/acknowledgements/paper": {
    allow: ["managerA"],
    bodyIds: { personId: { hidden: personOfB } },
    rule: "document_unit.record_paper: the profile's paper duty over the person's 課 (their 課長, 6.1(2)①)",
    async prepare(w) {
      const d = await procedureOfA(w, "published");
      return {
        url: `/api/documents/${d.id}/acknowledgements/paper`,
        body: { versionNumber: 1, personId: await person(w), signedOn: "2026-04-01" },
        watch: [["document_acknowledgements"]],
      };
    },
  },
  // ── training (研修・訓練): the CISO organizes (6.2(2)①), the committee approves ─────────────
};
