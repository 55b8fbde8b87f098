/**
 * The emergency response plan moved from incidents into documents: migration 0023 copies every
 * saved version (run here again over rows written the old way), and /api/emergency-plan keeps
 * answering and saving through this module.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makeUser } from "../../test/factories";
import { type AuthedClient, authed, signIn } from "../../test/session";
import { renderPlan } from "./emergency-plan";

let t: TestApp;
let ciso: AuthedClient, staff: AuthedClient;
let cisoPerson: string;
// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
const json = async (res: Response) => (await res.json()) as any;
const rows = async <T>(q: ReturnType<typeof sql>) =>
  ((await t.database.db.execute(q)) as unknown as { rows: T[] }).rows;

const v1 = {
  contacts: [
    { role: "CISO", name: "副村長", phone: "096-000-0009" },
    { role: "CSIRT", name: "情報政策係" },
  ],
  whatToReport: ["発生日時", "影響範囲"],
  responseMeasures: ["ネットワークから切り離す"],
  recurrencePrevention: ["原因を究明し再発防止策を策定"],
};
const v2 = { ...v1, whatToReport: ["発生日時"] };

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const dept = (await makeDepartment(t.database.db, { name: "総務課" })).id;
  const c = await makeUser(t.database.db, { departmentId: null, roles: [["ciso", null]] });
  cisoPerson = c.person.id;
  ciso = authed(t, await signIn(t, c.user.loginId, c.password));
  const s = await makeUser(t.database.db, { departmentId: dept, roles: [] });
  staff = authed(t, await signIn(t, s.user.loginId, s.password));
  // Two versions saved the old way, then the migration's statements run over them.
  await t.database.db.execute(sql`
    insert into emergency_plans (version, content, note, created_by_person_id, created_at) values
      (1, ${JSON.stringify(v1)}::jsonb, '初版', ${cisoPerson}::uuid, '2026-01-10T01:00:00Z'),
      (2, ${JSON.stringify(v2)}::jsonb, '改訂', ${cisoPerson}::uuid, '2026-03-01T16:00:00Z')`);
  const file = join(import.meta.dirname, "../../db/migrations/0023_emergency_plan_document.sql");
  for (const statement of readFileSync(file, "utf8").split("--> statement-breakpoint"))
    await t.database.db.execute(sql.raw(statement));
});
afterAll(async () => t.close());

describe("the emergency response plan as a document (8.3(1)(2))", () => {
  it("the migration copied every version: the newest published, the older superseded, text rendered from the sections", async () => {
    const versions = await rows<{
      number: number;
      state: string;
      body: string;
      effective_on: string;
      change_summary: string;
    }>(
      sql`select v.number, v.state, v.body, v.effective_on::text, v.change_summary from document_versions v
            join documents d on d.id = v.document_id where d.origin = 'incidents.emergency_plan' order by v.number`,
    );
    expect(versions.map((v) => [v.number, v.state, v.change_summary])).toEqual([
      [1, "superseded", "初版"],
      [2, "published", "改訂"],
    ]);
    expect(versions[0].body).toBe(renderPlan(v1));
    // The 施行日 is the JST day it was saved (16:00 UTC on 1 March is 2 March in Japan).
    expect(versions[1].effective_on).toBe("2026-03-02");
  });

  it("the old routes keep answering from the document", async () => {
    const view = await json(await staff.get("/api/emergency-plan"));
    expect(view.current).toMatchObject({ version: 2, note: "改訂", content: v2 });
    expect(view.versions.map((x: { version: number }) => x.version)).toEqual([2, 1]);
    const first = await json(await staff.get("/api/emergency-plan/versions/1"));
    expect(first.current.content.whatToReport).toEqual(["発生日時", "影響範囲"]);
    expect((await staff.get("/api/emergency-plan/versions/9")).status).toBe(404);
  });

  it("8.3(4) 見直し: a save from the plan screen is a draft: another approves it (not its drafter or editor, #12), then it is published", async () => {
    const c = await makeUser(t.database.db, { departmentId: null, roles: [["csirt", null]] });
    const csirt = authed(t, await signIn(t, c.user.loginId, c.password));
    const draft = { ...v2, responseMeasures: ["切り離す", "CSIRTへ報告"], note: "第3版" };
    const res = await csirt.put("/api/emergency-plan", draft);
    expect(res.status).toBe(200);
    const saved = await json(res);
    // Not in force yet: the plan in force stays version 2; the draft is the writers' only.
    expect(saved.current.version).toBe(2);
    expect(saved.pending).toMatchObject({ version: 3, state: "draft", note: "第3版" });
    expect(saved.pending.content.responseMeasures).toEqual(["切り離す", "CSIRTへ報告"]);
    const staffView = await json(await staff.get("/api/emergency-plan"));
    expect(staffView.current.version).toBe(2);
    expect(staffView.pending).toBeNull();
    expect((await staff.get("/api/emergency-plan/versions/3")).status).toBe(404);
    const id = saved.documentId;
    // The CSIRT keeps the plan's text but does not approve it (the kind's approver is the CISO).
    expect(
      (await csirt.post(`/api/documents/${id}/versions/3/approve`, { effectiveOn: "2026-05-01" })).status,
    ).toBe(403);
    expect(
      (await ciso.post(`/api/documents/${id}/versions/3/approve`, { effectiveOn: "2026-05-01" })).status,
    ).toBe(200);
    // Approved and waiting for publication: the screen does not change it underneath.
    const late = await csirt.put("/api/emergency-plan", { ...draft, note: "遅れた修正" });
    expect(late.status).toBe(409);
    expect((await json(late)).error.code).toBe("open_version");
    expect((await ciso.post(`/api/documents/${id}/versions/3/publish`, {})).status).toBe(200);
    expect((await json(await staff.get("/api/emergency-plan"))).current.version).toBe(3);
    const docs = (await json(await staff.get("/api/documents?view=to_read"))).data;
    const plan = docs.find((d: { kind: string }) => d.kind === "emergency_plan");
    expect(plan).toMatchObject({
      title: "緊急時対応計画",
      restricted: false,
      current: { number: 3, state: "published" },
    });
    const cmp = (await json(await staff.get(`/api/documents/${plan.id}/compare?from=2&to=3`))).data;
    expect(cmp.summary.changed + cmp.summary.added).toBeGreaterThan(0);
  });

  it("the CISO who drafted or edited the plan does not approve it in one go; only with the unavoidable reason when no one else can", async () => {
    const c = await makeUser(t.database.db, { departmentId: null, roles: [["csirt", null]] });
    const csirt = authed(t, await signIn(t, c.user.loginId, c.password));
    const first = await json(await csirt.put("/api/emergency-plan", { ...v1, note: "第4版" }));
    expect(first.pending.version).toBe(4);
    // The CISO edits the CSIRT's draft: the same version, now the CISO's work too.
    const edited = await json(
      await ciso.put("/api/emergency-plan", { ...v1, whatToReport: ["発生日時"], note: "第4版" }),
    );
    expect(edited.pending).toMatchObject({ version: 4, state: "draft" });
    const url = `/api/documents/${edited.documentId}/versions/4/approve`;
    const own = await ciso.post(url, { effectiveOn: "2026-06-01" });
    expect(own.status).toBe(403);
    expect((await json(own)).error.code).toBe("separation_of_duties");
    // Nobody else holds the CISO's duty: the unavoidable case, its reason recorded.
    const reason = "CISOのほかに承認できる者がいないため";
    expect((await ciso.post(url, { effectiveOn: "2026-06-01", overrideReason: reason })).status).toBe(200);
    const [event] = await rows<{ reason: string }>(
      sql`select data->>'overrideReason' as reason from audit_events where type = 'document.version_approved' order by seq desc limit 1`,
    );
    expect(event.reason).toBe(reason);
    expect(
      (
        await rows<{ n: number }>(
          sql`select count(*)::int as n from audit_events where type = 'emergency_plan.drafted'`,
        )
      )[0].n,
    ).toBe(3);
  });

  it("a profile without the plan's document kind refuses the save: no one could approve it", async () => {
    const k = await createTestApp({ profileId: "kawasaki" });
    try {
      const u = await makeUser(k.database.db, { departmentId: null, roles: [["information_chief", null]] });
      const cisoK = authed(k, await signIn(k, u.user.loginId, u.password));
      const res = await cisoK.put("/api/emergency-plan", v1);
      expect(res.status).toBe(422);
      expect((await json(res)).error.code).toBe("no_document_kind");
    } finally {
      await k.close();
    }
  }, 120_000);
});
