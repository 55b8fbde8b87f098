import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../http/context";
import { assets } from "../modules/assets/tables";
import { createTestApp, type TestApp } from "../test/app";
import { makeDepartment, makeUser } from "../test/factories";
import { authed, signIn } from "../test/session";
import { auditVisibility, canSeeEvent } from "./access";
import { GENESIS_HASH, hashEvent } from "./canonical";
import { recordEvent } from "./record";
import { csvCell, searchEvents } from "./search";
import { auditEvents } from "./tables";
import { verifyChain } from "./verify";

const which = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

function actorWith(grants: Actor["grants"], departmentId: string | null = null): Actor {
  return {
    userId: "u",
    personId: "p",
    loginId: "x",
    name: "x",
    departmentId,
    bureauId: null,
    grants,
    sessionId: "s",
  };
}

describe(`audit log (${which})`, () => {
  let t: TestApp;
  let auditor: ReturnType<typeof authed>;
  let staff: ReturnType<typeof authed>;
  let deptA: { id: string };
  let deptB: { id: string };
  let bureau: { id: string };
  let staffPersonId: string;
  let assetId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    bureau = await makeDepartment(db, { kind: "bureau", name: "総務局" });
    deptA = await makeDepartment(db, { name: "総務課", parentId: bureau.id });
    deptB = await makeDepartment(db, { name: "税務課" });
    // The auditor may also open every department's assets (csirt), so events about them are shown whole.
    const a = await makeUser(db, {
      roles: [
        ["system_staff", null],
        ["csirt", null],
      ],
      name: "監査 担当",
    });
    const [asset] = await db
      .insert(assets)
      .values({
        assetNumber: "A-1",
        name: "住民基本台帳システム",
        kind: "medium",
        subkind: "usb_memory",
        departmentId: deptA.id,
        status: "lost",
      })
      .returning();
    assetId = asset.id;
    const s = await makeUser(db, { departmentId: deptA.id, name: "一般 職員" });
    staffPersonId = s.person.id;
    auditor = authed(t, await signIn(t, a.user.loginId, a.password));
    staff = authed(t, await signIn(t, s.user.loginId, s.password));
    const at = (h: number) =>
      new Date(`2026-04-0${h < 24 ? 2 : 3}T${String(h % 24).padStart(2, "0")}:00:00+09:00`);
    await recordEvent(
      db,
      { actor: null, ip: "10.0.0.1", requestId: "r" },
      {
        type: "asset.created",
        targetType: "asset",
        targetId: assetId,
        departmentId: deptA.id,
        // Search and CSV fixtures: only the text matters, not each type's data shape.
        data: { changes: { name: { from: null, to: "住民基本台帳システム" } } } as never,
      },
      at(10),
    );
    await recordEvent(
      db,
      null,
      {
        type: "asset.updated",
        targetType: "asset",
        targetId: assetId,
        departmentId: deptA.id,
        data: { note: 'カンマ, "引用" と改行\nを含む' } as never,
      },
      at(11),
    );
    await recordEvent(
      db,
      null,
      {
        type: "request.approved",
        targetType: "request",
        targetId: "R-9",
        departmentId: deptB.id,
        data: { note: '=HYPERLINK("http://x")' } as never,
      },
      at(25),
    );
  });
  afterAll(() => t.close());

  it("refuses UPDATE, DELETE and TRUNCATE on audit_events (trigger)", async () => {
    const db = t.database.db;
    const [first] = await db.select().from(auditEvents).limit(1);
    const refusal = async (q: ReturnType<typeof sql>) => {
      try {
        await db.execute(q);
        return "accepted";
      } catch (e) {
        const err = e as { message: string; cause?: { message: string } };
        return String(err.cause?.message ?? err.message);
      }
    };
    expect(await refusal(sql`UPDATE audit_events SET type = 'x' WHERE id = ${first.id}`)).toMatch(
      /append-only/,
    );
    expect(await refusal(sql`DELETE FROM audit_events WHERE id = ${first.id}`)).toMatch(/append-only/);
    expect(await refusal(sql`TRUNCATE audit_events`)).toMatch(/append-only/);
    const [still] = await db.select().from(auditEvents).where(eq(auditEvents.id, first.id));
    expect(still.type).toBe(first.type);
  });

  it("searches newest first with filters and keyset pagination", async () => {
    const all = await (await auditor.get("/api/audit/events?limit=200")).json();
    const ids = all.events.map((e: { id: number }) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(all.policies).toEqual({ verify: true, export: true });

    const assets = await (await auditor.get("/api/audit/events?type=asset.")).json();
    expect(assets.events.map((e: { type: string }) => e.type)).toEqual(["asset.updated", "asset.created"]);
    expect(assets.events[1].department).toEqual({ id: deptA.id, name: "総務課" });
    // Each event comes with its type in words, beside the code.
    expect(assets.events.map((e: { label: unknown }) => e.label)).toEqual([
      { ja: "情報資産の変更", en: "Asset updated" },
      { ja: "情報資産の登録", en: "Asset registered" },
    ]);

    // The target by its number and name, read through the assets face with the auditor's rights
    // (a viewer who may not open it gets neither: leaks.test.ts).
    expect(assets.events.map((e: { targetName: unknown }) => e.targetName)).toEqual([
      "A-1 住民基本台帳システム",
      "A-1 住民基本台帳システム",
    ]);

    const target = await (await auditor.get("/api/audit/events?targetType=request&targetId=R-9")).json();
    expect(target.events).toHaveLength(1);
    // "R-9" names no request (not an id): no name.
    expect(target.events[0].targetName).toBeNull();
    const text = await (
      await auditor.get(`/api/audit/events?q=${encodeURIComponent("住民基本台帳")}`)
    ).json();
    expect(text.events.map((e: { targetId: string }) => e.targetId)).toEqual([assetId]);
    const wildcard = await (await auditor.get(`/api/audit/events?q=${encodeURIComponent("%")}`)).json();
    expect(wildcard.events).toHaveLength(0);
    const day = await (await auditor.get("/api/audit/events?from=2026-04-02&to=2026-04-02")).json();
    expect(day.events.map((e: { type: string }) => e.type)).toEqual(["asset.updated", "asset.created"]);
    const after = await (await auditor.get("/api/audit/events?from=2026-04-03")).json();
    expect(after.events.map((e: { type: string }) => e.type)).toEqual(["request.approved"]);
    const byActor = await (await auditor.get(`/api/audit/events?actorPersonId=${staffPersonId}`)).json();
    expect(byActor.events.length).toBeGreaterThan(0);
    expect(
      byActor.events.every((e: { actor: { personId: string } }) => e.actor.personId === staffPersonId),
    ).toBe(true);
    expect(byActor.events[0].actor.name).toBe("一般 職員");
    // A word of the actor's name in Japanese finds the actor's events.
    const byName = await (await auditor.get(`/api/audit/events?q=${encodeURIComponent("一般")}`)).json();
    expect(byName.events.map((e: { id: number }) => e.id)).toEqual(
      expect.arrayContaining(byActor.events.map((e: { id: number }) => e.id)),
    );

    const page1 = await (await auditor.get("/api/audit/events?limit=2")).json();
    expect(page1.events).toHaveLength(2);
    const page2 = await (await auditor.get(`/api/audit/events?limit=2&before=${page1.nextBefore}`)).json();
    expect(page2.events[0].id).toBeLessThan(page1.events[1].id);
    expect([...page1.events, ...page2.events].map((e: { id: number }) => e.id)).toEqual(ids.slice(0, 4));
  });

  it("validates the query (page size ≤ 200, unknown parameters, bad dates)", async () => {
    expect((await auditor.get("/api/audit/events?limit=201")).status).toBe(400);
    expect((await auditor.get("/api/audit/events?bogus=1")).status).toBe(400);
    expect((await auditor.get("/api/audit/events?from=yesterday")).status).toBe(400);
    expect((await auditor.get("/api/audit/events?actorPersonId=not-a-uuid")).status).toBe(400);
  });

  it("hides the log from people without view_audit_log, and from anonymous callers", async () => {
    expect((await staff.get("/api/audit/events")).status).toBe(403);
    expect((await staff.get("/api/audit/events.csv")).status).toBe(403);
    expect((await staff.get("/api/audit/verify")).status).toBe(403);
    expect((await t.app.request("/api/audit/events")).status).toBe(401);
    expect((await t.app.request("/api/audit/verify")).status).toBe(401);
  });

  it("department and bureau scope see only their units' events (SQL filter = rule)", async () => {
    const db = t.database.db;
    const grant = (scopeDepartmentId: string | null, scope: "organization" | "bureau" | "department") => ({
      duty: "view_audit_log" as const,
      scope,
      scopeDepartmentId,
      roleKey: "r",
      deputyFor: null,
    });
    const deptViewer = actorWith([grant(deptB.id, "department")], deptA.id);
    const bureauViewer = actorWith([grant(bureau.id, "bureau")]);
    const nobody = actorWith([{ ...grant(null, "organization"), duty: "view_all_departments" }], deptA.id);
    expect(auditVisibility(nobody)).toEqual({ kind: "none" });

    const seenB = await searchEvents(db, {}, auditVisibility(deptViewer), { limit: 200 });
    expect(seenB.items.map((r) => r.event.targetId)).toEqual(["R-9"]);
    const seenBureau = await searchEvents(db, {}, auditVisibility(bureauViewer), { limit: 200 });
    const bureauTargets = new Set(seenBureau.items.map((r) => r.event.departmentId));
    expect(bureauTargets.has(deptA.id)).toBe(true);
    expect(bureauTargets.has(deptB.id)).toBe(false);
    expect((await searchEvents(db, {}, auditVisibility(nobody), { limit: 200 })).items).toHaveLength(0);
    // The rule used for a single record agrees with the list filter.
    const all = await searchEvents(db, {}, { kind: "all" }, { limit: 200 });
    for (const row of all.items) {
      const ref = {
        departmentId: row.event.departmentId,
        bureauId: row.event.departmentId === deptA.id ? bureau.id : null,
      };
      expect(canSeeEvent(deptViewer, ref)).toBe(seenB.items.some((r) => r.event.id === row.event.id));
      expect(canSeeEvent(bureauViewer, ref)).toBe(seenBureau.items.some((r) => r.event.id === row.event.id));
    }
  });

  it("exports CSV: UTF-8 with BOM, Japanese header, quoting, formula defused, same filters", async () => {
    const res = await auditor.get("/api/audit/events.csv?type=asset.");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/csv; charset=utf-8/);
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="audit-events_/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.split("\r\n");
    // The marking first (#20 item 3): the profile's level for exports, its handling, who and when.
    expect(lines[0]).toBe("機密性2（取扱注意）");
    expect(lines[1]).toMatch(/^取扱い \/ Handling: /);
    expect(lines[2]).toBe("出力 / Exported: 監査 担当（令和8年4月1日 (2026年) 09:00）");
    expect(lines[3]).toMatch(/^ID,日時 \(occurred at\),種別 \(type\)/);
    expect(text).toContain("住民基本台帳システム");
    expect(text).toContain('カンマ, \\""引用\\"" と改行\\nを含む');
    expect(text).not.toContain("request.approved");
    const all = new TextDecoder().decode(
      new Uint8Array(await (await auditor.get("/api/audit/events.csv")).arrayBuffer()),
    );
    expect(all).toContain("request.approved");
    expect(csvCell("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvCell('a"b')).toBe('"a""b"');
  });

  it("GET /api/audit/verify reports a valid chain with its count", async () => {
    const res = await auditor.get("/api/audit/verify");
    expect(res.status).toBe(200);
    const body = await res.json();
    const [{ n }] = (
      (await t.database.db.execute(sql`SELECT count(*)::int AS n FROM audit_events`)) as unknown as {
        rows: { n: number }[];
      }
    ).rows;
    expect(body).toEqual({ ok: true, count: Number(n), problems: [] });
  });
});

describe(`tamper detection (${which})`, () => {
  let t: TestApp;
  let auditor: ReturnType<typeof authed>;

  beforeAll(async () => {
    t = await createTestApp();
    const a = await makeUser(t.database.db, { roles: [["system_staff", null]] });
    auditor = authed(t, await signIn(t, a.user.loginId, a.password));
    for (let i = 0; i < 10; i++) await recordEvent(t.database.db, null, { type: "test.event", data: { i } });
    // Behind the trigger's back: what an attacker with database access would do.
    await t.database.exec("DROP TRIGGER audit_events_no_update_delete ON audit_events");
  });
  afterAll(() => t.close());

  it("names the event whose data was changed, in verifyChain and GET /api/audit/verify", async () => {
    const db = t.database.db;
    const rows = await db.select().from(auditEvents).where(eq(auditEvents.type, "test.event"));
    const victim = rows[4];
    await db.execute(sql`UPDATE audit_events SET data = '{"i": 400}'::jsonb WHERE id = ${victim.id}`);
    const result = await verifyChain(db);
    expect(result).toMatchObject({ ok: false, firstBadEventId: victim.id });
    const body = await (await auditor.get("/api/audit/verify")).json();
    expect(body).toMatchObject({ ok: false, firstBadEventId: victim.id });
    // Putting the data back restores the chain: the hash covers exactly the stored fields.
    await db.execute(
      sql`UPDATE audit_events SET data = ${JSON.stringify(victim.data)}::jsonb WHERE id = ${victim.id}`,
    );
    expect((await verifyChain(db)).ok).toBe(true);
  });

  it("detects a changed time or actor, a rehashed row, and a deleted row", async () => {
    const db = t.database.db;
    const rows = await db.select().from(auditEvents).where(eq(auditEvents.type, "test.event"));
    const [r2, r3, r6, r7] = [rows[2], rows[3], rows[6], rows[7]];

    await db.execute(
      sql`UPDATE audit_events SET occurred_at = occurred_at + interval '1 second' WHERE id = ${r2.id}`,
    );
    expect(await verifyChain(db)).toMatchObject({ ok: false, firstBadEventId: r2.id });
    await db.execute(
      sql`UPDATE audit_events SET occurred_at = occurred_at - interval '1 second' WHERE id = ${r2.id}`,
    );
    expect((await verifyChain(db)).ok).toBe(true);

    // Recomputing the changed row's own hash does not help: the next row's prev_hash no longer matches.
    await db.execute(sql`UPDATE audit_events SET hash = repeat('a', 64) WHERE id = ${r3.id}`);
    expect(await verifyChain(db)).toMatchObject({ ok: false, firstBadEventId: r3.id });
    await db.execute(sql`UPDATE audit_events SET hash = ${r3.hash} WHERE id = ${r3.id}`);

    await db.execute(sql`DELETE FROM audit_events WHERE id = ${r6.id}`);
    const afterDelete = await verifyChain(db);
    expect(afterDelete).toMatchObject({ ok: false, firstBadEventId: r7.id });
    const body = await (await auditor.get("/api/audit/verify")).json();
    expect(body).toMatchObject({ ok: false, firstBadEventId: r7.id });
  });
});

describe(`verifyChain encoding (${which})`, () => {
  it("hashes the same bytes as encodeEvent, whatever the field contents", async () => {
    const t = await createTestApp();
    try {
      const db = t.database.db;
      const odd = ["\u001f\u001e\u0002", 'quote " and \\ backslash', "改行\nタブ\t", "emoji 🎌 \u2028", ""];
      for (const [i, text] of odd.entries())
        await recordEvent(
          db,
          { actor: null, ip: text || "::1", requestId: "r" },
          {
            type: `test.${i}`,
            targetType: text,
            targetId: text,
            data: { text, n: [1, 2.5, -0, 1e21, null], nested: { z: 1, a: { y: true, b: text } } },
          },
          new Date(Date.UTC(2026, 3, 1, 0, 0, 0, i * 7)),
        );
      expect(await verifyChain(db)).toEqual({ ok: true, count: odd.length });
      expect(await verifyChain(db, 2)).toEqual({ ok: true, count: odd.length });
      // The reference: recompute each hash with encodeEvent over the rows as the driver returns them.
      const rows = await db.select().from(auditEvents).orderBy(auditEvents.id);
      let prev = GENESIS_HASH;
      for (const row of rows) {
        expect(hashEvent({ ...row, prevHash: prev })).toBe(row.hash);
        prev = row.hash;
      }
    } finally {
      await t.close();
    }
  });
});
