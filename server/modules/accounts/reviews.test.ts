import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makePerson, makeUser } from "../../test/factories";
import { pdfText } from "../../test/pdf-text";
import { expectDeclaredShape } from "../../test/response-schema";
import { type AuthedClient, authed, signIn } from "../../test/session";
import { remindReviews, startDueCampaign } from "./commands/review-jobs";

let t: TestApp;
let net: AuthedClient, head: AuthedClient, otherHead: AuthedClient, admin: AuthedClient;
let adminPersonId: string, headPersonId: string;
let systemId: string;
const people: Record<string, string> = {};
// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
const json = async (res: Response) => (await res.json()) as { data: any; error?: any };
/** The body, after checking it parses against the route's declared response schema. */
const shaped = async (res: Response, path: string) =>
  (await expectDeclaredShape(t, res, { method: "GET", path })) as { data: any };
const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const db = t.database.db;
  const dept = (await makeDepartment(db, { name: "税務課" })).id;
  const other = (await makeDepartment(db, { name: "福祉課" })).id;
  const n = await makeUser(db, { roles: [["network_administrator", null]] });
  net = authed(t, await signIn(t, n.user.loginId, n.password));
  const h = await makeUser(db, { departmentId: dept, roles: [["security_system_manager", dept]] });
  headPersonId = h.person.id;
  head = authed(t, await signIn(t, h.user.loginId, h.password));
  const o = await makeUser(db, { departmentId: other, roles: [["security_system_manager", other]] });
  otherHead = authed(t, await signIn(t, o.user.loginId, o.password));
  const a = await makeUser(db, { departmentId: dept });
  adminPersonId = a.person.id;
  admin = authed(t, await signIn(t, a.user.loginId, a.password));
  for (const [key, active] of [
    ["present", true],
    ["retired", false],
    ["operator", true],
  ] as const)
    people[key] = (await makePerson(db, { name: key, departmentId: dept, active })).id;
  const r = await db.execute(
    sql`insert into assets (asset_number, name, kind, department_id) values ('S-9', '住民記録システム', 'system', ${dept}::uuid) returning id`,
  );
  const assetId = rowsOf<{ id: string }>(r)[0].id;
  systemId = (
    await json(await net.post("/api/accounts/systems", { assetId, administratorPersonId: adminPersonId }))
  ).data.id;
  for (const [loginName, personId, privileged] of [
    ["present", people.present, false],
    ["retired", people.retired, false],
    ["ops", people.operator, true],
  ] as const)
    expect(
      (
        await net.post("/api/accounts/accounts", {
          systemId,
          loginName,
          holderKind: "person",
          personId,
          privileged,
          approvalRef: "R8-1",
          lastUsedOn: "2026-03-30",
        })
      ).status,
    ).toBe(201);
});
afterAll(async () => t.close());

describe("ID review campaign", () => {
  let reviewId: string;
  // biome-ignore lint/suspicious/noExplicitAny: response rows
  let items: any[];
  let nextId: string;

  it("the ネットワーク管理者 starts it; the 課長 is told and sees their system; staff may not start one", async () => {
    expect((await head.post("/api/accounts/reviews", { title: "x" })).status).toBe(403);
    const res = await net.post("/api/accounts/reviews", {
      title: "令和8年度 ID棚卸し",
      systemIds: [systemId],
    });
    expect(res.status).toBe(201);
    reviewId = (await json(res)).data.id;
    const notes = rowsOf<{ person_id: string; kind: string }>(
      await t.database.db.execute(
        sql`select person_id, kind from notifications where kind = 'review_started'`,
      ),
    );
    expect(notes.map((x) => x.person_id)).toContain(headPersonId);
    const detail = (
      await shaped(await head.get(`/api/accounts/reviews/${reviewId}`), "/api/accounts/reviews/{id}")
    ).data;
    const list = (await shaped(await head.get("/api/accounts/reviews"), "/api/accounts/reviews")).data;
    expect(list.reviews.map((r: { id: string }) => r.id)).toContain(reviewId);
    expect(detail.systems).toHaveLength(1);
    expect(detail.systems[0]).toMatchObject({ systemId, ids: 3, decided: 0, mayDecide: true, flagged: 2 });
    // Another 課's 課長 does not see the campaign at all.
    expect((await otherHead.get(`/api/accounts/reviews/${reviewId}`)).status).toBe(404);
    expect((await otherHead.get(`/api/accounts/reviews/${reviewId}/items?systemId=${systemId}`)).status).toBe(
      404,
    );
    items = (await json(await head.get(`/api/accounts/reviews/${reviewId}/items?systemId=${systemId}`))).data
      .items;
    expect(items.find((i) => i.loginName === "retired")).toMatchObject({
      findings: ["retired"],
      sinceLast: null,
    });
    // Flagged IDs come first: the privileged one without a connection time limit, the retired one.
    expect(items.map((i) => i.loginName)).toEqual(["ops", "retired", "present"]);
  });

  it("the 課長 decides each ID; a removal needs a reason and becomes the administrator's task", async () => {
    const byName = (n: string) => items.find((i) => i.loginName === n);
    const decide = (client: AuthedClient, name: string, body: Record<string, unknown>) =>
      client.post(`/api/accounts/reviews/${reviewId}/items/${byName(name).id}/decision`, body);
    expect((await decide(otherHead, "retired", { decision: "remove", reason: "退職" })).status).toBe(404);
    expect((await decide(admin, "retired", { decision: "remove", reason: "退職" })).status).toBe(403);
    const noReason = await decide(head, "retired", { decision: "remove" });
    expect(noReason.status).toBe(400);
    expect((await json(noReason)).error.fields.reason.message_ja).toContain("理由");
    // Keeping a flagged ID needs a reason too; keeping a clean one does not.
    expect((await decide(head, "retired", { decision: "keep" })).status).toBe(400);
    expect((await decide(head, "present", { decision: "keep" })).status).toBe(200);
    expect((await decide(head, "ops", { decision: "change", reason: "特権を外す" })).status).toBe(200);
    expect((await decide(head, "retired", { decision: "remove", reason: "退職者のID" })).status).toBe(200);
    const tasks = (
      await shaped(await admin.get("/api/accounts/reviews/tasks"), "/api/accounts/reviews/tasks")
    ).data;
    expect(tasks.map((x: { loginName: string }) => x.loginName).sort()).toEqual(["ops", "retired"]);
    expect(tasks[0].policies.complete_task).toBe(true);
    expect(tasks[0].taskDueOn).toBe("2026-04-15");
  });

  it("the job reminds of overdue tasks once; the administrator's removal stops the ID", async () => {
    const db = t.database.db;
    const late = new Date("2026-04-20T09:00:00+09:00");
    const sent = await db.transaction((tx) => remindReviews(tx, t.deps.profile(), late));
    expect(sent).toBe(2);
    expect(await db.transaction((tx) => remindReviews(tx, t.deps.profile(), late))).toBe(0);
    const retired = items.find((i) => i.loginName === "retired");
    const ops = items.find((i) => i.loginName === "ops");
    expect((await admin.post(`/api/accounts/reviews/${reviewId}/items/${ops.id}/done`, {})).status).toBe(400);
    expect(
      (await admin.post(`/api/accounts/reviews/${reviewId}/items/${ops.id}/done`, { note: "特権を外した" }))
        .status,
    ).toBe(200);
    expect((await admin.post(`/api/accounts/reviews/${reviewId}/items/${retired.id}/done`, {})).status).toBe(
      200,
    );
    expect((await admin.post(`/api/accounts/reviews/${reviewId}/items/${retired.id}/done`, {})).status).toBe(
      409,
    );
    const state = rowsOf<{ state: string }>(
      await db.execute(sql`select state from system_accounts where login_name = 'retired'`),
    )[0].state;
    expect(state).toBe("removed");
    const events = rowsOf<{ type: string }>(
      await db.execute(sql`select type from audit_events where type like 'accounts.review%' order by seq`),
    ).map((e) => e.type);
    expect(events).toEqual(
      expect.arrayContaining([
        "accounts.review_started",
        "accounts.review_decided",
        "accounts.review_task_done",
        "accounts.review_reminders_sent",
      ]),
    );
  });

  it("closes when every ID is decided; the cycle starts the next campaign, which shows the differences", async () => {
    expect((await head.post(`/api/accounts/reviews/${reviewId}/close`)).status).toBe(403);
    expect((await net.post(`/api/accounts/reviews/${reviewId}/close`)).status).toBe(200);
    expect(
      (
        await head.post(`/api/accounts/reviews/${reviewId}/items/${items[0].id}/decision`, {
          decision: "keep",
          reason: "x",
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await net.post("/api/accounts/accounts", {
          systemId,
          loginName: "newcomer",
          holderKind: "person",
          personId: people.present,
        })
      ).status,
    ).toBe(201);
    const db = t.database.db;
    // Before the cycle (12 months in the nishihara baseline) nothing starts; after it, one does.
    expect(
      await db.transaction((tx) =>
        startDueCampaign(tx, t.deps.profile(), new Date("2026-12-01T09:00:00+09:00")),
      ),
    ).toBeNull();
    const next = await db.transaction((tx) =>
      startDueCampaign(tx, t.deps.profile(), new Date("2027-04-02T09:00:00+09:00")),
    );
    expect(next).toBeTruthy();
    nextId = next as string;
    const res = (await json(await head.get(`/api/accounts/reviews/${next}/items?systemId=${systemId}`))).data;
    const since = Object.fromEntries(
      res.items.map((i: { loginName: string; sinceLast: string | null }) => [i.loginName, i.sinceLast]),
    );
    expect(since).toMatchObject({ newcomer: "added", present: null });
    expect(res.removedSinceLast.map((r: { loginName: string }) => r.loginName)).toEqual(["retired"]);
  });

  it("exports the result as .xlsx, .csv and PDF: labels not codes, formulas defused, only what the viewer sees, marked, recorded", async () => {
    const next = (await json(await head.get(`/api/accounts/reviews/${nextId}/items?systemId=${systemId}`)))
      .data.items as Array<{ id: string; loginName: string }>;
    const newcomer = next.find((i) => i.loginName === "newcomer");
    expect(
      (
        await head.post(`/api/accounts/reviews/${nextId}/items/${newcomer?.id}/decision`, {
          decision: "change",
          reason: '=HYPERLINK("http://x","y")',
        })
      ).status,
    ).toBe(200);
    expect((await otherHead.get(`/api/accounts/reviews/${reviewId}/export?format=csv`)).status).toBe(404);
    expect((await otherHead.get(`/api/accounts/reviews/${reviewId}/export?format=pdf`)).status).toBe(404);
    expect((await head.get(`/api/accounts/reviews/${reviewId}/export?format=docx`)).status).toBe(400);

    const xlsx = await head.get(`/api/accounts/reviews/${reviewId}/export?format=xlsx`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("content-disposition")).toContain("attachment");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const ws = wb.worksheets[0];
    const values = (n: number) => (ws.getRow(n).values as unknown[]).slice(1).map((v) => String(v ?? ""));
    const all = Array.from({ length: ws.rowCount }, (_, i) => values(i + 1));
    expect(all[0][0]).toBe("機密性2（取扱注意）");
    expect(ws.headerFooter.oddHeader).toContain("機密性2（取扱注意）");
    const header = all.findIndex((r) => r[0] === "システム");
    expect(all[header]).toContain("判断");
    const rows = all.slice(header + 1);
    expect(rows).toHaveLength(3);
    const retired = rows.find((r) => r[2] === "retired");
    expect(retired).toEqual(
      expect.arrayContaining(["S-9 住民記録システム", "税務課", "個人", "退職者のID", "削除", "いいえ"]),
    );
    expect(rows.flat().join(" ")).not.toMatch(/\b(remove|retired_person|privileged_unapproved|person)\b/);

    const csv = await head.get(`/api/accounts/reviews/${nextId}/export?format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trim().split("\r\n");
    // the marking lines (西原村: 機密性2, handling, exporter), then the header
    expect(lines[0]).toBe("機密性2（取扱注意）");
    expect(lines[2]).toMatch(/^出力 \/ Exported: /);
    expect(lines[3].split(",").slice(0, 3)).toEqual(["システム", "所管課", "ログイン名"]);
    const line = lines.find((l) => l.includes("newcomer")) ?? "";
    expect(line).toContain("新規");
    expect(line).toContain("変更");
    // The formula a reviewer typed is text in the file, not a live formula.
    expect(line).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(line).not.toMatch(/,=HYPERLINK/);

    const pdf = await head.get(`/api/accounts/reviews/${nextId}/export?format=pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const printed = pdfText(new Uint8Array(await pdf.arrayBuffer()));
    expect(printed).toContain("ID棚卸し結果");
    expect(printed).toContain("機密性2（取扱注意）");
    expect(printed).toContain("出力 / Exported:");
    expect(printed).toMatch(/1 \/ \d+ ページ/);
    expect(printed).toContain("operator");
    expect(printed).toContain("未判断");
    expect(printed).toContain("'=HYPERLINK");
    expect(printed).not.toMatch(/(^|[^'])=HYPERLINK/m);

    const events = rowsOf<{ data: { format: string; rows: number } }>(
      await t.database.db.execute(
        sql`select data from audit_events where type = 'accounts.review_exported' order by seq`,
      ),
    );
    expect(events.map((e) => e.data)).toEqual([
      { reviewId, format: "xlsx", rows: 3 },
      { reviewId: nextId, format: "csv", rows: 3 },
      { reviewId: nextId, format: "pdf", rows: 3 },
    ]);
  });
});

describe("兼務の禁止: the 課長 does not keep their own ID unexplained (#12)", () => {
  it("a decision on an ID the reviewer holds is refused, unless nobody else reviews the 課 and the reason is recorded", async () => {
    const db = t.database.db;
    const dept = rowsOf<{ department_id: string }>(
      await db.execute(sql`select department_id from assets where asset_number = 'S-9'`),
    )[0].department_id;
    const r = await db.execute(
      sql`insert into assets (asset_number, name, kind, department_id) values ('S-10', '税務システム', 'system', ${dept}::uuid) returning id`,
    );
    const ownSystem = (
      await json(
        await net.post("/api/accounts/systems", {
          assetId: rowsOf<{ id: string }>(r)[0].id,
          administratorPersonId: adminPersonId,
        }),
      )
    ).data.id;
    expect(
      (
        await net.post("/api/accounts/accounts", {
          systemId: ownSystem,
          loginName: "kacho",
          holderKind: "person",
          personId: headPersonId,
          privileged: false,
          approvalRef: "R8-2",
          lastUsedOn: "2026-03-30",
        })
      ).status,
    ).toBe(201);
    const review = await net.post("/api/accounts/reviews", {
      title: "臨時 ID棚卸し",
      systemIds: [ownSystem],
    });
    expect(review.status).toBe(201);
    const id = (await json(review)).data.id;
    const [item] = (await json(await head.get(`/api/accounts/reviews/${id}/items?systemId=${ownSystem}`)))
      .data.items;
    const decide = (body: Record<string, unknown>) =>
      head.post(`/api/accounts/reviews/${id}/items/${item.id}/decision`, body);
    const own = await decide({ decision: "keep" });
    expect(own.status).toBe(403);
    expect((await json(own)).error.code).toBe("separation_of_duties");
    expect(
      (await json(await decide({ decision: "keep", overrideReason: "一人" }))).error.fields.overrideReason,
    ).toBeDefined();
    // The 課長 is the 課's only reviewer: with the reason, recorded in the decision's event.
    const ok = await decide({
      decision: "keep",
      overrideReason: "税務課の課長は一人で、ほかに判断できる者がいない",
    });
    expect(ok.status).toBe(200);
    const [event] = rowsOf<{ reason: string }>(
      await db.execute(
        sql`select data->>'overrideReason' as reason from audit_events where type = 'accounts.review_decided' order by id desc limit 1`,
      ),
    );
    expect(event.reason).toContain("課長は一人");
  });
});
