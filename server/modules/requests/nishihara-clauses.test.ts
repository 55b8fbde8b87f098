// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
/**
 * 西原村 対策基準 8.4(3) 「CISOは、例外措置の申請書及び審査結果を適正に保管し、定期的に申請状況を確認
 * しなければならない。」, read against the requests routes (issue #13, per-clause record): every
 * exception request of every 課 is kept with its decisions (who, when, the comment) and the CISO
 * lists them by kind and status at any time; another 課's staff do not see them. Nothing reminds the
 * CISO to look (定期的に): the text names no interval.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment } from "../../test/factories";
import { type AuthedClient, signedInUser } from "../../test/session";

let t: TestApp;
let headA: AuthedClient, headB: AuthedClient, ciso: AuthedClient, staffB: AuthedClient;
const json = async (res: Response) => (await res.json()) as { data: any; error?: any; policies?: any };

async function login(departmentId: string | null, roles: Array<[string, string | null]>) {
  return (await signedInUser(t, departmentId, roles)).client;
}

const exception = (rule: string) => ({
  kind: "exception",
  assetIds: [],
  fields: {
    rule,
    reason: "障害復旧のため、手順と異なる方法を取る",
    measures: "作業後に設定を戻し、記録を残す",
    startsAt: "2026-04-01",
    endsAt: "2026-04-02",
  },
});

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const a = (await makeDepartment(t.database.db, { name: "住民課" })).id;
  const b = (await makeDepartment(t.database.db, { name: "税務課" })).id;
  headA = await login(a, [["security_system_manager", a]]);
  headB = await login(b, [["security_system_manager", b]]);
  staffB = await login(b, []);
  ciso = await login(null, [["ciso", null]]);
}, 180_000);
afterAll(() => t?.close());

describe("西原村 対策基準 8.4(3) 例外措置の申請書の管理", () => {
  it("the CISO keeps every 課's exception requests with their decisions and lists them by kind and status; another 課's staff see none", async () => {
    const filed: string[] = [];
    for (const [head, rule] of [
      [headA, "7.1(17) ソフトウェア導入の許可"],
      [headB, "3(2)⑧ 情報の運搬"],
    ] as const) {
      const res = await head.post("/api/requests", exception(rule));
      expect(res.status).toBe(201);
      const id = (await json(res)).data.id as string;
      expect((await head.post(`/api/requests/${id}/submit`, {})).status).toBe(200);
      filed.push(id);
    }
    const [approvedId, rejectedId] = filed as [string, string];
    expect(
      (await ciso.post(`/api/requests/${approvedId}/approve`, { comment: "期間を限り許可" })).status,
    ).toBe(200);
    expect(
      (await ciso.post(`/api/requests/${rejectedId}/reject`, { comment: "代替手段がある" })).status,
    ).toBe(200);

    // The application and its 審査結果 are kept: the decision, by whom, when and why.
    const kept = (await json(await ciso.get(`/api/requests/${rejectedId}`))).data;
    expect(kept.status).toBe("rejected");
    expect(kept.decisions).toHaveLength(1);
    expect(kept.decisions[0]).toMatchObject({ decision: "rejected", comment: "代替手段がある" });
    expect(kept.fields.reason).toBe("障害復旧のため、手順と異なる方法を取る");

    // 申請状況の確認: the CISO lists them all, of both 課, by kind and by status.
    const all = (await json(await ciso.get("/api/requests?scope=all&kind=exception"))).data;
    expect(all.map((r: any) => r.id).sort()).toEqual([...filed].sort());
    const approved = (await json(await ciso.get("/api/requests?scope=all&kind=exception&status=approved")))
      .data;
    expect(approved.map((r: any) => r.id)).toEqual([approvedId]);
    // Another 課's staff see neither 課's exceptions.
    const seen = (await json(await staffB.get("/api/requests?scope=all&kind=exception"))).data;
    expect(seen.map((r: any) => r.id)).toEqual([]);
  });
});
