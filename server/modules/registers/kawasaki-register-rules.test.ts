// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../audit/tables";
import type { TestApp } from "../../test/app";
import { makeDepartment } from "../../test/factories";
import { drainJobs } from "../../test/jobs";
import { signedInUser } from "../../test/session";
import { makeAsset } from "../requests/test-support";
import { registerEntries } from "./tables";
import { at, json, kawasakiRegisters, type U } from "./test-fixtures";

// What 川崎市's 基準 asks a register's entry to record, through the routes: the profile's
// `registers.required_fields` (第4章4(3), 第7章3(5)イ(イ)) and `registers.handover_confirmation` (第8章5).
let t: TestApp;
let a1: U, a2: U, manager: U, b1: U, c1: U;
let deptA: string, deptB: string;

beforeAll(async () => {
  ({ t, deptA, deptB, a1, a2, b1 } = await kawasakiRegisters());
  const deptC = (await makeDepartment(t.database.db, { name: "税務課" })).id;
  manager = await signedInUser(t, deptA, [["information_manager", deptA]]);
  c1 = await signedInUser(t, deptC);
}, 120_000);
afterAll(async () => t?.close());

const disposal = (data: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  a1.client.post("/api/registers/disposal_log", {
    entryType: "record",
    occurredAt: at("13:00"),
    personId: a1.personId,
    data: { assetLabel: "USBメモリ 窓口用", method: "物理的破壊", ...data },
    ...extra,
  });

describe("川崎市 基準 第4章4(3) 可搬媒体の廃棄: 数量と残骸の写真を記録した廃棄記録", () => {
  it("the disposal log of a medium that holds or held 区分Ⅰ/Ⅱ information is refused without 数量 and 残骸の写真, citing the clause; with them it is kept", async () => {
    const meta = (await json(await a1.client.get("/api/registers"))).data.find(
      (r: any) => r.key === "disposal_log",
    );
    const rule = meta.requiredFields.find((r: any) => r.clause === "kawasaki:基準/第4章/4/(3)");
    expect(rule).toMatchObject({ fields: ["quantity", "photoRef"], question: { key: "confidentialMedium" } });

    const answered = await disposal({ confidentialMedium: true });
    expect(answered.status).toBe(400);
    const fields = (await json(answered)).error.fields;
    expect(Object.keys(fields).sort()).toEqual(["data.photoRef", "data.quantity"]);
    expect(fields["data.quantity"].message_ja).toContain("kawasaki:基準/第4章/4/(3)");
    expect(fields["data.photoRef"].message_ja).toContain("残骸の写真");
    expect(fields["data.photoRef"].message_en).toContain("photo of the remains");

    // Naming a 区分Ⅱ medium applies the rule without the answer; a 区分Ⅲ one does not.
    const usb2 = await makeAsset(t.database.db, {
      departmentId: deptA,
      kind: "medium",
      confidentiality: "II",
    });
    const named = await disposal({}, { assetId: usb2.id });
    expect(named.status).toBe(400);
    expect(Object.keys((await json(named)).error.fields)).toContain("data.photoRef");
    const usb3 = await makeAsset(t.database.db, {
      departmentId: deptA,
      kind: "medium",
      confidentiality: "III",
    });
    expect((await disposal({}, { assetId: usb3.id })).status).toBe(201);

    const kept = await disposal(
      { confidentialMedium: true, quantity: "3本", photoRef: "共有フォルダ/廃棄/2026-04-01.jpg" },
      { assetId: usb2.id },
    );
    expect(kept.status).toBe(201);
    expect((await json(kept)).data.data).toMatchObject({ quantity: "3本", confidentialMedium: true });
  });

  it("a disposal request of a 区分Ⅱ medium completes only with 数量 and 残骸の写真, and its disposal log records them", async () => {
    const usb = await makeAsset(t.database.db, {
      departmentId: deptA,
      kind: "medium",
      confidentiality: "II",
      name: "USBメモリ 住民票交付用",
    });
    const created = await json(
      await a1.client.post("/api/requests", {
        kind: "disposal",
        assetIds: [usb.id],
        fields: { reason: "破損のため", method: "physical_destruction", plannedOn: "2026-04-01" },
      }),
    );
    const id = created.data.id;
    expect((await a1.client.post(`/api/requests/${id}/submit`, {})).status).toBe(200);
    expect((await manager.client.post(`/api/requests/${id}/approve`, {})).status).toBe(200);
    // Before anything is sent, the request tells the completion form that its 区分Ⅱ medium makes
    // 数量 and 残骸の写真 required (the form marks them), and that a contractor's disposal would ask
    // the certificate.
    const rules = (await json(await a1.client.get(`/api/requests/${id}`))).data.completionRules;
    expect(rules).toEqual([
      expect.objectContaining({
        key: "media_destruction",
        fields: ["quantity", "photoRef"],
        byAssets: true,
        clause: "kawasaki:基準/第4章/4/(3)",
      }),
      expect.objectContaining({
        key: "contractor_certificate",
        fields: ["certificateNumber"],
        byAssets: false,
        methods: ["contractor"],
      }),
    ]);
    const base = { method: "physical_destruction", disposedOn: "2026-04-01", personId: a1.personId };
    const missing = await a1.client.post(`/api/requests/${id}/complete`, {
      ...base,
      certificateNumber: "C-1",
    });
    expect(missing.status).toBe(400);
    const fields = (await json(missing)).error.fields;
    expect(Object.keys(fields)).toEqual(expect.arrayContaining(["quantity", "photoRef"]));
    expect(fields.quantity.message_ja).toContain("kawasaki:基準/第4章/4/(3)");
    expect((await json(await a1.client.get(`/api/requests/${id}`))).data.status).toBe("approved");

    const done = await a1.client.post(`/api/requests/${id}/complete`, {
      ...base,
      quantity: "1本",
      photoRef: "廃棄写真 2026-04-01 No.7",
    });
    expect(done.status).toBe(200);
    await drainJobs(t);
    const [entry] = await t.database.db
      .select()
      .from(registerEntries)
      .where(and(eq(registerEntries.register, "disposal_log"), eq(registerEntries.sourceRequestId, id)));
    expect(entry.data).toMatchObject({ quantity: "1本", photoRef: "廃棄写真 2026-04-01 No.7" });
  });
});

describe("川崎市 基準 第7章3(5)イ(イ) 事業者による機器の廃棄: 処理内容を記録した証明書", () => {
  it("a disposal done by a contractor is refused without the certificate number, citing the clause — in the register and on completing a disposal request", async () => {
    const noCert = await disposal({
      assetLabel: "旧サーバ HDD",
      method: "委託業者による破砕",
      byContractor: true,
    });
    expect(noCert.status).toBe(400);
    const f = (await json(noCert)).error.fields["data.certificateNumber"];
    expect(f.message_ja).toContain("kawasaki:基準/第7章/3/(5)/イ/(イ)");
    expect(f.message_en).toContain("certificate");
    const ok = await disposal({
      assetLabel: "旧サーバ HDD",
      method: "委託業者による破砕",
      byContractor: true,
      certificateNumber: "破砕証明 第2026-041号",
    });
    expect(ok.status).toBe(201);

    const pc = await makeAsset(t.database.db, { departmentId: deptA, kind: "device", confidentiality: "II" });
    const created = await json(
      await a1.client.post("/api/requests", {
        kind: "disposal",
        assetIds: [pc.id],
        fields: { reason: "リース満了", method: "contractor", plannedOn: "2026-04-01" },
      }),
    );
    const id = created.data.id;
    await a1.client.post(`/api/requests/${id}/submit`, {});
    await manager.client.post(`/api/requests/${id}/approve`, {});
    // A 区分Ⅱ device, not a medium: 第4章4(3) does not apply, and the certificate waits on the method.
    const rules = (await json(await a1.client.get(`/api/requests/${id}`))).data.completionRules;
    expect(rules.map((r: any) => [r.key, r.byAssets, r.methods])).toEqual([
      ["contractor_certificate", false, ["contractor"]],
    ]);
    // A photo is evidence for 第4章1(9) in general, but a contractor's disposal needs its certificate.
    const photoOnly = await a1.client.post(`/api/requests/${id}/complete`, {
      method: "contractor",
      disposedOn: "2026-04-01",
      personId: a1.personId,
      photoRef: "搬出時の写真",
    });
    expect(photoOnly.status).toBe(400);
    expect((await json(photoOnly)).error.fields.certificateNumber.message_ja).toContain(
      "kawasaki:基準/第7章/3/(5)/イ/(イ)",
    );
    const done = await a1.client.post(`/api/requests/${id}/complete`, {
      method: "contractor",
      disposedOn: "2026-04-01",
      personId: a1.personId,
      certificateNumber: "消去証明 第88号",
    });
    expect(done.status).toBe(200);
  });
});

describe("川崎市 基準 第8章5 データ等の受渡し: 相互で確認", () => {
  const handover = (data: Record<string, unknown>) =>
    a1.client.post("/api/registers/data_handover_log", {
      entryType: "record",
      occurredAt: at("10:00"),
      personId: a1.personId,
      data: { direction: "internal", toParty: "市民課", dataName: "転入者一覧", quantity: "1件", ...data },
    });
  const confirm = (u: U, id: string, data: Record<string, unknown> = {}) =>
    u.client.post("/api/registers/data_handover_log", {
      entryType: "confirm",
      occurredAt: at("11:00"),
      closesId: id,
      data,
    });
  const row = async (u: U, id: string) =>
    (await json(await u.client.get("/api/registers/data_handover_log"))).data.find((r: any) => r.id === id);

  it("a handover to another 課 is confirmed by the receiving 課 (not the sender's, not a third 課), audited; the register shows 未確認 until then", async () => {
    const meta = (await json(await a1.client.get("/api/registers"))).data.find(
      (r: any) => r.key === "data_handover_log",
    );
    expect(meta).toMatchObject({ confirmedByReceiver: true, clause: "kawasaki:基準/第8章/5" });
    const rec = (await json(await handover({ toDepartmentId: deptB }))).data;
    // The receiving 課 sees it, unconfirmed (open).
    expect((await row(b1, rec.id)).closedBy).toBeNull();
    const open = (await json(await b1.client.get("/api/registers/data_handover_log?state=open"))).data;
    expect(open.map((r: any) => r.id)).toContain(rec.id);
    // The sender's own 課 does not confirm its own handover; a third 課 cannot even name it.
    expect((await confirm(a2, rec.id)).status).toBe(403);
    expect((await confirm(c1, rec.id)).status).toBe(404);
    const ok = await confirm(b1, rec.id);
    expect(ok.status).toBe(201);
    const closing = (await json(ok)).data;
    expect((await row(a1, rec.id)).closedBy).toMatchObject({ id: closing.id });
    expect((await confirm(b1, rec.id)).status).toBe(409);
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.targetId, closing.id));
    expect(event).toMatchObject({ type: "register.appended" });
    expect((event.data as any).closesId).toBe(rec.id);
  });

  it("a handover with an outside party is confirmed by the recording 課, saying how the other side confirmed (受領書等)", async () => {
    const rec = (await json(await handover({ direction: "out", toParty: "株式会社 川崎データ" }))).data;
    const bare = await confirm(a2, rec.id);
    expect(bare.status).toBe(400);
    expect(Object.keys((await json(bare)).error.fields)).toEqual(["data.note"]);
    expect((await confirm(a2, rec.id, { note: "受領書 第12号を受領" })).status).toBe(201);
  });

  it("an unknown receiving 課 is refused with its field", async () => {
    const res = await handover({ toDepartmentId: "00000000-0000-4000-8000-000000000099" });
    expect(res.status).toBe(400);
    expect(Object.keys((await json(res)).error.fields)).toEqual(["data.toDepartmentId"]);
  });
});
