/**
 * 西原村's request kinds re-read against their clauses (#13 item 4): kinds whose applicant the text
 * names are filed only by them (filed_by), and a bring-in asks permission only where ⑥ does.
 *
 * 西原村 対策基準 7.2(1)③(イ): 「ネットワーク管理者及び情報セキュリティ・システム管理者の特権を代行する者は、
 * ネットワーク管理者及び情報セキュリティ・システム管理者が指名し、CISO が認めた者でなければならない。」
 * The request is the naming, so only a holder of the privilege (the ネットワーク管理者 or a 課長) files it,
 * and the CISO alone approves (before: anyone filed it, and the ネットワーク管理者 approved first even
 * for a 課長's privilege).
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../audit/tables";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makeUser } from "../../test/factories";
import { type AuthedClient, signedInUser } from "../../test/session";
import { carryOutLog } from "./tables";
import { makeAsset } from "./test-support";

let t: TestApp;
let dept: string;
let staff: AuthedClient;
let head: AuthedClient;
let network: AuthedClient;
let ciso: AuthedClient;
let deputyId: string;
/** The system whose privilege is delegated: the request names it by id (#12). */
let systemAssetId: string;

async function login(roles: Array<[string, string | null]>): Promise<AuthedClient> {
  return (await signedInUser(t, dept, roles)).client;
}

const fieldsFor = () => ({
  deputyPersonId: deputyId,
  system: "住民情報システム",
  reason: "課長の出張中の障害対応のため",
  startsAt: "2026-04-01",
  endsAt: "2026-04-30",
});

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  dept = (await makeDepartment(t.database.db, { name: "住民課" })).id;
  staff = await login([]);
  head = await login([["security_system_manager", dept]]);
  network = await login([["network_administrator", null]]);
  ciso = await login([["ciso", null]]);
  deputyId = (await makeUser(t.database.db, { departmentId: dept, roles: [] })).person.id;
  systemAssetId = (
    await makeAsset(t.database.db, { departmentId: dept, kind: "system", name: "住民情報システム" })
  ).id;
}, 180_000);
afterAll(() => t?.close());

describe("西原村 対策基準 7.2(1)③(イ) 特権の代行者: the holder names, the CISO approves", () => {
  it("a staff member who holds no privilege may not name a deputy: 403 naming who may and the clause", async () => {
    const kinds = await staff.get("/api/requests/kinds");
    const kind = (await kinds.json()).data.find((k: { key: string }) => k.key === "privileged_deputy");
    expect(kind.canFile).toBe(false);
    expect(kind.filedBy.clause).toBe("nishihara:対策基準/7.2/(1)/③/(イ)");
    const res = await staff.post("/api/requests", {
      kind: "privileged_deputy",
      assetIds: [systemAssetId],
      fields: fieldsFor(),
    });
    expect(res.status).toBe(403);
    const { error } = await res.json();
    expect(error.code).toBe("not_an_applicant");
    expect(error.message_ja).toContain("ネットワーク管理者");
    expect(error.message_ja).toContain("情報セキュリティ・システム管理者");
    expect(error.message_ja).toContain("7.2/(1)/③/(イ)");
  });

  it("the request names the system whose privilege is delegated, by id (the text alone could name any)", async () => {
    const res = await head.post("/api/requests", {
      kind: "privileged_deputy",
      assetIds: [],
      fields: fieldsFor(),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields.assetIds).toBeDefined();
  });

  it("a 課長 names the deputy of their privilege; only the CISO approves — not the ネットワーク管理者", async () => {
    const kinds = await head.get("/api/requests/kinds");
    expect(
      (await kinds.json()).data.find((k: { key: string }) => k.key === "privileged_deputy").canFile,
    ).toBe(true);
    const created = await head.post("/api/requests", {
      kind: "privileged_deputy",
      assetIds: [systemAssetId],
      fields: fieldsFor(),
    });
    expect(created.status).toBe(201);
    const { data } = await created.json();
    expect(data.approvalRequired).toBe(true);
    expect((await head.post(`/api/requests/${data.id}/submit`, {})).status).toBe(200);
    expect((await network.post(`/api/requests/${data.id}/approve`, {})).status).toBe(403);
    const approved = await ciso.post(`/api/requests/${data.id}/approve`, {});
    expect(approved.status).toBe(200);
    expect((await approved.json()).data.status).toBe("approved");
  });

  it("7.2(1)③(ウ): on the CISO's approval the ネットワーク管理者 and the 課長 are told at once, audited with the clause", async () => {
    const created = await head.post("/api/requests", {
      kind: "privileged_deputy",
      assetIds: [systemAssetId],
      fields: fieldsFor(),
    });
    const { data } = await created.json();
    await head.post(`/api/requests/${data.id}/submit`, {});
    expect((await ciso.post(`/api/requests/${data.id}/approve`, {})).status).toBe(200);
    const told = await network.get("/api/requests/notifications");
    const notices = (await told.json()).data.filter(
      (n: { requestId: string; kind: string }) => n.requestId === data.id && n.kind === "approval_notice",
    );
    expect(notices).toHaveLength(1);
    expect(notices[0].messageJa).toContain("7.2/(1)/③/(ウ)");
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, data.id), eq(auditEvents.type, "request.approval_notified")));
    expect((event.data as { clause: string }).clause).toBe("nishihara:対策基準/7.2/(1)/③/(ウ)");
    // The 課長 who named the deputy is the requester (told of the approval as such); the network
    // administrator is told under (ウ).
    expect((event.data as { to: string[] }).to).toHaveLength(1);
  });

  it("the ネットワーク管理者 names the deputy of theirs, approved by the CISO in one step", async () => {
    const created = await network.post("/api/requests", {
      kind: "privileged_deputy",
      assetIds: [systemAssetId],
      fields: fieldsFor(),
    });
    expect(created.status).toBe(201);
    const { data } = await created.json();
    expect((await network.post(`/api/requests/${data.id}/submit`, {})).status).toBe(200);
    const approved = await ciso.post(`/api/requests/${data.id}/approve`, {});
    expect(approved.status).toBe(200);
    expect((await approved.json()).data.status).toBe("approved");
  });
});

describe("西原村 対策基準 8.4(1)(2) 例外措置 and 7.1(10)① 外部ネットワークとの接続: the 情報セキュリティ・システム管理者 applies", () => {
  it("a staff member may take no exception (8.4(1)) and connect no network (7.1(10)①): 403 citing the clause", async () => {
    const exception = await staff.post("/api/requests", {
      kind: "exception",
      assetIds: [],
      fields: {
        rule: "7.1(17) ソフトウェア導入の許可",
        reason: "障害復旧のため",
        measures: "作業後に削除",
        startsAt: "2026-04-01",
        endsAt: "2026-04-02",
      },
    });
    expect(exception.status).toBe(403);
    expect((await exception.json()).error.message_ja).toContain("8.4/(1)");
    const network = await staff.post("/api/requests", {
      kind: "external_network",
      assetIds: [],
      fields: { network: "県のネットワーク", description: "専用線", purpose: "防災情報の共有" },
    });
    expect(network.status).toBe(403);
    expect((await network.json()).error.message_ja).toContain("7.1/(10)/①");
  });

  it("the 課長 connects the network of their 課: the ネットワーク管理者, then the CISO (CISO 及び ネットワーク管理者)", async () => {
    const created = await head.post("/api/requests", {
      kind: "external_network",
      assetIds: [],
      fields: { network: "県のネットワーク", description: "専用線", purpose: "防災情報の共有" },
    });
    expect(created.status).toBe(201);
    const { data } = await created.json();
    expect((await head.post(`/api/requests/${data.id}/submit`, {})).status).toBe(200);
    expect((await network.post(`/api/requests/${data.id}/approve`, {})).status).toBe(200);
    const approved = await ciso.post(`/api/requests/${data.id}/approve`, {});
    expect(approved.status).toBe(200);
    expect((await approved.json()).data.status).toBe("approved");
  });
});

describe("西原村 対策基準 7.2(2)⑥ 持ち込んだモバイル端末の接続: permission for a terminal, a record for a medium", () => {
  const fields = {
    purpose: "出張先で作成した資料を取り込むため",
    area: "庁内LAN",
    startsAt: "2026-04-03T09:00:00+09:00",
    virusChecked: true,
  };

  it("a terminal brought back needs the 課長's permission before it is connected, citing ⑥", async () => {
    const pc = await makeAsset(t.database.db, { departmentId: dept, kind: "device", name: "モバイルPC" });
    const created = await staff.post("/api/requests", { kind: "bring_in", assetIds: [pc.id], fields });
    expect(created.status).toBe(201);
    const { data } = await created.json();
    expect(data.approvalRequired).toBe(true);
    expect(data.basis.map((b: { clause: string }) => b.clause)).toEqual(["nishihara:対策基準/7.2/(2)/⑥"]);
  });

  it("a medium is not connected to the network: recorded (6.1(1)⑤) without approval", async () => {
    const usb = await makeAsset(t.database.db, { departmentId: dept, kind: "medium", name: "USBメモリ" });
    const created = await staff.post("/api/requests", { kind: "bring_in", assetIds: [usb.id], fields });
    expect(created.status).toBe(201);
    const { data } = await created.json();
    expect(data.approvalRequired).toBe(false);
    const submitted = await staff.post(`/api/requests/${data.id}/submit`, {});
    expect((await submitted.json()).data.status).toBe("in_effect");
    const log = await t.database.db.select().from(carryOutLog).where(eq(carryOutLog.requestId, data.id));
    expect(log.map((l) => l.event)).toEqual(["brought_in"]);
  });
});

describe("西原村 対策基準 5.1(6) 庁外への機器の設置: the ネットワーク管理者 or a 課長 applies, the CISO approves", () => {
  const fields = { equipment: "防災用サーバ", place: "県のデータセンター", purpose: "災害時の業務継続" };
  it("a staff member may not apply (403 citing 5.1(6)); the 課長 may, and the CISO approves", async () => {
    const refused = await staff.post("/api/requests", { kind: "offsite_equipment", assetIds: [], fields });
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.message_ja).toContain("5.1/(6)");
    const created = await head.post("/api/requests", { kind: "offsite_equipment", assetIds: [], fields });
    expect(created.status).toBe(201);
    const { data } = await created.json();
    expect((await head.post(`/api/requests/${data.id}/submit`, {})).status).toBe(200);
    const approved = await ciso.post(`/api/requests/${data.id}/approve`, {});
    expect(approved.status).toBe(200);
  });
});
