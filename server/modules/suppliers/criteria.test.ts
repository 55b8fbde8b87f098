import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../audit/tables";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment } from "../../test/factories";
import { expectDeclaredShape } from "../../test/response-schema";
import { type Body, json, type U, user } from "./test-fixtures";

const KEY = "provider_selection";

describe("西原村 9.2(1): the ネットワーク管理者 writes the rules; 9.2(2)⑨: judges each provider", () => {
  let t: TestApp;
  let net: U, head: U, staff: U;
  let dept = "";

  beforeAll(async () => {
    t = await createTestApp({ profileId: "nishihara" });
    dept = (await makeDepartment(t.database.db, { name: "住民課" })).id;
    net = await user(t, [["network_administrator", null]], null);
    head = await user(t, [["security_system_manager", dept]], dept);
    staff = await user(t, [], dept);
    // A fresh database and three sign-ins: slow on the shared machine under load.
  }, 180_000);
  afterAll(async () => t.close());

  it("9.2(5)①, 9.2(6)①, 9.2(7)①, 9.3(1): every section of the profile is shown with its clause, unwritten at first; only the ネットワーク管理者 may write", async () => {
    const res = await staff.client.get("/api/external-services/criteria");
    const { data: d } = (await expectDeclaredShape(t, res, {
      method: "get",
      path: "/api/external-services/criteria",
    })) as Body;
    expect(d.clause).toBe("nishihara:対策基準/9.2/(1)");
    expect(d.writerRoles.ja).toContain("ネットワーク管理者");
    expect(d.sections.map((s: { clause: string }) => s.clause)).toEqual(
      expect.arrayContaining([
        "nishihara:対策基準/9.2/(1)/①",
        "nishihara:対策基準/9.2/(5)/①",
        "nishihara:対策基準/9.2/(6)/①",
        "nishihara:対策基準/9.2/(7)/①",
        "nishihara:対策基準/9.3/(1)",
      ]),
    );
    expect(d.sections.every((s: { current: unknown }) => s.current === null)).toBe(true);
    expect(d.reliability.clause).toBe("nishihara:対策基準/9.2/(2)/⑨");
    expect(d.policies).toEqual({ write: false, judge: false });

    for (const u of [staff, head]) {
      const refused = await u.client.put(`/api/external-services/criteria/${KEY}`, {
        criteriaText: "ISMAP 登録を条件とする",
        baseVersion: null,
      });
      expect(refused.status).toBe(403);
    }
    const mine = (await json(await net.client.get("/api/external-services/criteria"))).data;
    expect(mine.policies).toEqual({ write: true, judge: true });
  });

  it("a version is written with its audit event; a write on a stale version is refused and nothing changes", async () => {
    const first = await net.client.put(`/api/external-services/criteria/${KEY}`, {
      criteriaText: "ISMAP に登録されたサービスから選定する",
      baseVersion: null,
    });
    expect(first.status).toBe(200);
    expect((await json(first)).data.version).toBe(1);
    const second = await net.client.put(`/api/external-services/criteria/${KEY}`, {
      criteriaText: "ISMAP 又は ISO/IEC 27017 の認証を有するサービスから選定する",
      baseVersion: 1,
    });
    expect((await json(second)).data.version).toBe(2);

    const stale = await net.client.put(`/api/external-services/criteria/${KEY}`, {
      criteriaText: "古い版からの改定",
      baseVersion: 1,
    });
    expect(stale.status).toBe(409);
    expect((await json(stale)).error.code).toBe("stale_version");

    const d = (await json(await head.client.get("/api/external-services/criteria"))).data;
    const s = d.sections.find((x: { key: string }) => x.key === KEY);
    expect(s.current.version).toBe(2);
    expect(s.current.body).toContain("27017");
    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.type, "external_service.criteria_written")));
    expect(events.map((e) => (e.data as { version: number }).version).sort()).toEqual([1, 2]);
  });

  it("bad input names the field; an unknown section is 404", async () => {
    const empty = await net.client.put(`/api/external-services/criteria/${KEY}`, {
      criteriaText: "   ",
      baseVersion: 2,
    });
    expect(empty.status).toBe(400);
    expect((await json(empty)).error.fields.criteriaText).toBeTruthy();
    const unknown = await net.client.put("/api/external-services/criteria/no_such_section", {
      criteriaText: "x",
      baseVersion: null,
    });
    expect(unknown.status).toBe(404);
  });

  it("the provider of a 9.2 service is judged by the ネットワーク管理者, not by the 課長; 9.3 services are not asked", async () => {
    const filed = await head.client.post("/api/external-services", {
      departmentId: dept,
      name: "住民向け予約システム",
      provider: "クラウド株式会社",
      termsKind: "contract",
      category: "general",
      highestLevel: "2",
      purpose: "施設予約",
      managerPersonId: staff.personId,
    });
    expect(filed.status).toBe(201);
    const id = (await json(filed)).data.id as string;
    const general = await staff.client.post("/api/external-services", {
      departmentId: dept,
      name: "公開資料の翻訳",
      provider: "翻訳サービス",
      termsKind: "terms",
      category: "general",
      purpose: "広報",
      termsCheckedOn: "2026-04-01",
      managerPersonId: staff.personId,
    });
    const generalId = (await json(general)).data.id as string;

    let d = (await json(await net.client.get("/api/external-services/criteria"))).data;
    expect(d.services.map((s: { id: string }) => s.id)).toEqual([id]);
    expect(d.services[0].judgement).toBeNull();

    const body = {
      judgement: "sufficient",
      basis: "ISMAP 登録、外部監査報告書（2026年）",
      judgedOn: "2026-05-01",
    };
    expect((await head.client.post(`/api/external-services/${id}/reliability`, body)).status).toBe(403);
    const notAsked = await net.client.post(`/api/external-services/${generalId}/reliability`, body);
    expect(notAsked.status).toBe(400);
    expect((await json(notAsked)).error.fields.judgement).toBeTruthy();
    const bad = await net.client.post(`/api/external-services/${id}/reliability`, {
      ...body,
      judgement: "maybe",
    });
    expect(bad.status).toBe(400);

    const ok = await net.client.post(`/api/external-services/${id}/reliability`, body);
    await expectDeclaredShape(t, ok, {
      method: "post",
      path: "/api/external-services/{id}/reliability",
      status: 201,
    });
    d = (await json(await staff.client.get("/api/external-services/criteria"))).data;
    expect(d.services[0].judgement).toMatchObject({
      judgement: "sufficient",
      label: { ja: "信頼性は十分" },
      judgedOn: "2026-05-01",
    });
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.type, "external_service.reliability_judged"));
    expect(event.targetId).toBe(id);
    expect((event.data as { clause: string }).clause).toBe("nishihara:対策基準/9.2/(2)/⑨");
  });
});

describe("川崎市: the profile names no writer (第9章2(6) 別に定める外部サービス利用ガイドライン)", () => {
  let t: TestApp;
  let supervisor: U;
  beforeAll(async () => {
    t = await createTestApp({ profileId: "kawasaki" });
    supervisor = await user(t, [["information_supervisor", null]], null);
  }, 180_000);
  afterAll(async () => t.close());

  it("the screen says so and a write is refused by the profile", async () => {
    const res = await supervisor.client.get("/api/external-services/criteria");
    expect(res.status).toBe(200);
    expect((await json(res)).data).toBeNull();
    const put = await supervisor.client.put("/api/external-services/criteria/provider_selection", {
      criteriaText: "x",
      baseVersion: null,
    });
    expect(put.status).toBe(422);
  });
});
