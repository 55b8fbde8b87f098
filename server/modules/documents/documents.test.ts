/**
 * Documents over the API in 西原村's profile: the committee approves the policy (対策基準 2(5)①),
 * the yearly evaluation is due (10.3), 実施手順 are not public (基本方針 8) and are kept by each
 * 課長 for their systems (2(3)⑤), the 課長 records paper acknowledgements of their 課 (6.1(2)①).
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makePerson, makeUser } from "../../test/factories";
import { pdfText } from "../../test/pdf-text";
import { type AuthedClient, authed, signIn } from "../../test/session";

let t: TestApp;
type U = { client: AuthedClient; personId: string; name: string };
let ciso: U, committee: U, net: U, headA: U, staffA: U, staffB: U;
let deptA: string, deptB: string;
let paperPerson: string, paperPersonB: string;
// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
const json = async (res: Response) => (await res.json()) as { data: any; error?: any };

async function user(roles: Array<[string, string | null]>, departmentId: string | null): Promise<U> {
  const u = await makeUser(t.database.db, { departmentId, roles });
  return {
    client: authed(t, await signIn(t, u.user.loginId, u.password)),
    personId: u.person.id,
    name: u.person.name,
  };
}
const events = async (type: string) => {
  const r = await t.database.db.execute(
    sql`select count(*)::int as n from audit_events where type = ${type}`,
  );
  return (r as unknown as { rows: Array<{ n: number }> }).rows[0].n;
};

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  deptA = (await makeDepartment(t.database.db, { name: "住民課" })).id;
  deptB = (await makeDepartment(t.database.db, { name: "税務課" })).id;
  ciso = await user([["ciso", null]], null);
  committee = await user([["committee", null]], null);
  net = await user([["network_administrator", null]], null);
  headA = await user([["security_system_manager", deptA]], deptA);
  staffA = await user([], deptA);
  staffB = await user([], deptB);
  paperPerson = (
    await makePerson(t.database.db, { departmentId: deptA, employmentType: "fiscal_year", name: "会計 花子" })
  ).id;
  paperPersonB = (await makePerson(t.database.db, { departmentId: deptB, employmentType: "temporary" })).id;
});
afterAll(async () => t.close());

let policy: string;

describe("the basic policy: decided by the committee, published to everyone, acknowledged per version", () => {
  it("only the CISO (the kind's keeper) creates it; staff are refused", async () => {
    const req = { kind: "basic_policy", title: "情報セキュリティ基本方針", audience: { everyone: true } };
    expect((await staffA.client.post("/api/documents", req)).status).toBe(403);
    const bad = await ciso.client.post("/api/documents", { ...req, kind: "nope" });
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.fields.kind.message_ja).toMatch(/種類/);
    const res = await ciso.client.post("/api/documents", req);
    expect(res.status).toBe(201);
    policy = (await json(res)).data.id;
  });

  it("a version is approved by the committee (2(5)①), not by the CISO, with a 施行日 apart from the approval", async () => {
    const v = await ciso.client.post(`/api/documents/${policy}/versions`, { text: "1 目的\n2 定義" });
    expect(v.status).toBe(201);
    expect((await json(v)).data).toMatchObject({ number: 1, state: "draft", materialChange: true });
    const edited = await ciso.client.patch(`/api/documents/${policy}/versions/1`, {
      text: "1 目的\n2 定義\n3 対象者",
      materialChange: false,
    });
    // The first version is asked of everyone whatever the flag says.
    expect((await json(edited)).data).toMatchObject({
      text: "1 目的\n2 定義\n3 対象者",
      materialChange: true,
    });
    expect(
      (await ciso.client.post(`/api/documents/${policy}/versions/1/approve`, { effectiveOn: "2026-05-01" }))
        .status,
    ).toBe(403);
    const badDate = await committee.client.post(`/api/documents/${policy}/versions/1/approve`, {
      effectiveOn: "2026-02-30",
    });
    expect(badDate.status).toBe(400);
    // Staff do not see an unpublished document at all.
    expect((await staffA.client.get(`/api/documents/${policy}`)).status).toBe(404);
    const ok = await committee.client.post(`/api/documents/${policy}/versions/1/approve`, {
      effectiveOn: "2026-05-01",
    });
    expect(ok.status).toBe(200);
    expect((await json(ok)).data).toMatchObject({
      state: "approved",
      effectiveOn: "2026-05-01",
      approvedClause: "nishihara:対策基準/2/(5)/①",
    });
    // The committee approves; publishing (posting, 6.1(3)) is the keeper's.
    expect((await committee.client.post(`/api/documents/${policy}/versions/1/publish`)).status).toBe(403);
    expect((await ciso.client.patch(`/api/documents/${policy}/versions/1`, { text: "x" })).status).toBe(409);
    expect((await ciso.client.post(`/api/documents/${policy}/versions/1/publish`)).status).toBe(200);
    const doc = (await json(await ciso.client.get(`/api/documents/${policy}`))).data;
    // 10.3: evaluated every 年度 — due twelve months after the version takes effect.
    expect(doc.reviewDueOn).toBe("2027-05-01");
    expect(doc.current).toMatchObject({ number: 1, state: "published", approvedBy: committee.name });
  });

  it("基本方針3, 6.1(3): staff must read it, acknowledge once; a minor revision does not ask again, a material one does", async () => {
    let toRead = (await json(await staffA.client.get("/api/documents?view=to_read"))).data;
    expect(toRead.map((d: { id: string }) => d.id)).toEqual([policy]);
    expect(
      (await staffA.client.post(`/api/documents/${policy}/acknowledgements`, { versionNumber: 2 })).status,
    ).toBe(400);
    expect(
      (await staffA.client.post(`/api/documents/${policy}/acknowledgements`, { versionNumber: 1 })).status,
    ).toBe(201);
    expect(
      (await staffA.client.post(`/api/documents/${policy}/acknowledgements`, { versionNumber: 1 })).status,
    ).toBe(409);
    expect((await json(await staffA.client.get("/api/documents?view=to_read"))).data).toEqual([]);

    const publish = async (text: string, materialChange: boolean, n: number) => {
      expect(
        (
          await ciso.client.post(`/api/documents/${policy}/versions`, {
            text,
            materialChange,
            changeSummary: "改正",
          })
        ).status,
      ).toBe(201);
      expect((await ciso.client.post(`/api/documents/${policy}/versions`, { text })).status).toBe(409);
      expect(
        (
          await committee.client.post(`/api/documents/${policy}/versions/${n}/approve`, {
            effectiveOn: "2026-06-01",
          })
        ).status,
      ).toBe(200);
      expect((await ciso.client.post(`/api/documents/${policy}/versions/${n}/publish`)).status).toBe(200);
    };
    await publish("1 目的\n2 定義（字句の修正）\n3 対象者", false, 2);
    toRead = (await json(await staffA.client.get("/api/documents?view=to_read"))).data;
    expect(toRead).toEqual([]);
    await publish("1 目的\n2 定義（字句の修正）\n3 対象者\n4 職員等の遵守義務", true, 3);
    toRead = (await json(await staffA.client.get("/api/documents?view=to_read"))).data;
    expect(toRead.map((d: { id: string }) => d.id)).toEqual([policy]);
    // The material version told everyone with a login; the minor one told nobody.
    const told = await t.database.db.execute(
      sql`select count(*)::int as n from notifications where person_id = ${staffA.personId}::uuid and module = 'documents'`,
    );
    expect((told as unknown as { rows: Array<{ n: number }> }).rows[0].n).toBe(2);
    const doc = (await json(await staffA.client.get(`/api/documents/${policy}`))).data;
    expect(doc.versions.map((v: { number: number; state: string }) => [v.number, v.state])).toEqual([
      [3, "published"],
      [2, "superseded"],
      [1, "superseded"],
    ]);
  });

  it("the 新旧対照表 of two versions sets each changed line beside its old wording", async () => {
    const cmp = (await json(await staffA.client.get(`/api/documents/${policy}/compare?from=1&to=3`))).data;
    expect(cmp.summary).toEqual({ same: 2, changed: 1, removed: 0, added: 1 });
    expect(cmp.rows[1]).toMatchObject({
      kind: "changed",
      old: { text: "2 定義" },
      new: { text: "2 定義（字句の修正）" },
    });
    expect(cmp.watermark).toBeNull();
    expect((await staffA.client.get(`/api/documents/${policy}/compare?from=1&to=9`)).status).toBe(404);
  });

  it("the committee records the yearly evaluation (10.3); the CISO may not", async () => {
    expect(
      (await ciso.client.post(`/api/documents/${policy}/reviews`, { outcome: "no_change" })).status,
    ).toBe(403);
    const r = await committee.client.post(`/api/documents/${policy}/reviews`, { outcome: "no_change" });
    expect(r.status).toBe(200);
    expect((await json(r)).data.reviewDueOn).toBe("2027-04-01");
  });
});

describe("paper acknowledgements and figures per 課", () => {
  it("the 課長 records a paper acknowledgement for a person of their 課 without a login, nobody else's", async () => {
    const body = { versionNumber: 3, personId: paperPerson, signedOn: "2026-04-01" };
    expect((await staffA.client.post(`/api/documents/${policy}/acknowledgements/paper`, body)).status).toBe(
      403,
    );
    // A person of another 課 is answered like an unknown one: the 課長 may not see them (#12 item 3).
    const other = await headA.client.post(`/api/documents/${policy}/acknowledgements/paper`, {
      ...body,
      personId: paperPersonB,
    });
    expect(other.status).toBe(400);
    expect(
      ((await other.json()) as { error: { fields: Record<string, unknown> } }).error.fields.personId,
    ).toBeDefined();
    const withLogin = await headA.client.post(`/api/documents/${policy}/acknowledgements/paper`, {
      ...body,
      personId: staffA.personId,
    });
    expect(withLogin.status).toBe(400);
    expect((await json(withLogin)).error.fields.personId.message_en).toMatch(/login/);
    const future = await headA.client.post(`/api/documents/${policy}/acknowledgements/paper`, {
      ...body,
      signedOn: "2026-04-02",
    });
    expect((await json(future)).error.fields.signedOn).toBeDefined();
    expect((await headA.client.post(`/api/documents/${policy}/acknowledgements/paper`, body)).status).toBe(
      201,
    );
    expect(await events("document.acknowledged_on_paper")).toBe(1);
  });

  it("the 課長 sees their 課's figures; the CISO the organization's; staff none", async () => {
    expect((await staffA.client.get(`/api/documents/${policy}/acknowledgements`)).status).toBe(403);
    const mine = (await json(await headA.client.get(`/api/documents/${policy}/acknowledgements`))).data;
    expect(mine.scope).toBe("my_departments");
    expect(mine.departments).toEqual([
      expect.objectContaining({ departmentId: deptA, total: 3, acknowledged: 1, pending: 2 }),
    ]);
    const paper = mine.people.find((p: { id: string }) => p.id === paperPerson);
    expect(paper).toMatchObject({
      acknowledged: true,
      hasLogin: false,
      last: { method: "paper", signedOn: "2026-04-01" },
    });
    const all = (await json(await ciso.client.get(`/api/documents/${policy}/acknowledgements`))).data;
    expect(all.scope).toBe("organization");
    expect(all.departments.map((d: { departmentId: string | null }) => d.departmentId)).toEqual(
      expect.arrayContaining([deptA, deptB]),
    );
  });
});

describe("a restricted procedure (実施手順, 基本方針 8)", () => {
  let proc: string;
  it("is kept by the 課長 of its 課 (2(3)⑤); another 課's staff cannot create one there", async () => {
    const req = {
      kind: "system_procedure",
      title: "住民記録システム運用手順",
      departmentId: deptA,
      systemName: "住民記録システム",
      audience: { everyone: false, departments: [deptA] },
    };
    expect((await staffB.client.post("/api/documents", req)).status).toBe(403);
    expect((await headA.client.post("/api/documents", { ...req, departmentId: null })).status).toBe(400);
    const noAudience = await headA.client.post("/api/documents", { ...req, audience: { everyone: "yes" } });
    expect((await json(noAudience)).error.fields["audience.everyone"]).toBeDefined();
    const res = await headA.client.post("/api/documents", req);
    expect(res.status).toBe(201);
    proc = (await json(res)).data.id;
    await headA.client.post(`/api/documents/${proc}/versions`, {
      text: "手順1 バックアップ\n手順2 ログ確認",
    });
    // The 課長 drafted it and is the only holder of the approver duty over the 課: approving their
    // own version needs the unavoidable reason (兼務の禁止, 2.(6)①), recorded with the approval.
    const own = await headA.client.post(`/api/documents/${proc}/versions/1/approve`, {
      effectiveOn: "2026-04-01",
    });
    expect(own.status).toBe(403);
    expect((await json(own)).error.code).toBe("separation_of_duties");
    const short = await headA.client.post(`/api/documents/${proc}/versions/1/approve`, {
      effectiveOn: "2026-04-01",
      overrideReason: "一人",
    });
    expect((await json(short)).error.fields.overrideReason).toBeDefined();
    expect(
      (
        await headA.client.post(`/api/documents/${proc}/versions/1/approve`, {
          effectiveOn: "2026-04-01",
          overrideReason: "課の情報セキュリティ・システム管理者は課長一人のため",
        })
      ).status,
    ).toBe(200);
    const approved = await t.database.db.execute(
      sql`select data->>'overrideReason' as reason from audit_events where type = 'document.version_approved' and target_id = ${proc}`,
    );
    expect((approved as unknown as { rows: Array<{ reason: string }> }).rows[0].reason).toContain("課長一人");
    expect((await headA.client.post(`/api/documents/${proc}/versions/1/publish`)).status).toBe(200);
    // The keeper widens the audience to the network manager's role.
    const widened = await headA.client.patch(`/api/documents/${proc}`, {
      audience: { everyone: false, roles: ["network_administrator"], departments: [deptA, deptA] },
    });
    expect((await json(widened)).data.audience).toEqual({
      everyone: false,
      roles: ["network_administrator"],
      departments: [deptA],
    });
    expect((await staffA.client.patch(`/api/documents/${proc}`, { title: "x" })).status).toBe(403);
  });

  it("is invisible to an outsider — the same answer as an unknown id, and absent from lists", async () => {
    const hidden = await staffB.client.get(`/api/documents/${proc}`);
    const unknown = await staffB.client.get("/api/documents/00000000-0000-4000-8000-000000000000");
    expect(hidden.status).toBe(404);
    expect(await hidden.json()).toEqual(await unknown.json());
    expect((await staffB.client.get(`/api/documents/${proc}/versions/1`)).status).toBe(404);
    expect((await staffB.client.get(`/api/documents/${proc}/compare?from=1&to=1`)).status).toBe(404);
    expect(
      (await staffB.client.post(`/api/documents/${proc}/acknowledgements`, { versionNumber: 1 })).status,
    ).toBe(404);
    const list = (await json(await staffB.client.get("/api/documents"))).data;
    expect(list.map((d: { id: string }) => d.id)).not.toContain(proc);
  });

  it("its PDF download is logged as a view and refused to an outsider like an unknown id", async () => {
    const before = await events("document.viewed");
    const res = await staffA.client.get(`/api/documents/${proc}/versions/1/pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes).subarray(0, 5).toString()).toBe("%PDF-");
    // Every page: the export marking (the profile's level, handling, who and when) and 非公開 with the viewer.
    const text = pdfText(bytes);
    expect(text).toContain("機密性2（取扱注意）");
    expect(text).toContain("取扱い / Handling:");
    expect(text).toContain(`出力 / Exported: ${staffA.name}`);
    expect(text).toMatch(/非公開\s+.*令和8年4月1日/);
    expect(await events("document.viewed")).toBe(before + 1);
    const logged = (await t.database.db.execute(
      sql`select data from audit_events where type = 'document.viewed' order by id desc limit 1`,
    )) as unknown as { rows: Array<{ data: { what: string } }> };
    expect(logged.rows[0].data.what).toBe("pdf");
    expect((await staffB.client.get(`/api/documents/${proc}/versions/1/pdf`)).status).toBe(404);
    // The public policy prints without a watermark and is not logged per view.
    const open = await staffA.client.get(`/api/documents/${policy}/versions/3/pdf`);
    expect(open.status).toBe(200);
    const openText = pdfText(new Uint8Array(await open.arrayBuffer()));
    expect(openText).toContain("機密性2（取扱注意）");
    expect(openText).not.toContain("非公開");
    expect(await events("document.viewed")).toBe(before + 1);
  });

  it("an insider reads it watermarked with their name and the time; each view is logged", async () => {
    const before = await events("document.viewed");
    const res = await staffA.client.get(`/api/documents/${proc}/versions/1`);
    expect(res.status).toBe(200);
    const v = (await json(res)).data;
    expect(v.restricted).toBe(true);
    expect(v.watermark.name).toBe(staffA.name);
    expect(v.watermark.text).toContain("令和8年4月1日");
    expect(await events("document.viewed")).toBe(before + 1);
    await staffA.client.get(`/api/documents/${proc}/versions/1`);
    expect(await events("document.viewed")).toBe(before + 2);
    // The public policy is not logged per view.
    await staffA.client.get(`/api/documents/${policy}/versions/3`);
    expect(await events("document.viewed")).toBe(before + 2);
    // The CISO oversees every document; the network manager reads it as a member of its audience (by role).
    expect((await ciso.client.get(`/api/documents/${proc}`)).status).toBe(200);
    expect((await net.client.get(`/api/documents/${proc}`)).status).toBe(200);
    await headA.client.patch(`/api/documents/${proc}`, {
      audience: { everyone: false, departments: [deptA] },
    });
    expect((await net.client.get(`/api/documents/${proc}`)).status).toBe(404);
  });
});

describe("川崎市: the 情報管理責任者 keeps and approves the 災害復旧手順書 of their system (第11章1)", () => {
  it("is approved by the information manager and hidden from other 課 (第12章10)", async () => {
    const k = await createTestApp({ profileId: "kawasaki" });
    try {
      const d1 = (await makeDepartment(k.database.db, { name: "情報管理課" })).id;
      const d2 = (await makeDepartment(k.database.db, { name: "市民課" })).id;
      const mk = async (roles: Array<[string, string | null]>, dept: string) => {
        const u = await makeUser(k.database.db, { departmentId: dept, roles });
        return authed(k, await signIn(k, u.user.loginId, u.password));
      };
      const manager = await mk([["information_manager", d1]], d1);
      const other = await mk([], d2);
      const res = await manager.post("/api/documents", {
        kind: "disaster_recovery",
        title: "基幹システム災害復旧手順書",
        departmentId: d1,
        audience: { everyone: false, departments: [d1] },
      });
      expect(res.status).toBe(201);
      const id = (await json(res)).data.id;
      await manager.post(`/api/documents/${id}/versions`, { text: "ア 体制\nイ 代替運用" });
      // The only 情報管理責任者 of the 課 approves the version they drafted, with the reason (第2章1(11)ア).
      expect(
        (await manager.post(`/api/documents/${id}/versions/1/approve`, { effectiveOn: "2026-04-01" })).status,
      ).toBe(403);
      const ok = await manager.post(`/api/documents/${id}/versions/1/approve`, {
        effectiveOn: "2026-04-01",
        overrideReason: "この課の情報管理責任者は一人のため",
      });
      expect((await json(ok)).data.approvedClause).toBe("kawasaki:基準/第11章/1");
      await manager.post(`/api/documents/${id}/versions/1/publish`);
      expect((await other.get(`/api/documents/${id}`)).status).toBe(404);
      // 基準 第12章9 names no interval: no review due date is invented.
      expect((await json(await manager.get(`/api/documents/${id}`))).data.reviewDueOn).toBeNull();
    } finally {
      await k.close();
    }
    // A second test app (川崎市) migrates its own database: slow on a busy machine.
  }, 90_000);
});

describe("兼務の禁止: the drafter of a version does not approve it (2.(6)①, #12)", () => {
  it("基本方針7: a CISO who also sits on the committee drafts the standards; another member must approve them", async () => {
    const both = await user(
      [
        ["ciso", null],
        ["committee", null],
      ],
      null,
    );
    const res = await both.client.post("/api/documents", {
      kind: "standards",
      title: "情報セキュリティ対策基準",
      audience: { everyone: true },
    });
    expect(res.status).toBe(201);
    const id = (await json(res)).data.id;
    expect((await both.client.post(`/api/documents/${id}/versions`, { text: "第1 目的" })).status).toBe(201);
    const before = await events("document.version_approved");
    const own = await both.client.post(`/api/documents/${id}/versions/1/approve`, {
      effectiveOn: "2026-05-01",
    });
    expect(own.status).toBe(403);
    expect((await json(own)).error.code).toBe("separation_of_duties");
    // Another member of the committee can approve: no reason makes it the drafter's.
    const withReason = await both.client.post(`/api/documents/${id}/versions/1/approve`, {
      effectiveOn: "2026-05-01",
      overrideReason: "委員会の開催が間に合わないため",
    });
    expect(withReason.status).toBe(403);
    expect((await json(withReason)).error.code).toBe("others_can_decide");
    expect(await events("document.version_approved")).toBe(before);
    const ok = await committee.client.post(`/api/documents/${id}/versions/1/approve`, {
      effectiveOn: "2026-05-01",
    });
    expect(ok.status).toBe(200);
    expect((await json(ok)).data.state).toBe("approved");
  });
  it("an editor of the version who holds the approver duty does not approve it either", async () => {
    const editor = await user(
      [
        ["ciso", null],
        ["committee", null],
      ],
      null,
    );
    const res = await ciso.client.post("/api/documents", {
      kind: "standards",
      title: "情報セキュリティ対策基準（改定案）",
      audience: { everyone: true },
    });
    const id = (await json(res)).data.id;
    expect((await ciso.client.post(`/api/documents/${id}/versions`, { text: "第1 目的" })).status).toBe(201);
    const edit = await editor.client.patch(`/api/documents/${id}/versions/1`, { text: "第1 目的（修正）" });
    expect(edit.status).toBe(200);
    const before = await events("document.version_approved");
    const own = await editor.client.post(`/api/documents/${id}/versions/1/approve`, {
      effectiveOn: "2026-05-01",
    });
    expect(own.status).toBe(403);
    expect((await json(own)).error.code).toBe("separation_of_duties");
    // The refusal names who else can approve when a reason is given (the committee member).
    const withReason = await editor.client.post(`/api/documents/${id}/versions/1/approve`, {
      effectiveOn: "2026-05-01",
      overrideReason: "委員会の開催が間に合わないため",
    });
    expect(withReason.status).toBe(403);
    const refusal = (await json(withReason)).error;
    expect(refusal.code).toBe("others_can_decide");
    expect(refusal.message_ja).toContain(committee.name);
    expect(refusal.message_en).toContain(committee.name);
    expect(await events("document.version_approved")).toBe(before);
    const ok = await committee.client.post(`/api/documents/${id}/versions/1/approve`, {
      effectiveOn: "2026-05-01",
    });
    expect(ok.status).toBe(200);
  });
});
