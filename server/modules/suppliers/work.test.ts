import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayJst } from "../../../common/calendar";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment } from "../../test/factories";
import { expectDeclaredShape } from "../../test/response-schema";
import { type Body, checkedContract, json, kawasakiContracts, move, type U, user } from "./test-fixtures";

/** A GET whose answer must parse against the route's declared response schema (the screens' types). */
const shaped = async (t: TestApp, u: U, url: string, path: string) =>
  (await expectDeclaredShape(t, await u.client.get(url), { method: "GET", path })) as Body;

const PDF = new Uint8Array(Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"));
function certificate(bytes: Uint8Array, name: string) {
  const form = new FormData();
  form.set("certificateNumber", "消去証明 第2027-015号");
  form.set("certifiedOn", "2027-04-10");
  form.set("file", new File([bytes as BlobPart], name));
  return form;
}

describe("川崎市 第2章9(1)オ・9(2): pledges, lending and the end of the contract", () => {
  let t: TestApp;
  let manager: U, other: U;
  let dept: string;

  beforeAll(async () => {
    t = await createTestApp({ profileId: "kawasaki" });
    ({ dept, manager, other } = await kawasakiContracts(t, "区民課", "保険年金課"));
  });
  afterAll(async () => t.close());

  it("区分Ⅰ: people are added as no-login contractor workers; each needs a pledge before the contract starts", async () => {
    const id = await checkedContract(manager, dept, { informationLevels: ["I"] });
    const lead = await json(
      await manager.client.post(`/api/suppliers/contracts/${id}/people`, {
        role: "responsible",
        name: "委託 太郎",
      }),
    );
    const worker = await json(
      await manager.client.post(`/api/suppliers/contracts/${id}/people`, {
        role: "worker",
        name: "作業 花子",
      }),
    );
    const created = await t.database.db.execute(
      sql`select employment_type, department_id from people where id = ${worker.data.personId}::uuid`,
    );
    expect((created as unknown as { rows: unknown[] }).rows[0]).toEqual({
      employment_type: "contractor_worker",
      department_id: null,
    });
    const noLogin = await t.database.db.execute(
      sql`select count(*)::int as n from users where person_id = ${worker.data.personId}::uuid`,
    );
    expect((noLogin as unknown as { rows: Array<{ n: number }> }).rows[0].n).toBe(0);

    const pledge = (personId: string, version = "令和8年版") =>
      manager.client.post("/api/suppliers/pledges", {
        contractId: id,
        personId,
        version,
        signedOn: "2026-03-28",
        receivedOn: "2026-03-30",
      });
    expect((await pledge(lead.data.personId)).status).toBe(201);
    const blocked = await json(await move(manager, id, "active"));
    expect(blocked.error.fields.missing_pledges.message_ja).toContain("作業 花子");
    expect(blocked.error.fields.missing_pledges.message_ja).not.toContain("委託 太郎");
    // A pledge for someone not on the contract (here: the manager) is a clear error on personId.
    const stranger = await pledge(manager.personId);
    expect(stranger.status).toBe(400);
    expect((await json(stranger)).error.fields.personId.message_ja).toContain("登録されていません");
    expect((await pledge(lead.data.personId)).status).toBe(409);
    // Another 課's manager may not record pledges here (404: they may not even see the contract).
    expect(
      (
        await other.client.post("/api/suppliers/pledges", {
          contractId: id,
          personId: worker.data.personId,
          version: "令和8年版",
          signedOn: "2026-03-28",
          receivedOn: "2026-03-30",
        })
      ).status,
    ).toBe(404);
    expect((await pledge(worker.data.personId)).status).toBe(201);
    expect((await move(manager, id, "active")).status).toBe(200);
    const listed = await json(await manager.client.get(`/api/suppliers/pledges?contractId=${id}`));
    expect(listed.data.map((p: { personName: string }) => p.personName).sort()).toEqual([
      "作業 花子",
      "委託 太郎",
    ]);
  });

  it("9(2)オ・カ: lent items must come back or be certified as disposed of (PDF/image only) before closing", async () => {
    const id = await checkedContract(manager, dept, { informationLevels: ["II"] });
    expect((await move(manager, id, "active")).status).toBe(200);
    const lent = async (slipNumber: string) =>
      json(
        await manager.client.post(`/api/suppliers/contracts/${id}/lendings`, {
          slipNumber,
          description: "住民異動届の写し（紙）",
          lentOn: "2026-04-05",
        }),
      );
    const a = await lent("受渡-001");
    const b = await lent("受渡-002");
    expect((await lent("受渡-001")).error.code).toBe("duplicate_slip");
    // The handover register gets its entry through the registers module's job.
    const jobs = await t.database.db.execute(
      sql`select payload->>'register' as register from jobs where kind = 'registers.append' and unique_key like ${`%${a.data.id}%`}`,
    );
    expect((jobs as unknown as { rows: Array<{ register: string }> }).rows).toEqual([
      { register: "data_handover_log" },
    ]);

    expect((await move(manager, id, "ending")).status).toBe(200);
    await manager.client.put(`/api/suppliers/contracts/${id}/no-copy-confirmation`, {
      confirmedOn: "2027-04-01",
    });
    const open = await json(await move(manager, id, "closed"));
    expect(open.error.fields.open_lendings.message_ja).toContain("受渡-001");
    expect(open.error.fields.open_lendings.message_ja).toContain("基準 第2章9.(2)カ");

    expect(
      (
        await manager.client.post(`/api/suppliers/contracts/${id}/lendings/${a.data.id}/return`, {
          returnedOn: "2027-03-31",
        })
      ).status,
    ).toBe(200);
    // A certificate that is not a PDF or an image (here: a text file named .pdf) is refused.
    const wrong = await manager.client.post(
      `/api/suppliers/contracts/${id}/lendings/${b.data.id}/disposal`,
      certificate(new Uint8Array(Buffer.from("not a pdf")), "certificate.pdf"),
    );
    expect(wrong.status).toBe(400);
    expect((await json(wrong)).error.fields.file.message_ja).toContain("PDF・PNG・JPEG");
    const still = await json(await move(manager, id, "closed"));
    expect(still.error.fields.open_lendings.message_ja).toContain("受渡-002");
    expect(still.error.fields.open_lendings.message_ja).not.toContain("受渡-001");
    const ok = await manager.client.post(
      `/api/suppliers/contracts/${id}/lendings/${b.data.id}/disposal`,
      certificate(PDF, "消去証明書.pdf"),
    );
    expect(ok.status).toBe(200);
    const file = await manager.client.get(`/api/suppliers/contracts/${id}/lendings/${b.data.id}/certificate`);
    expect(file.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    // The contract as its screens read it — people, pledges, lendings returned and certified —
    // and the lists, parse against the schemas the screens are typed from.
    const detail = await shaped(
      t,
      manager,
      `/api/suppliers/contracts/${id}`,
      "/api/suppliers/contracts/{id}",
    );
    expect(detail.data.lendings.map((l: { state: string }) => l.state).sort()).toEqual([
      "disposed",
      "returned",
    ]);
    const list = await shaped(t, manager, "/api/suppliers/contracts?view=mine", "/api/suppliers/contracts");
    expect(list.data.some((c: { id: string }) => c.id === id)).toBe(true);
    const contractors = await shaped(t, manager, "/api/suppliers/contractors", "/api/suppliers/contractors");
    const k = detail.data.contractor.id as string;
    expect(contractors.data.some((c: { id: string }) => c.id === k)).toBe(true);
    await shaped(t, manager, `/api/suppliers/contractors/${k}`, "/api/suppliers/contractors/{id}");
    expect((await move(manager, id, "closed")).status).toBe(200);

    // A check of a closed contract is a clear error.
    const late = await manager.client.post("/api/suppliers/checks", {
      contractId: id,
      checkedOn: "2027-04-20",
      result: "ok",
      importance: "normal",
    });
    expect(late.status).toBe(409);
    expect((await json(late)).error.message_ja).toContain("終了した契約");
  });
});

describe("#17 item 4: an incident the contractor was involved in is named on the contract", () => {
  let t: TestApp;
  let manager: U, other: U, csirt: U;
  let dept: string;

  beforeAll(async () => {
    t = await createTestApp({ profileId: "kawasaki" });
    ({ dept, manager, other } = await kawasakiContracts(t, "市民税課", "道路管理課"));
    // The CSIRT reads every case but holds no duty over contracts (川崎市 第2章2(2)).
    csirt = await user(t, [["security_council", null]], null);
  });
  afterAll(async () => t.close());

  it("the incident screen lists the contracts that recorded it as the viewer may open them: named to the 課長, counted for the CSIRT", async () => {
    const id = await checkedContract(manager, dept, {
      informationLevels: ["II"],
      subject: "口座振替依頼書のパンチ入力業務",
    });
    const contractorName = (await json(await manager.client.get(`/api/suppliers/contracts/${id}`))).data
      .contractor.name as string;
    const res = await manager.client.post("/api/incidents", {
      summary: "委託先でのパンチ原票の紛失",
      details: "詳細",
      personalInfo: true,
    });
    const incident = (await res.json()) as { id?: string; data?: { id: string } };
    const incidentId = (incident.data?.id ?? incident.id) as string;
    const involvement = "委託先の作業場で原票一式を紛失した";
    expect(
      (await manager.client.post(`/api/suppliers/contracts/${id}/incidents`, { incidentId, involvement }))
        .status,
    ).toBe(201);

    // The 課長 keeps the contract: its subject, contractor, 課 and the involvement, with a link.
    const mine = (await (await manager.client.get(`/api/incidents/${incidentId}`)).json()) as {
      contracts: unknown;
    };
    expect(mine.contracts).toEqual({
      contracts: [
        {
          contractId: id,
          subject: "口座振替依頼書のパンチ入力業務",
          contractorName,
          departmentName: "市民税課",
          state: "checked",
          involvement,
          recordedAt: expect.any(String),
        },
      ],
      hiddenCount: 0,
    });

    // The CSIRT opens the case but may not open the contract (GET of it is 404): a count, and
    // nothing of the contract anywhere in the answer.
    expect((await csirt.client.get(`/api/suppliers/contracts/${id}`)).status).toBe(404);
    const raw = await csirt.client.get(`/api/incidents/${incidentId}`);
    expect(raw.status).toBe(200);
    const text = await raw.text();
    expect((JSON.parse(text) as { contracts: unknown }).contracts).toEqual({ contracts: [], hiddenCount: 1 });
    for (const secret of ["口座振替依頼書", contractorName, involvement, id])
      expect(text).not.toContain(secret);
  });

  it("the 課長 names an incident they may read, with how the contractor was involved; the contract lists it", async () => {
    const id = await checkedContract(manager, dept, { informationLevels: ["II"] });
    const report = async (u: U, summary: string) => {
      const res = await u.client.post("/api/incidents", { summary, details: "詳細", personalInfo: true });
      const body = (await res.json()) as { id?: string; data?: { id: string } };
      expect(res.status, JSON.stringify(body)).toBe(201);
      return { id: (body.data?.id ?? body.id) as string };
    };
    const leak = await report(manager, "委託先での納税通知書の誤送付");
    const elsewhere = await report(other, "道路台帳の紛失");
    const name = (u: U, incidentId: string, involvement = "委託先の封入作業で宛名を取り違えた") =>
      u.client.post(`/api/suppliers/contracts/${id}/incidents`, { incidentId, involvement });

    const named = await name(manager, leak.id);
    expect(named.status).toBe(201);
    // Once per incident; an incident the 課長 may not read is as good as unknown; another 課's
    // 課長 does not see the contract at all; no involvement, no record.
    expect((await name(manager, leak.id)).status).toBe(409);
    const hidden = await name(manager, elsewhere.id);
    expect(hidden.status).toBe(400);
    expect((await json(hidden)).error.fields.incidentId.message_ja).toContain("インシデント");
    expect((await name(other, elsewhere.id)).status).toBe(404);
    const empty = await name(manager, leak.id, "");
    expect(empty.status).toBe(400);
    expect((await json(empty)).error.fields.involvement).toBeTruthy();

    const d = (await shaped(t, manager, `/api/suppliers/contracts/${id}`, "/api/suppliers/contracts/{id}"))
      .data;
    expect(d.incidents).toHaveLength(1);
    expect(d.incidents[0]).toMatchObject({
      involvement: "委託先の封入作業で宛名を取り違えた",
      incident: { id: leak.id, hidden: false, summary: "委託先での納税通知書の誤送付" },
      recordedByName: expect.any(String),
    });
    const events = (await t.database.db.execute(
      sql`select data from audit_events where type = 'supplier.incident_named' and target_id = ${id}`,
    )) as unknown as { rows: Array<{ data: { incidentId: string } }> };
    expect(events.rows.map((e) => e.data.incidentId)).toEqual([leak.id]);
  });
});

describe("西原村 9.1(3): checks reported to the ネットワーク管理者, and to the CISO by importance", () => {
  let t: TestApp;
  let head: U, net: U, ciso: U;
  let dept: string;

  beforeAll(async () => {
    t = await createTestApp({ profileId: "nishihara" });
    dept = (await makeDepartment(t.database.db, { name: "企画課" })).id;
    head = await user(t, [["security_system_manager", dept]], dept);
    net = await user(t, [["network_administrator", null]], null);
    ciso = await user(t, [["ciso", null]], null);
  });
  afterAll(async () => t.close());

  const notices = async (personId: string) => {
    const r = await t.database.db.execute(
      sql`select kind from notifications where person_id = ${personId}::uuid and module = 'suppliers'`,
    );
    return (r as unknown as { rows: unknown[] }).rows.length;
  };

  it("normal: the network manager is told; high: the CISO as well; checks due are listed", async () => {
    const id = await checkedContract(head, dept, { systemWork: true });
    expect((await move(head, id, "active")).status).toBe(200);
    const due = await json(await head.client.get("/api/suppliers/contracts?view=checks_due"));
    // Started 2026-04-01 with a 6-month cycle: due 2026-10-01, listed once the (test) clock reaches it.
    const listed = due.data.some((c: { id: string }) => c.id === id);
    const detail = (await json(await head.client.get(`/api/suppliers/contracts/${id}`))).data;
    expect(detail.nextCheckOn).toBe("2026-10-01");
    expect(listed).toBe(detail.nextCheckOn <= todayJst(t.clock.now));

    const normal = await head.client.post("/api/suppliers/checks", {
      contractId: id,
      checkedOn: "2026-09-30",
      result: "ok",
      importance: "normal",
    });
    expect(normal.status).toBe(201);
    expect((await json(normal)).data.reportedTo).toEqual(["manage_network"]);
    expect(await notices(net.personId)).toBe(1);
    expect(await notices(ciso.personId)).toBe(0);
    const high = await json(
      await head.client.post("/api/suppliers/checks", {
        contractId: id,
        checkedOn: "2026-10-15",
        result: "issues",
        importance: "high",
        findings: "作業場所の入退室記録が不備",
        measures: "契約第10条に基づき改善を指示",
      }),
    );
    expect(high.data.reportedTo).toEqual(["manage_network", "chief_information_security_officer"]);
    expect(await notices(ciso.personId)).toBe(1);
    const after = (await shaped(t, head, `/api/suppliers/contracts/${id}`, "/api/suppliers/contracts/{id}"))
      .data;
    expect(after.nextCheckOn).toBe("2027-04-15");
    const checks = await json(await net.client.get(`/api/suppliers/checks?contractId=${id}`));
    expect(checks.data.map((c: { checkedOn: string }) => c.checkedOn)).toEqual(["2026-10-15", "2026-09-30"]);
    // The reports: the CISO gets the important one only, the network manager both, by importance.
    const route = { method: "GET", path: "/api/suppliers/checks" };
    const toCiso = (await expectDeclaredShape(
      t,
      await ciso.client.get("/api/suppliers/checks?view=reported_to_me"),
      route,
    )) as Body & { clauseLabel: string };
    expect(toCiso.data.map((c: { checkedOn: string }) => c.checkedOn)).toEqual(["2026-10-15"]);
    expect(toCiso.data[0]).toMatchObject({ importance: "high", result: "issues", departmentName: "企画課" });
    expect(toCiso.data[0].reportedToLabels.map((l: { ja: string }) => l.ja)).toContain(
      "最高情報セキュリティ責任者（CISO）",
    );
    expect(toCiso.clauseLabel).toContain("9.1");
    const toNet = await json(await net.client.get("/api/suppliers/checks?view=reported_to_me"));
    expect(toNet.data).toHaveLength(2);
    const normalOnly = await json(
      await net.client.get("/api/suppliers/checks?view=reported_to_me&importance=normal"),
    );
    expect(normalOnly.data.map((c: { checkedOn: string }) => c.checkedOn)).toEqual(["2026-09-30"]);
    // Someone the chain does not name is reported nothing.
    expect((await json(await head.client.get("/api/suppliers/checks?view=reported_to_me"))).data).toEqual([]);
    expect((await head.client.get("/api/suppliers/checks?importance=urgent")).status).toBe(400);
    // A draft contract cannot be checked yet.
    const draftK = (await json(await head.client.post("/api/suppliers/contractors", { name: "下書き" }))).data
      .id;
    const draft = (
      await json(
        await head.client.post("/api/suppliers/contracts", {
          contractorId: draftK,
          departmentId: dept,
          subject: "下書き",
          startsOn: "2026-04-01",
          endsOn: "2026-05-01",
        }),
      )
    ).data.id;
    expect(
      (
        await head.client.post("/api/suppliers/checks", {
          contractId: draft,
          checkedOn: "2026-04-10",
          result: "ok",
          importance: "normal",
        })
      ).status,
    ).toBe(409);
  });
});
