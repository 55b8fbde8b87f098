// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { describeStoredAuditData } from "../../test/audit-data";
import { makeDepartment, makePerson, makeUser } from "../../test/factories";
import { xlsxSheet } from "../../test/pdf-text";
import { type AuthedClient, authed, signIn } from "../../test/session";

/**
 * 西原村: attendance of people with and without a login, recorded by the 課長 from a paper sheet
 * (対策基準 6.2(2)⑤), by import, and completion as of a date across an April transfer.
 */
let t: TestApp;
let ciso: AuthedClient, committee: AuthedClient, headA: AuthedClient, staffA: AuthedClient;
let deptA: string, deptB: string;
let p1: string, p2: string, p3: string, p4: string, staffAId: string;
let session: string, futureSession: string, course: string;
const json = async (res: Response) => (await res.json()) as { data: any; error?: any };
const count = async () =>
  Number(
    ((await t.database.db.execute(sql`select count(*)::int as n from training_attendance`)) as any).rows[0].n,
  );

async function user(roles: Array<[string, string | null]>, departmentId: string) {
  const u = await makeUser(t.database.db, { departmentId, roles });
  return { client: authed(t, await signIn(t, u.user.loginId, u.password)), id: u.person.id };
}

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const db = t.database.db;
  deptA = (await makeDepartment(db, { name: "総務課" })).id;
  deptB = (await makeDepartment(db, { name: "住民課" })).id;
  const office = (await makeDepartment(db, { name: "企画商工課" })).id;
  ciso = (await user([["ciso", null]], office)).client;
  committee = (await user([["committee", null]], office)).client;
  headA = (await user([["security_system_manager", deptA]], deptA)).client;
  const s = await user([], deptA);
  staffA = s.client;
  staffAId = s.id;
  // People without a login, as most 会計年度任用職員 are.
  p1 = (await makePerson(db, { name: "山田 一郎", employeeNumber: "1001", departmentId: deptA })).id;
  p2 = (await makePerson(db, { name: "佐藤 花子", employeeNumber: "1002", departmentId: deptA })).id;
  p3 = (await makePerson(db, { name: "鈴木 三郎", employeeNumber: "2001", departmentId: deptB })).id;
  p4 = (
    await makePerson(db, {
      name: "高橋 四子",
      employeeNumber: "1004",
      departmentId: deptA,
      employmentType: "fiscal_year",
    })
  ).id;

  const plan = (
    await json(await ciso.post("/api/training/plans", { fiscalYear: 2025, title: "令和7年度 研修計画" }))
  ).data;
  course = (
    await json(
      await ciso.post("/api/training/courses", {
        planId: plan.id,
        title: "情報セキュリティ基礎研修",
        delivery: "classroom",
        audience: { kind: "everyone" },
      }),
    )
  ).data.id;
  await ciso.post(`/api/training/plans/${plan.id}/actions`, { action: "submit" });
  await committee.post(`/api/training/plans/${plan.id}/actions`, { action: "approve" });
  await ciso.post(`/api/training/plans/${plan.id}/actions`, { action: "put_in_effect" });
  const s1 = await ciso.post("/api/training/sessions", {
    courseId: course,
    heldOn: "2025-10-01",
    place: "役場2階 大会議室",
    capacity: 60,
  });
  expect(s1.status).toBe(201);
  session = (await json(s1)).data.id;
  // Next 年度's plan, with a session in May (not yet held on 2026-04-01).
  const next = (
    await json(await ciso.post("/api/training/plans", { fiscalYear: 2026, title: "令和8年度 研修計画" }))
  ).data;
  const nextCourse = (
    await json(
      await ciso.post("/api/training/courses", {
        planId: next.id,
        title: "標的型攻撃メール訓練",
        delivery: "drill",
        audience: { kind: "everyone" },
      }),
    )
  ).data.id;
  await ciso.post(`/api/training/plans/${next.id}/actions`, { action: "submit" });
  await committee.post(`/api/training/plans/${next.id}/actions`, { action: "approve" });
  await ciso.post(`/api/training/plans/${next.id}/actions`, { action: "put_in_effect" });
  const outside = await ciso.post("/api/training/sessions", {
    courseId: course,
    heldOn: "2026-05-01",
    place: "大会議室",
  });
  expect((await json(outside)).error.fields.heldOn.message_ja).toContain("年度内");
  futureSession = (
    await json(
      await ciso.post("/api/training/sessions", {
        courseId: nextCourse,
        heldOn: "2026-05-01",
        place: "大会議室",
      }),
    )
  ).data.id;
});
afterAll(async () => t.close());

describe("the 課長 records a paper sign-in sheet (6.2(2)⑤)", () => {
  it("the printable sheet lists the 課's people of the audience, with and without a login", async () => {
    const sheet = (await json(await headA.get(`/api/training/sessions/${session}/sheet`))).data;
    const names = sheet.people.map((p: any) => p.name);
    expect(names).toEqual(expect.arrayContaining(["山田 一郎", "佐藤 花子", "高橋 四子"]));
    expect(names).not.toContain("鈴木 三郎");
    expect(sheet.people.find((p: any) => p.name === "山田 一郎").hasLogin).toBe(false);
    expect((await headA.get(`/api/training/sessions/${session}/sheet?departmentId=${deptB}`)).status).toBe(
      403,
    );
    expect((await staffA.get(`/api/training/sessions/${session}/sheet`)).status).toBe(403);
  });

  it("ticks are recorded all together, each record saying how and by whom; bad entries are named", async () => {
    const bad = await headA.post("/api/training/attendance", {
      sessionId: session,
      personIds: [p1, p3, "00000000-0000-4000-8000-000000000009"],
    });
    expect(bad.status).toBe(400);
    const fields = (await json(bad)).error.fields;
    // Another 課's person reads exactly like an unknown id: not named, not confirmed to exist.
    expect(fields["personIds.1"].message_ja).toContain(
      "該当する職員がいないか、記録できる範囲（所管）の外です",
    );
    expect(fields["personIds.1"].message_ja).not.toContain("鈴木");
    expect(fields["personIds.2"].message_ja).toContain(
      "該当する職員がいないか、記録できる範囲（所管）の外です",
    );
    expect(await count()).toBe(0);

    const ok = await headA.post("/api/training/attendance", { sessionId: session, personIds: [p1, p2] });
    expect(ok.status).toBe(200);
    expect((await json(ok)).data.recorded).toBe(2);
    const rows = (
      (await t.database.db.execute(
        sql`select method, completed_on::text as d from training_attendance`,
      )) as any
    ).rows;
    expect(rows).toEqual([
      { method: "department_head", d: "2025-10-01" },
      { method: "department_head", d: "2025-10-01" },
    ]);
    const dup = await headA.post("/api/training/attendance", { sessionId: session, personIds: [p1] });
    expect((await json(dup)).error.fields["personIds.0"].message_ja).toContain("すでに記録");
  });

  it("a session not yet held is refused; a person records their own attendance", async () => {
    const future = await staffA.post("/api/training/attendance", {
      sessionId: futureSession,
      personIds: [staffAId],
    });
    expect(future.status).toBe(400);
    expect((await json(future)).error.fields.sessionId.message_ja).toContain("まだ実施されていない");
    expect(
      (await staffA.post("/api/training/attendance", { sessionId: session, personIds: [p4] })).status,
    ).toBe(400);
    const self = await staffA.post("/api/training/attendance", { sessionId: session, personIds: [staffAId] });
    expect(self.status).toBe(200);
  });
});

describe("import (.csv with 職員番号): dry run, located errors, commit only the valid rows when told", () => {
  const csv = () => {
    const form = new FormData();
    const text =
      "職員番号,氏名,受講日\r\n1004,高橋 四子,2025/10/1\r\n9999,誰か,\r\n2001,鈴木 三郎,\r\n,空欄,\r\n1004,高橋 四子,\r\n";
    form.append("file", new File([text], "出席簿.csv", { type: "text/csv" }));
    return form;
  };
  it("a dry run writes nothing and names every bad row and column", async () => {
    const before = await count();
    const res = await headA.request("POST", `/api/training/sessions/${session}/attendance/import`, csv());
    expect(res.status, await res.clone().text()).toBe(200);
    const d = (await json(res)).data;
    expect(d).toMatchObject({ dryRun: true, rows: 5, recorded: 0 });
    expect(d.errors.map((e: any) => [e.row, e.column])).toEqual([
      [3, "職員番号"],
      [4, "職員番号"],
      [5, "職員番号"],
      [6, "職員番号"],
    ]);
    expect(d.errors[0].message_ja).toBe("「9999」に該当する職員がいないか、記録できる範囲（所管）の外です。");
    // 2001 is another 課's person: the same answer as the unknown 9999, without their name.
    expect(d.errors[1].message_ja).toBe("「2001」に該当する職員がいないか、記録できる範囲（所管）の外です。");
    expect(d.errors[3].message_ja).toContain("重複");
    expect(await count()).toBe(before);
  });

  it("a real run with errors is refused and writes nothing; with commitValidRows it writes the valid rows", async () => {
    const before = await count();
    const form = csv();
    form.append("dryRun", "false");
    const refused = await headA.request("POST", `/api/training/sessions/${session}/attendance/import`, form);
    expect(refused.status).toBe(400);
    expect((await json(refused)).error.fields["rows.3.職員番号"].message_ja).toContain("3行目");
    expect(await count()).toBe(before);
    const commit = csv();
    commit.append("dryRun", "false");
    commit.append("commitValidRows", "true");
    const res = await headA.request("POST", `/api/training/sessions/${session}/attendance/import`, commit);
    expect((await json(res)).data.recorded).toBe(1);
    const [row] = (
      (await t.database.db.execute(
        sql`select method from training_attendance where person_id = ${p4}`,
      )) as any
    ).rows;
    expect(row.method).toBe("import");
  });
});

describe("completion as of a date (the directory's membership that day)", () => {
  it("counts per 課 with the 課 people belonged to; an April transfer moves the person, not last year's figures", async () => {
    const before = (await json(await ciso.get(`/api/training/completion?fiscalYear=2025&by=department`)))
      .data;
    const a = before.groups.find((g: any) => g.key === deptA).courses[0];
    expect(a).toMatchObject({ audience: 5, completed: 4, overdue: 0 });

    // 人事異動 effective 2026-04-01: 山田 moves from 総務課 to 住民課.
    const db = t.database.db;
    const [batch] = (
      (await db.execute(
        sql`insert into transfer_batches (title, effective_date, status) values ('4月1日付け異動', '2026-04-01', 'applied') returning id`,
      )) as any
    ).rows;
    await db.execute(
      sql`insert into transfer_items (batch_id, person_id, from_department_id, to_department_id) values (${batch.id}, ${p1}, ${deptA}, ${deptB})`,
    );
    await db.execute(sql`update people set department_id = ${deptB} where id = ${p1}`);

    const lastYear = (
      await json(await ciso.get(`/api/training/completion?fiscalYear=2025&by=department&asOf=2026-03-31`))
    ).data;
    expect(lastYear.groups.find((g: any) => g.key === deptA).courses[0]).toMatchObject({
      audience: 5,
      completed: 4,
    });
    expect(lastYear.groups.find((g: any) => g.key === deptB).courses[0]).toMatchObject({
      audience: 1,
      completed: 0,
    });
    const afterMove = (
      await json(await ciso.get(`/api/training/completion?fiscalYear=2025&by=department&asOf=2026-04-01`))
    ).data;
    expect(afterMove.groups.find((g: any) => g.key === deptA).courses[0]).toMatchObject({
      audience: 4,
      completed: 3,
      overdue: 1,
    });
    expect(afterMove.groups.find((g: any) => g.key === deptB).courses[0]).toMatchObject({
      audience: 2,
      completed: 1,
    });
  });

  it("the 課長 sees their 課 and its overdue people; staff see no 課's figures; the sheet exports as .xlsx", async () => {
    const mine = (
      await json(await headA.get(`/api/training/completion?fiscalYear=2025&by=person&asOf=2026-03-31`))
    ).data;
    expect(mine.groups.map((g: any) => g.label)).not.toContain("鈴木 三郎");
    expect((await headA.get(`/api/training/completion?fiscalYear=2025&departmentId=${deptB}`)).status).toBe(
      403,
    );
    expect((await staffA.get(`/api/training/completion?fiscalYear=2025&departmentId=${deptA}`)).status).toBe(
      403,
    );
    const overdue = (await json(await headA.get(`/api/training/overdue?fiscalYear=2025&asOf=2026-04-01`)))
      .data.overdue;
    expect(overdue.map((o: any) => o.deadline)).toEqual(["2026-03-31"]);
    const xlsx = await ciso.get(`/api/training/completion?fiscalYear=2025&by=department&format=xlsx`);
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    const sheet = await xlsxSheet(new Uint8Array(await xlsx.arrayBuffer()));
    expect(sheet.rows[0][0]).toMatch(/^機密性.+（取扱注意）$/);
    expect(sheet.rows[2][0]).toMatch(/^出力 \/ Exported: /);
    expect(sheet.rows[3][0]).toContain("研修受講状況");
    expect(sheet.header).toContain("（取扱注意）");
  });
});

describeStoredAuditData("training", () => t.database.db, [
  "training.plan_created",
  "training.course_created",
  "training.session_created",
  "training.attendance_recorded",
]);
