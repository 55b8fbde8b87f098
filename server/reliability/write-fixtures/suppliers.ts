import type { AuthedClient } from "../../test/session";
import { assetOfB, makeAsset, ok, personOfB, signedInUser, type World } from "../matrix-world";
import { A, type WriteFixture } from "./shared";

const managersOfB = new WeakMap<World, AuthedClient>();
/** The 課長 of department B (not a persona: only the body-id rule needs department B's contracts). */
export async function managerB(w: World) {
  let m = managersOfB.get(w);
  if (!m) {
    m = (await signedInUser(w.t, w.deptB.id, [["security_system_manager", w.deptB.id]], "行列 managerB"))
      .client;
    managersOfB.set(w, m);
  }
  return m;
}

/** A contract of department B: department A's 課長 may not see it. */
async function contractOfB(w: World) {
  const m = await managerB(w);
  const contractor = await ok<{ id: string }>(
    m.post("/api/suppliers/contractors", { name: `委託事業者B${w.seq()}` }),
    "contractor of B",
  );
  const c = await ok<{ id: string }>(
    m.post("/api/suppliers/contracts", {
      contractorId: contractor.id,
      departmentId: w.deptB.id,
      subject: `税務委託${w.seq()}`,
      startsOn: "2026-04-01",
      endsOn: "2027-03-31",
    }),
    "contract of B",
  );
  return c.id;
}

/** A person of department B's contract (its responsible person). */
async function contractPersonOfB(w: World) {
  const id = await contractOfB(w);
  const p = await ok<{ personId: string }>(
    (await managerB(w)).post(`/api/suppliers/contracts/${id}/people`, {
      role: "responsible",
      name: `責任者B${w.seq()}`,
    }),
    "contract person of B",
  );
  return p.personId;
}

const CONTRACTORS_OPEN = {
  open: "contractors are a shared list read by everyone signed in (contractor.read); the contract's own 課 is checked by the route",
};

/** A contractor and a contract of department A (委託・外部サービス), moved on to `state`. */
export async function supplierContract(
  w: World,
  state: "draft" | "checked" | "active" = "draft",
  over: Record<string, unknown> = {},
) {
  const m = w.clients.managerA;
  const contractor = await ok<{ id: string }>(
    m.post("/api/suppliers/contractors", { name: `委託事業者${w.seq()}` }),
    "contractor",
  );
  const c = await ok<{ id: string }>(
    m.post("/api/suppliers/contracts", {
      contractorId: contractor.id,
      departmentId: A(w),
      subject: `窓口業務委託${w.seq()}`,
      startsOn: "2026-04-01",
      endsOn: "2027-03-31",
      ...over,
    }),
    "contract",
  );
  for (const to of state === "draft" ? [] : state === "checked" ? ["checked"] : ["checked", "active"])
    await ok(m.post(`/api/suppliers/contracts/${c.id}/transition`, { state: to }), `contract ${to}`);
  return { id: c.id, contractorId: contractor.id };
}

/** A lent item (受渡票) of an active contract of department A. */
export async function supplierLending(w: World) {
  const { id } = await supplierContract(w, "active");
  const l = await ok<{ id: string }>(
    w.clients.managerA.post(`/api/suppliers/contracts/${id}/lendings`, {
      slipNumber: `受渡-${w.seq()}`,
      description: "申請書の写し",
      lentOn: "2026-04-05",
    }),
    "lending",
  );
  return { id: l.id, contractId: id };
}

/** A level-1 subcontract of a checked contract of department A, filed by staffA. */
export async function supplierSubcontract(w: World, approve: boolean) {
  const { id } = await supplierContract(w, "checked");
  const sub = await ok<{ id: string }>(
    w.clients.managerA.post("/api/suppliers/contractors", { name: `再委託先${w.seq()}` }),
    "subcontractor",
  );
  const level = await ok<{ id: string; requestId: string }>(
    w.clients.staffA.post(`/api/suppliers/contracts/${id}/subcontracts`, {
      contractorId: sub.id,
      work: "帳票印刷",
      measures: "作業後にデータを消去",
    }),
    "subcontract",
  );
  if (approve) await ok(w.clients.managerA.post(`/api/requests/${level.requestId}/approve`, {}), "approve");
  return { contractId: id, id: level.id };
}

/** An incident reported by `by` (its reporter reads it; department B's staff: A's 課長 does not). */
async function reportedIncident(w: World, by: AuthedClient) {
  return (
    await ok<{ id: string }>(
      by.post("/api/incidents", {
        summary: `委託先の誤送付 ${w.seq()}`,
        details: "委託先から報告",
        personalInfo: false,
      }),
      "incident",
    )
  ).id;
}

/**
 * An external service of department A on the 9.2 path (機密性2), filed by its 課長 managerA (9.2(4)①
 * names the 情報セキュリティ・システム管理者 as the applicant), approved when asked.
 */
export async function externalService(w: World, approve: boolean) {
  const s = await ok<{ id: string; request: { id: string } }>(
    w.clients.managerA.post("/api/external-services", {
      departmentId: A(w),
      name: `クラウド${w.seq()}`,
      provider: "クラウド株式会社",
      termsKind: "contract",
      category: "general",
      highestLevel: "2",
      purpose: "申請書の受付",
      managerPersonId: w.members.staffA.personId,
    }),
    "external service",
  );
  if (approve)
    await ok(w.clients.netAdmin.post(`/api/requests/${s.request.id}/approve`, {}), "approve service");
  return s.id;
}

export const SUPPLIERS_FIXTURES: Record<string, WriteFixture> = {
  "POST /api/external-services": {
    allow: ["staffA", "managerA"],
    rule: "external_service.file: a member of the 課 the service is for, or its 課長 (西原村 9.3(2)① 職員等は…申請する)",
    bodyIds: {
      departmentId: {
        open: "the organization chart is read by everyone signed in (department.read); filing for another department is the route's own rule, tested by the matrix",
      },
      managerPersonId: { hidden: personOfB },
    },
    async prepare(w) {
      return {
        url: "/api/external-services",
        body: {
          departmentId: A(w),
          name: `クラウド${w.seq()}`,
          provider: "クラウド株式会社",
          termsKind: "terms",
          category: "general",
          purpose: "広報",
          termsCheckedOn: "2026-04-01",
          managerPersonId: w.members.managerA.personId,
        },
        watch: [["external_services"], ["requests"]],
      };
    },
  },
  "POST /api/external-services/{id}/checks": {
    allow: ["staffA", "managerA"],
    rule: "external_service.keep: its manager (here staffA) or manage_department_security over its 課",
    async prepare(w) {
      const id = await externalService(w, true);
      return {
        url: `/api/external-services/${id}/checks`,
        body: { phase: "build", checkedOn: "2026-05-01", result: "ok" },
        watch: [["external_service_checks"]],
      };
    },
  },
  "POST /api/external-services/{id}/terminate": {
    allow: ["staffA", "managerA"],
    rule: "external_service.keep: its manager (here staffA) or manage_department_security over its 課",
    async prepare(w) {
      const id = await externalService(w, false);
      return {
        url: `/api/external-services/${id}/terminate`,
        body: { terminatedOn: "2026-05-01" },
        watch: [["external_services", id]],
      };
    },
  },
  "POST /api/external-services/{id}/consultation": {
    allow: [],
    witness: "netAdmin",
    rule: "external_service.consult: manage_network (川崎市 情報監理者との協議; 西原村 9.2(2)⑨ ネットワーク管理者の評価)",
    async prepare(w) {
      const id = await externalService(w, false);
      return {
        url: `/api/external-services/${id}/consultation`,
        body: { consultedOn: "2026-04-10", consultationNote: "協議済み" },
        watch: [["external_services", id]],
      };
    },
  },
  "PUT /api/external-services/criteria/{sectionKey}": {
    allow: [],
    witness: "netAdmin",
    rule: "external_service_criteria.write: the profile's writer_duty held organization-wide (西原村 9.2(1) ネットワーク管理者)",
    async prepare(w) {
      // The edit is made on the version in force (a stale one is refused with 409).
      const current = await ok<{ sections: Array<{ key: string; current: { version: number } | null }> }>(
        w.clients.netAdmin.get("/api/external-services/criteria"),
        "criteria",
      );
      const section = current.sections.find((s) => s.key === "provider_selection");
      return {
        url: "/api/external-services/criteria/provider_selection",
        body: {
          criteriaText: `ISMAP 登録を条件とする（${w.seq()}）`,
          baseVersion: section?.current?.version ?? null,
        },
        watch: [["external_service_criteria"]],
      };
    },
  },
  "POST /api/external-services/{id}/reliability": {
    allow: [],
    witness: "netAdmin",
    rule: "external_service.judge_reliability: reads the service and holds the profile's reliability duty organization-wide (西原村 9.2(2)⑨)",
    async prepare(w) {
      const id = await externalService(w, false);
      return {
        url: `/api/external-services/${id}/reliability`,
        body: { judgement: "sufficient", basis: "ISMAP 登録", judgedOn: "2026-04-10" },
        watch: [["external_service_reliability"]],
      };
    },
  },
  "POST /api/suppliers/contracts/{id}/subcontracts": {
    allow: ["staffA", "managerA"],
    rule: "contract.file_subcontract: a member of the contracting 課 (the request is the 課's)",
    bodyIds: {
      contractorId: {
        open: "contractors are a shared catalog every signed-in person reads (contractor.read)",
      },
    },
    refusal: { statuses: [403], why: "people who may read the contract but are not of its 課" },
    async prepare(w) {
      const { id } = await supplierContract(w, "checked");
      const sub = await ok<{ id: string }>(
        w.clients.managerA.post("/api/suppliers/contractors", { name: `再委託先${w.seq()}` }),
        "subcontractor",
      );
      return {
        url: `/api/suppliers/contracts/${id}/subcontracts`,
        body: { contractorId: sub.id, work: "帳票印刷", measures: "作業後にデータを消去" },
        watch: [["supplier_subcontracts"], ["requests"]],
      };
    },
  },
  "POST /api/suppliers/contracts/{id}/subcontracts/{subcontractId}/consent": {
    allow: ["managerA"],
    rule: "contract.write: manage_department_security over the contracting 課",
    async prepare(w) {
      const s = await supplierSubcontract(w, true);
      return {
        url: `/api/suppliers/contracts/${s.contractId}/subcontracts/${s.id}/consent`,
        body: { consentNumber: `許諾第${w.seq()}号`, consentOn: "2026-04-01" },
        watch: [["supplier_subcontracts", s.id]],
      };
    },
  },
  "POST /api/suppliers/contractors": {
    allow: ["managerA"],
    rule: "contractor.write: a keeper of contracts (manage_department_security) or the network manager",
    async prepare(w) {
      return {
        url: "/api/suppliers/contractors",
        body: { name: `株式会社マトリクス${w.seq()}` },
        watch: [["supplier_contractors"]],
      };
    },
  },
  "PATCH /api/suppliers/contractors/{id}": {
    allow: ["managerA"],
    rule: "contractor.correct: a keeper of contracts (manage_department_security) over every 課 whose contract names it, or the organization-wide network manager",
    async prepare(w) {
      const { contractorId } = await supplierContract(w);
      return {
        url: `/api/suppliers/contractors/${contractorId}`,
        body: { contactName: "営業部 担当者" },
        watch: [["supplier_contractors", contractorId]],
      };
    },
  },
  "POST /api/suppliers/contracts": {
    allow: ["managerA"],
    bodyIds: {
      contractorId: CONTRACTORS_OPEN,
      departmentId: {
        open: "the organization chart is read by everyone signed in (department.read); acting in another department is the route's own rule, tested by the matrix",
      },
    },
    rule: "contract.write: manage_department_security over the contracting 課 (西原村 9.1)",
    async prepare(w) {
      const { contractorId } = await supplierContract(w);
      return {
        url: "/api/suppliers/contracts",
        body: {
          contractorId,
          departmentId: A(w),
          subject: "清掃業務委託",
          startsOn: "2026-04-01",
          endsOn: "2027-03-31",
        },
        watch: [["supplier_contracts"]],
      };
    },
  },
  "PATCH /api/suppliers/contracts/{id}": {
    allow: ["managerA"],
    rule: "contract.write: manage_department_security over the contracting 課",
    async prepare(w) {
      const { id } = await supplierContract(w);
      return {
        url: `/api/suppliers/contracts/${id}`,
        body: { subject: "清掃業務委託（変更）" },
        watch: [["supplier_contracts", id]],
      };
    },
  },
  "PUT /api/suppliers/contracts/{id}/clauses": {
    allow: ["managerA"],
    rule: "contract.write: manage_department_security over the contracting 課",
    async prepare(w) {
      const { id } = await supplierContract(w, "draft", { systemWork: true });
      return {
        url: `/api/suppliers/contracts/${id}/clauses`,
        body: { confirmations: [{ clauseKey: "subcontracting", included: true, location: "第12条" }] },
        watch: [["supplier_contract_clauses"]],
      };
    },
  },
  "POST /api/suppliers/contracts/{id}/transition": {
    allow: ["managerA"],
    rule: "contract.write: manage_department_security over the contracting 課",
    async prepare(w) {
      const { id } = await supplierContract(w);
      return {
        url: `/api/suppliers/contracts/${id}/transition`,
        body: { state: "checked" },
        watch: [["supplier_contracts", id]],
      };
    },
  },
  "PUT /api/suppliers/contracts/{id}/security-plan": {
    allow: ["managerA"],
    rule: "contract.write: manage_department_security over the contracting 課",
    async prepare(w) {
      const { id } = await supplierContract(w);
      return {
        url: `/api/suppliers/contracts/${id}/security-plan`,
        body: { receivedOn: "2026-03-20" },
        watch: [["supplier_contracts", id]],
      };
    },
  },
  "PUT /api/suppliers/contracts/{id}/no-copy-confirmation": {
    allow: ["managerA"],
    rule: "contract.write: manage_department_security over the contracting 課",
    async prepare(w) {
      const { id } = await supplierContract(w, "active");
      return {
        url: `/api/suppliers/contracts/${id}/no-copy-confirmation`,
        body: { confirmedOn: "2027-04-05" },
        watch: [["supplier_contracts", id]],
      };
    },
  },
  "POST /api/suppliers/contracts/{id}/people": {
    allow: ["managerA"],
    // A registered worker is chosen by id: one on another 課's contract only is not the caller's
    // to name (it would show that 課's worker on their contract) — answered like an unknown id.
    bodyIds: { personId: { hidden: contractPersonOfB } },
    rule: "contract.write: manage_department_security over the contracting 課",
    async prepare(w) {
      const { id } = await supplierContract(w);
      // A worker already on another contract of 住民課, named again by id.
      const other = await supplierContract(w);
      const worker = await ok<{ personId: string }>(
        w.clients.managerA.post(`/api/suppliers/contracts/${other.id}/people`, {
          role: "worker",
          name: `作業員${w.seq()}`,
        }),
        "worker of A",
      );
      return {
        url: `/api/suppliers/contracts/${id}/people`,
        body: { role: "worker", personId: worker.personId },
        watch: [["supplier_contract_people"], ["people"]],
      };
    },
  },
  "POST /api/suppliers/pledges": {
    allow: ["managerA"],
    bodyIds: { contractId: { hidden: contractOfB }, personId: { hidden: contractPersonOfB } },
    rule: "contract.write: the 課長 records the pledge's receipt (川崎市 第2章9(1)オ)",
    async prepare(w) {
      const { id } = await supplierContract(w);
      const person = await ok<{ personId: string }>(
        w.clients.managerA.post(`/api/suppliers/contracts/${id}/people`, {
          role: "responsible",
          name: `責任者${w.seq()}`,
        }),
        "contract person",
      );
      return {
        url: "/api/suppliers/pledges",
        body: {
          contractId: id,
          personId: person.personId,
          version: "v1",
          signedOn: "2026-03-01",
          receivedOn: "2026-03-02",
        },
        watch: [["supplier_pledges"]],
      };
    },
  },
  "POST /api/suppliers/checks": {
    allow: ["managerA"],
    bodyIds: { contractId: { hidden: contractOfB } },
    rule: "contract.write: the 課長 checks the contractor (西原村 9.1(3))",
    async prepare(w) {
      const { id } = await supplierContract(w, "active");
      return {
        url: "/api/suppliers/checks",
        body: { contractId: id, checkedOn: "2026-09-30", result: "ok", importance: "normal" },
        watch: [["supplier_checks"]],
      };
    },
  },
  "POST /api/suppliers/contracts/{id}/explanations": {
    allow: ["managerA"],
    rule: "contract.write: manage_department_security over the contracting 課; the explainer holds suppliers.explanation.duty there (西原村 6.1(4))",
    // Another 課's member: not a holder of the duty over this 課, refused as an unknown id is.
    bodyIds: { explainedByPersonId: { hidden: async (w) => w.members.staffB.personId } },
    async prepare(w) {
      const { id } = await supplierContract(w, "active");
      return {
        url: `/api/suppliers/contracts/${id}/explanations`,
        body: {
          explainedOn: "2026-03-31",
          explainedByPersonId: w.members.managerA.personId,
          explainedTo: "委託先 業務責任者",
          content: "委託事業者が守るべき事項と機密事項",
        },
        watch: [["supplier_explanations"]],
      };
    },
  },
  "POST /api/suppliers/contracts/{id}/incidents": {
    allow: ["managerA"],
    rule: "contract.write: manage_department_security over the contracting 課; the incident must be one they may read",
    bodyIds: { incidentId: { hidden: (w) => reportedIncident(w, w.clients.staffB) } },
    async prepare(w) {
      const { id } = await supplierContract(w, "active");
      const incidentId = await reportedIncident(w, w.clients.managerA);
      return {
        url: `/api/suppliers/contracts/${id}/incidents`,
        body: { incidentId, involvement: "委託先の作業で帳票を誤送付" },
        watch: [["supplier_contract_incidents"]],
      };
    },
  },
  "POST /api/suppliers/contracts/{id}/lendings": {
    allow: ["managerA"],
    bodyIds: { assetId: { hidden: assetOfB } },
    rule: "contract.write: manage_department_security over the contracting 課",
    async prepare(w) {
      const { id } = await supplierContract(w, "active");
      const assetId = await makeAsset(w, { name: `貸与資料 ${w.seq()}` });
      return {
        url: `/api/suppliers/contracts/${id}/lendings`,
        body: { slipNumber: `受渡-${w.seq()}`, description: "申請書の写し", assetId, lentOn: "2026-04-05" },
        watch: [["supplier_lendings"], ["jobs"]],
      };
    },
  },
  "POST /api/suppliers/contracts/{id}/lendings/{lendingId}/return": {
    allow: ["managerA"],
    rule: "contract.write: manage_department_security over the contracting 課",
    async prepare(w) {
      const l = await supplierLending(w);
      return {
        url: `/api/suppliers/contracts/${l.contractId}/lendings/${l.id}/return`,
        body: { returnedOn: "2026-05-01" },
        watch: [["supplier_lendings", l.id]],
      };
    },
  },
  "POST /api/suppliers/contracts/{id}/lendings/{lendingId}/disposal": {
    allow: ["managerA"],
    rule: "contract.write: manage_department_security over the contracting 課",
    async prepare(w) {
      const l = await supplierLending(w);
      return {
        url: `/api/suppliers/contracts/${l.contractId}/lendings/${l.id}/disposal`,
        form: () => {
          const f = new FormData();
          f.set("certificateNumber", "証明-1");
          f.set("certifiedOn", "2026-05-01");
          f.set("file", new File([Buffer.from("%PDF-1.4\n%%EOF\n")], "cert.pdf"));
          return f;
        },
        watch: [["supplier_lendings", l.id]],
      };
    },
  },
};
