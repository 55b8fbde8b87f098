/**
 * 西原村 対策基準 7.2(2)① 「職員等が外部から内部のネットワーク又は情報システムにアクセスする場合は、ネットワーク
 * 管理者及び当該情報システムを管理する情報セキュリティ・システム管理者の許可を得なければならない。」
 * Before, no request kind existed (a self-inspection item only). Now `remote_access` (mic-guideline.yaml,
 * the baseline 西原村 extends) asks both permissions (及び), in the order the text names them.
 */
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../audit/tables";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment } from "../../test/factories";
import { type AuthedClient, signedInUser } from "../../test/session";
import { makeAsset } from "./test-support";

let t: TestApp;
let dept: string;
let otherDept: string;
let staff: AuthedClient;
let head: AuthedClient;
let headId: string;
let otherHeadId: string;
let network: AuthedClient;
let networkId: string;
let systemId: string;
let otherSystemId: string;

async function login(departmentId: string, roles: Array<[string, string | null]>) {
  return signedInUser(t, departmentId, roles);
}

const access = (assetIds: string[]) => ({
  kind: "remote_access",
  assetIds,
  fields: {
    purpose: "災害対応で登庁できない間、住民情報を照会するため",
    place: "自宅",
    terminal: "貸与モバイルPC",
    startsAt: "2026-04-06",
    endsAt: "2026-04-10",
  },
});

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  dept = (await makeDepartment(t.database.db, { name: "住民課" })).id;
  otherDept = (await makeDepartment(t.database.db, { name: "税務課" })).id;
  staff = (await login(dept, [])).client;
  const h = await login(dept, [["security_system_manager", dept]]);
  head = h.client;
  headId = h.personId;
  otherHeadId = (await login(otherDept, [["security_system_manager", otherDept]])).personId;
  const n = await login(otherDept, [["network_administrator", null]]);
  network = n.client;
  networkId = n.personId;
  systemId = (
    await makeAsset(t.database.db, { departmentId: dept, kind: "system", name: "住民情報システム" })
  ).id;
  otherSystemId = (
    await makeAsset(t.database.db, { departmentId: otherDept, kind: "system", name: "税務システム" })
  ).id;
}, 180_000);
afterAll(() => t?.close());

describe("西原村 対策基準 7.2(2)① 外部からのアクセス: ネットワーク管理者及び当該情報システムを管理する情報セキュリティ・システム管理者の許可", () => {
  it("asks the ネットワーク管理者, then the 課長 of the 課 that manages the system, each citing 7.2(2)①; only both approve it", async () => {
    const created = await staff.post("/api/requests", access([systemId]));
    expect(created.status).toBe(201);
    const { data } = await created.json();
    expect(data.approvalRequired).toBe(true);
    expect(data.basis.map((b: { clause: string }) => b.clause)).toEqual(["nishihara:対策基準/7.2/(2)/①"]);
    expect((await staff.post(`/api/requests/${data.id}/submit`, {})).status).toBe(200);
    const filed = (await (await staff.get(`/api/requests/${data.id}`)).json()).data;
    const chain = filed.approvers.map((a: { step: number; duty: string; people: { personId: string }[] }) => [
      a.step,
      a.duty,
      a.people.map((x) => x.personId),
    ]);
    // The system's 課長 — not another 課's — is the second approver.
    expect(chain).toEqual([
      [1, "manage_network", [networkId]],
      [2, "manage_department_security", [headId]],
    ]);
    expect(chain[1][2]).not.toContain(otherHeadId);

    // 及び: the 課長 cannot give the ネットワーク管理者's permission…
    expect((await head.post(`/api/requests/${data.id}/approve`, {})).status).toBe(403);
    const first = await network.post(`/api/requests/${data.id}/approve`, { comment: "必要最小限と認める" });
    expect(first.status).toBe(200);
    expect((await first.json()).data).toMatchObject({ status: "submitted", currentStep: 2 });
    // …nor the ネットワーク管理者 the 課長's.
    expect([403, 409]).toContain((await network.post(`/api/requests/${data.id}/approve`, {})).status);
    const second = await head.post(`/api/requests/${data.id}/approve`, {});
    expect(second.status).toBe(200);
    expect((await second.json()).data.status).not.toBe("submitted");
    const events = await t.database.db
      .select({ data: auditEvents.data })
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, data.id), eq(auditEvents.type, "request.approved")))
      .orderBy(asc(auditEvents.seq));
    expect(events.map((e) => (e.data as { duty: string }).duty)).toEqual([
      "manage_network",
      "manage_department_security",
    ]);
  });

  it("names the system accessed (required) and asks why (7.2(2)② 合理的理由); another 課's system cannot be named", async () => {
    const none = await staff.post("/api/requests", access([]));
    expect(none.status).toBe(400);
    expect((await none.json()).error.fields).toHaveProperty(["assetIds"]);
    const other = await staff.post("/api/requests", access([otherSystemId]));
    expect(other.status).toBe(400);
    expect((await other.json()).error.fields).toHaveProperty(["assetIds.0"]);
    const noReason = access([systemId]);
    const res = await staff.post("/api/requests", {
      ...noReason,
      fields: { ...noReason.fields, purpose: "" },
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields).toHaveProperty(["fields.purpose"]);
  });

  it("a refusal by the ネットワーク管理者 ends it before the 課長 is asked", async () => {
    const created = await staff.post("/api/requests", access([systemId]));
    const { data } = await created.json();
    expect((await staff.post(`/api/requests/${data.id}/submit`, {})).status).toBe(200);
    const refused = await network.post(`/api/requests/${data.id}/reject`, { comment: "理由が不十分" });
    expect(refused.status).toBe(200);
    expect((await refused.json()).data.status).toBe("rejected");
    expect([403, 409]).toContain((await head.post(`/api/requests/${data.id}/approve`, {})).status);
  });
});
