import { and, eq } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../audit/tables";
import { notifications } from "../../notify/tables";
import { loadProfile } from "../../profile";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment } from "../../test/factories";
import { expectDeclaredShape } from "../../test/response-schema";
import { pathFor } from "./domain/external-services";
import { type Body, json, type U, user } from "./test-fixtures";

let dept = "";
const base = (managerPersonId: string, over: Record<string, unknown> = {}) => ({
  departmentId: dept,
  name: "ファイル共有サービス",
  provider: "クラウド株式会社",
  termsKind: "terms",
  category: "general",
  purpose: "委託先との大容量ファイルの受渡し",
  managerPersonId,
  ...over,
});

describe("the profile's path (西原村 9.2 / 9.3 by 機密性; 川崎市 第9章2(2)イ free mail and storage)", () => {
  it("nishihara: 機密性2 or 3 takes 9.2 with the three checks (9.2(5)②, 9.2(6)③, 9.2(7)②), anything else 9.3 with the terms check", async () => {
    const p = loadProfile("nishihara");
    fc.assert(
      fc.property(
        fc.constantFrom("general", "free_mail", "online_storage"),
        fc.constantFrom(null, "1", "2", "3"),
        (category, level) => {
          const path = pathFor(p, { category, highestLevel: level });
          const guarded = level === "2" || level === "3";
          expect(path?.clause).toBe(
            guarded ? "nishihara:対策基準/9.2/(4)/③" : "nishihara:対策基準/9.3/(2)/①",
          );
          expect(path?.checks).toEqual(guarded ? ["build", "periodic", "termination"] : []);
          expect(path?.terms_check).toBe(!guarded);
        },
      ),
    );
  });

  it("kawasaki: free mail and online storage need the reason and the consultation, whatever the class", async () => {
    const p = loadProfile("kawasaki");
    fc.assert(
      fc.property(
        fc.constantFrom("general", "free_mail", "online_storage"),
        fc.constantFrom(null, "I", "II", "III"),
        (category, level) => {
          const path = pathFor(p, { category, highestLevel: level });
          const restricted = category !== "general";
          expect(path?.clause).toBe(
            restricted ? "kawasaki:基準/第9章/2/(2)/イ" : "kawasaki:基準/第9章/2/(6)",
          );
          expect(path?.consultation).toBe(restricted);
          expect(path?.necessity_reason).toBe(restricted);
        },
      ),
    );
  });
});

describe("川崎市 第9章2: the register, its request, the consultation, the checks and the end", () => {
  let t: TestApp;
  let clerk: U, head: U, supervisor: U, stranger: U;

  beforeAll(async () => {
    t = await createTestApp({ profileId: "kawasaki" });
    dept = (await makeDepartment(t.database.db, { name: "広報課" })).id;
    const other = (await makeDepartment(t.database.db, { name: "財政課" })).id;
    head = await user(t, [["information_manager", dept]], dept);
    clerk = await user(t, [], dept);
    supervisor = await user(t, [["information_supervisor", null]], null);
    stranger = await user(t, [], other);
  });
  afterAll(async () => t.close());

  it("online storage: no reason, no filing; approved and consulted, then in use; checked; ended after the termination check", async () => {
    const noReason = await clerk.client.post(
      "/api/external-services",
      base(clerk.personId, { category: "online_storage" }),
    );
    expect(noReason.status).toBe(400);
    expect((await json(noReason)).error.fields.necessityReason.message_ja).toContain("第9章2.(2)イ");

    const filed = await clerk.client.post(
      "/api/external-services",
      base(clerk.personId, {
        category: "online_storage",
        highestLevel: "II",
        necessityReason: "庁外の委員との資料共有に他の手段がない",
      }),
    );
    expect(filed.status).toBe(201);
    let s = (await json(filed)).data;
    expect(s).toMatchObject({
      status: "requested",
      path: "free_mail_or_storage",
      managerName: expect.any(String),
    });
    expect(s.blockers.map((b: { code: string }) => b.code)).toEqual(["not_approved", "no_consultation"]);
    const requestId = s.request.id as string;
    // The register entry and the 外部サービス利用 request are one filing; the request is the engine's.
    const req = (await json(await clerk.client.get(`/api/requests/${requestId}`))).data;
    expect(req).toMatchObject({ kind: "external_service", status: "submitted" });
    expect(req.fields.purpose).toContain("他の手段がない");

    // Checks are for a service in use only; another 課's staff does not see it at all.
    const early = await clerk.client.post(`/api/external-services/${s.id}/checks`, {
      phase: "build",
      checkedOn: "2026-05-01",
      result: "ok",
    });
    expect(early.status).toBe(409);
    expect((await stranger.client.get(`/api/external-services/${s.id}`)).status).toBe(404);
    expect((await json(await stranger.client.get("/api/external-services"))).data).toEqual([]);

    // 情報管理責任者 then 情報監理者 approve (the profile's two steps); the consultation is the supervisor's.
    expect((await head.client.post(`/api/requests/${requestId}/approve`, {})).status).toBe(200);
    expect((await supervisor.client.post(`/api/requests/${requestId}/approve`, {})).status).toBe(200);
    s = (await json(await clerk.client.get(`/api/external-services/${s.id}`))).data;
    expect(s.status).toBe("requested");
    expect(s.blockers.map((b: { code: string }) => b.code)).toEqual(["no_consultation"]);
    const consult = (u: U) =>
      u.client.post(`/api/external-services/${s.id}/consultation`, {
        consultedOn: "2026-04-10",
        consultationNote: "共有は期限付きリンクに限る",
      });
    expect((await consult(head)).status).toBe(403);
    expect((await consult(supervisor)).status).toBe(200);
    s = (await json(await clerk.client.get(`/api/external-services/${s.id}`))).data;
    expect(s.status).toBe("in_use");
    expect(s.nextCheck.phase).toBe("build");

    const check = (phase: string, result = "ok", findings: string | null = null) =>
      clerk.client.post(`/api/external-services/${s.id}/checks`, {
        phase,
        checkedOn: "2026-05-01",
        result,
        findings,
      });
    expect((await check("build", "issues")).status).toBe(400);
    expect((await check("build")).status).toBe(201);
    s = (
      (await expectDeclaredShape(t, await clerk.client.get(`/api/external-services/${s.id}`), {
        method: "GET",
        path: "/api/external-services/{id}",
      })) as Body
    ).data;
    expect(s.nextCheck).toMatchObject({ phase: "periodic", dueOn: "2027-05-01" });
    expect(s.checks[0]).toMatchObject({ phase: "build", phaseLabel: { ja: "構築時" } });

    const end = () =>
      clerk.client.post(`/api/external-services/${s.id}/terminate`, { terminatedOn: "2027-03-31" });
    const blocked = await end();
    expect(blocked.status).toBe(422);
    expect((await json(blocked)).error.message_ja).toContain("アカウント");
    expect((await check("termination")).status).toBe(201);
    expect((await end()).status).toBe(200);
    expect((await json(await clerk.client.get(`/api/external-services/${s.id}`))).data.status).toBe(
      "terminated",
    );
    expect((await check("periodic")).status).toBe(409);
  });

  it("a returned request, resubmitted with corrections, corrects its register entry; the entry names what it holds", async () => {
    const filed = await clerk.client.post(
      "/api/external-services",
      base(clerk.personId, {
        name: "旧ストレージ",
        category: "online_storage",
        highestLevel: "II",
        necessityReason: "委員との共有",
      }),
    );
    const s = (await json(filed)).data;
    const requestId = s.request.id as string;
    expect(
      (await head.client.post(`/api/requests/${requestId}/return`, { comment: "サービス名と理由を正確に" }))
        .status,
    ).toBe(200);
    // The requester corrects the name, the provider, the purpose and the reason, and sends stale
    // details of what the entry holds besides: the entry's own facts win.
    const resubmit = await clerk.client.post(`/api/requests/${requestId}/submit`, {
      fields: {
        service: "新ストレージ（法人版）",
        provider: "ストレージ合同会社",
        dataHandled: "なし",
        purpose: "審議会資料の共有\n必要と認める理由: 庁外委員に他の受渡し手段がない",
        manager: "誰か",
      },
    });
    expect(resubmit.status).toBe(200);
    const req = (await json(await clerk.client.get(`/api/requests/${requestId}`))).data;
    expect(req.status).toBe("submitted");
    expect(req.fields).toMatchObject({
      service: "新ストレージ（法人版）",
      provider: "ストレージ合同会社",
      purpose: "審議会資料の共有\n必要と認める理由: 庁外委員に他の受渡し手段がない",
    });
    expect(req.fields.dataHandled).toContain("ネットワークストレージ");
    expect(req.fields.manager).not.toBe("誰か");
    const after = (await json(await clerk.client.get(`/api/external-services/${s.id}`))).data;
    expect(after).toMatchObject({
      name: "新ストレージ（法人版）",
      provider: "ストレージ合同会社",
      purpose: "審議会資料の共有",
      necessityReason: "庁外委員に他の受渡し手段がない",
    });

    // Returned again and resubmitted with the reason deleted: the path requires it, so it stays.
    expect((await head.client.post(`/api/requests/${requestId}/return`, { comment: "再確認" })).status).toBe(
      200,
    );
    expect(
      (
        await clerk.client.post(`/api/requests/${requestId}/submit`, {
          fields: { purpose: "審議会資料の共有" },
        })
      ).status,
    ).toBe(200);
    const again = (await json(await clerk.client.get(`/api/external-services/${s.id}`))).data;
    expect(again.necessityReason).toBe("庁外委員に他の受渡し手段がない");
    const req2 = (await json(await clerk.client.get(`/api/requests/${requestId}`))).data;
    expect(req2.fields.purpose).toContain("必要と認める理由: 庁外委員に他の受渡し手段がない");
  });

  it("lists by view and status; the request kind is filed only from the register; bad input names the field", async () => {
    expect((await stranger.client.post("/api/external-services", base(stranger.personId))).status).toBe(403);
    await clerk.client.post("/api/external-services", base(clerk.personId, { name: "ウェブ会議ツール" }));
    const mine = (await expectDeclaredShape(
      t,
      await head.client.get("/api/external-services?view=mine&status=requested"),
      { method: "GET", path: "/api/external-services" },
    )) as Body;
    expect(mine.data.map((s: { name: string }) => s.name)).toContain("ウェブ会議ツール");
    const all = await json(
      await supervisor.client.get("/api/external-services?q=%E3%82%A6%E3%82%A7%E3%83%96"),
    );
    expect(all.data).toHaveLength(1);
    expect(all.data[0].statusLabel.ja).toBe("承認・協議待ち");

    // The list pages in SQL with the total of the filters (#17 item 6, the 50 ms list): pages of one
    // walk the same services in order as the whole list, and an offset past the end still counts.
    const whole = await json(await supervisor.client.get("/api/external-services?limit=100"));
    const total = whole.total ?? -1;
    expect(total).toBe(whole.data.length);
    expect(total).toBeGreaterThanOrEqual(2);
    const walked: string[] = [];
    for (let offset = 0; offset < total; offset++) {
      const page = await json(await supervisor.client.get(`/api/external-services?limit=1&offset=${offset}`));
      expect(page.total).toBe(total);
      walked.push(...page.data.map((s: { id: string }) => s.id));
    }
    expect(walked).toEqual(whole.data.map((s: { id: string }) => s.id));
    const past = await json(
      await supervisor.client.get(`/api/external-services?limit=5&offset=${total + 3}`),
    );
    expect(past).toMatchObject({ data: [], total });
    // A status decided by the request's outcome is filtered after it, with its own total.
    const waiting = await json(
      await supervisor.client.get("/api/external-services?status=requested&limit=1"),
    );
    expect(waiting.data).toHaveLength(1);
    expect(waiting.total).toBe(whole.data.filter((s: { status: string }) => s.status === "requested").length);

    // The form shows the path before filing: online storage takes 第9章2(2)イ with its consultation.
    const path = (await expectDeclaredShape(
      t,
      await clerk.client.get("/api/external-services/path?category=online_storage&highestLevel=II"),
      { method: "GET", path: "/api/external-services/path" },
    )) as Body;
    expect(path.data).toMatchObject({
      key: "free_mail_or_storage",
      consultation: true,
      necessityReason: true,
      clauseLabel: expect.stringContaining("第9章2.(2)イ"),
    });
    expect((await clerk.client.get("/api/external-services/path?category=chat")).status).toBe(400);

    const direct = await clerk.client.post("/api/requests", {
      kind: "external_service",
      assetIds: [],
      fields: { service: "x", provider: "y", dataHandled: "z", purpose: "p" },
    });
    expect(direct.status).toBe(422);
    const bad = await clerk.client.post("/api/external-services", {
      ...base(clerk.personId),
      category: "chat",
      highestLevel: "IX",
    });
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.fields.category.message_ja).toBeTruthy();
    const level = await clerk.client.post(
      "/api/external-services",
      base(clerk.personId, { highestLevel: "IX" }),
    );
    expect((await json(level)).error.fields.highestLevel.message_ja).toContain("機密性");
  });
});

describe("西原村 9.3: services without 機密性2 information need the terms checked first", () => {
  let t: TestApp;
  let clerk: U, head: U, otherHead: U;

  beforeAll(async () => {
    t = await createTestApp({ profileId: "nishihara" });
    dept = (await makeDepartment(t.database.db, { name: "総務課" })).id;
    const other = (await makeDepartment(t.database.db, { name: "税務課" })).id;
    clerk = await user(t, [], dept);
    head = await user(t, [["security_system_manager", dept]], dept);
    otherHead = await user(t, [["security_system_manager", other]], other);
  });
  afterAll(async () => t.close());

  it("9.2(4)①: a service holding 機密性2 is filed by the 課's 情報セキュリティ・システム管理者, not by staff", async () => {
    const confidential = (u: U, manager: string) =>
      u.client.post("/api/external-services", base(manager, { highestLevel: "2", termsKind: "contract" }));
    // The form says so before filing: who files on this path, with its clause, and whether the viewer may.
    const path = (u: U) => u.client.get("/api/external-services/path?category=general&highestLevel=2");
    const forClerk = (await json(await path(clerk))).data;
    expect(forClerk.filedBy).toMatchObject({
      clause: "nishihara:対策基準/9.2/(4)/①",
      mayFile: false,
      roles: { ja: expect.stringContaining("情報セキュリティ・システム管理者") },
    });
    expect((await json(await path(head))).data.filedBy.mayFile).toBe(true);
    // 9.3 names no applicant: anyone of the 課 files.
    expect(
      (await json(await clerk.client.get("/api/external-services/path?category=general"))).data.filedBy,
    ).toBe(null);

    const refused = await confidential(clerk, clerk.personId);
    expect(refused.status).toBe(403);
    const error = (await json(refused)).error;
    expect(error.code).toBe("not_an_applicant");
    expect(error.message_ja).toContain("情報セキュリティ・システム管理者");
    expect(error.message_ja).toContain("9.2.(4)①");
    // Another 課's 課長 holds the duty, but not over this 課.
    expect((await confidential(otherHead, clerk.personId)).status).toBe(403);
    const filed = await confidential(head, clerk.personId);
    expect(filed.status).toBe(201);
    expect((await json(filed)).data).toMatchObject({ path: "confidential", managerPersonId: clerk.personId });
  });

  it("9.2(4)②③: the 許可権限者 decides; the approval names the 外部サービス管理者 — audited with the approver and the clause in the approving transaction, and the named person is told", async () => {
    const netAdmin = await user(t, [["network_administrator", null]], null);
    const filed = await head.client.post(
      "/api/external-services",
      base(clerk.personId, { highestLevel: "2", termsKind: "contract", name: "電子申請クラウド" }),
    );
    expect(filed.status).toBe(201);
    const id = (await json(filed)).data.id as string;
    const requestId = (await json(await head.client.get(`/api/external-services/${id}`))).data.request.id;
    const named = () =>
      t.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.targetId, id), eq(auditEvents.type, "external_service.manager_named")));
    expect(await named()).toHaveLength(0);
    expect((await netAdmin.client.post(`/api/requests/${requestId}/approve`, {})).status).toBe(200);
    const events = await named();
    expect(events).toHaveLength(1);
    expect(events[0].data).toMatchObject({
      managerPersonId: clerk.personId,
      namedByPersonId: netAdmin.personId,
      clause: "nishihara:対策基準/9.2/(4)/③",
    });
    const told = await t.database.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.personId, clerk.personId), eq(notifications.kind, "service_manager_named")),
      );
    expect(told).toHaveLength(1);
    expect(told[0].messageJa).toContain("外部サービス管理者に指名されました");
  });

  it("refuses the filing without the day the terms were checked, citing 9.3(2)①", async () => {
    const res = await clerk.client.post("/api/external-services", base(clerk.personId));
    expect(res.status).toBe(400);
    expect((await json(res)).error.fields.termsCheckedOn.message_ja).toContain("9.3.(2)①");
    const ok = await clerk.client.post(
      "/api/external-services",
      base(clerk.personId, { termsCheckedOn: "2026-04-01" }),
    );
    expect(ok.status).toBe(201);
    expect((await json(ok)).data.pathInfo.clauseLabel).toBe("対策基準 9.3.(2)①");
  });
});
