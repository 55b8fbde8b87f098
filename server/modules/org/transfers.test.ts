import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assetNamedPeople, assets } from "../../db/schema";
import { deputies, people, roleAssignments } from "../../directory/tables";
import { createTestApp, type TestApp } from "../../test/app";
import { assignRole, makeDepartment, makePerson } from "../../test/factories";
import type { AuthedClient } from "../../test/session";
import { decodeCsv, parseCsv, parseSheetDate } from "./sheet";
import { transferBatches } from "./tables";
import { eventsSince, lastEventId, userClient } from "./test-helpers";

/** Shift_JIS encoder for tests, built by inverting the platform's decoder over the double-byte range. */
function shiftJis(text: string): Uint8Array {
  const dec = new TextDecoder("shift_jis");
  const map = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead > 0x9f && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== "\ufffd" && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) out.push(code);
    else {
      const bytes = map.get(ch);
      if (!bytes) throw new Error(`no Shift_JIS for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

async function xlsx(rows: unknown[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("人事異動");
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function form(bytes: Uint8Array, name: string, fields: Record<string, string> = {}) {
  const fd = new FormData();
  fd.append("file", new Blob([bytes as BlobPart]), name);
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
}

describe("人事異動 (transfers)", () => {
  let t: TestApp;
  let admin: AuthedClient;
  let staff: AuthedClient;
  const u: Record<string, { id: string }> = {};
  const p: Record<string, typeof people.$inferSelect> = {};

  beforeAll(async () => {
    t = await createTestApp(); // clock: 2026-04-01 09:00 JST
    const db = t.database.db;
    u.bx = await makeDepartment(db, { kind: "bureau", code: "BX", name: "総務部" });
    u.a = await makeDepartment(db, { code: "A", name: "総務課", parentId: u.bx.id });
    u.b = await makeDepartment(db, { code: "B", name: "財政課", parentId: u.bx.id });
    u.c = await makeDepartment(db, { code: "C", name: "住民課" });
    p.one = await makePerson(db, {
      name: "山田 太郎",
      employeeNumber: "T001",
      departmentId: u.a.id,
      title: "課長",
    });
    p.two = await makePerson(db, { name: "鈴木 花子", employeeNumber: "T002", departmentId: u.a.id });
    p.three = await makePerson(db, { name: "佐藤 次郎", employeeNumber: "T003", departmentId: u.b.id });
    p.deputy = await makePerson(db, { name: "代行 三郎", employeeNumber: "T004", departmentId: u.a.id });
    admin = (await userClient(t, { roles: [["system_staff", null]] })).client;
    staff = (await userClient(t, { departmentId: u.a.id })).client;
  }, 60_000);
  afterAll(() => t?.close());

  it("parses sheet dates in western and Japanese-era forms and rejects impossible dates", () => {
    expect(parseSheetDate("2026/4/1")).toBe("2026-04-01");
    expect(parseSheetDate("２０２６年４月１日")).toBe("2026-04-01");
    expect(parseSheetDate("令和8年4月1日")).toBe("2026-04-01");
    expect(parseSheetDate("R8.4.1")).toBe("2026-04-01");
    expect(parseSheetDate("平成31年4月30日")).toBe("2019-04-30");
    expect(parseSheetDate("令和元年5月1日")).toBe("2019-05-01");
    expect(parseSheetDate("2026-02-30")).toBeNull();
    expect(parseSheetDate("来月")).toBeNull();
    expect(parseCsv('a,"b,""c""\nd"\r\n1,2\n')).toEqual([
      ["a", 'b,"c"\nd'],
      ["1", "2"],
    ]);
    expect(decodeCsv(shiftJis("職員番号,氏名"))).toBe("職員番号,氏名");
    expect(decodeCsv(new TextEncoder().encode("\uFEFF職員番号"))).toBe("職員番号");
  });

  it("a form batch is validated, planned, and only managers may see or create batches", async () => {
    expect((await staff.get("/api/transfers")).status).toBe(403);
    const bad = await admin.post("/api/transfers", {
      title: "4月異動",
      effectiveDate: "2026-04-01",
      items: [
        { personId: p.one.id, toDepartmentId: "00000000-0000-4000-8000-000000000000" },
        {
          personId: p.two.id,
          toDepartmentId: u.b.id,
          roleChanges: [{ op: "add", roleKey: "ciso", scopeDepartmentId: u.b.id }],
        },
      ],
    });
    expect(bad.status).toBe(400);
    const fields = (await bad.json()).error.fields;
    expect(Object.keys(fields).sort()).toEqual([
      "items.0.toDepartmentId",
      "items.1.roleChanges.0.scopeDepartmentId",
    ]);
    expect(
      (await staff.post("/api/transfers", { title: "x", effectiveDate: "2026-04-01", items: [] })).status,
    ).toBe(400);
    expect(
      (
        await staff.post("/api/transfers", {
          title: "x",
          effectiveDate: "2026-04-01",
          items: [{ personId: p.one.id, toDepartmentId: u.b.id }],
        })
      ).status,
    ).toBe(403);
  });

  it("cannot apply before the effective date; can cancel a planned batch (audited)", async () => {
    const res = await admin.post("/api/transfers", {
      title: "5月異動",
      effectiveDate: "2026-05-01",
      items: [{ personId: p.three.id, toDepartmentId: u.c.id }],
    });
    expect(res.status).toBe(201);
    const batch = await res.json();
    expect(batch).toMatchObject({ status: "planned", itemCount: 1, policies: { apply: true, cancel: true } });
    const early = await admin.post(`/api/transfers/${batch.id}/apply`);
    expect(early.status).toBe(409);
    expect((await early.json()).error.code).toBe("not_yet_effective");
    const [still] = await t.database.db.select().from(people).where(eq(people.id, p.three.id));
    expect(still.departmentId).toBe(u.b.id);
    const since = await lastEventId(t);
    const cancelled = await admin.post(`/api/transfers/${batch.id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect((await cancelled.json()).status).toBe("cancelled");
    expect((await eventsSince(t, since)).map((e) => e.type)).toEqual(["org.transfer.cancelled"]);
    expect((await admin.post(`/api/transfers/${batch.id}/apply`)).status).toBe(409);
  });

  it("apply moves people, ends unit-scoped roles that no longer fit, applies role changes and lists the handover", async () => {
    const db = t.database.db;
    const headA = await assignRole(db, p.one.id, "security_system_manager", u.a.id);
    const ciso = await assignRole(db, p.one.id, "ciso", null);
    const [depHead] = await db
      .insert(deputies)
      .values({
        principalPersonId: p.one.id,
        deputyPersonId: p.deputy.id,
        roleAssignmentId: headA.id,
        validFrom: new Date("2026-03-25T00:00:00+09:00"),
        validTo: new Date("2026-04-30T00:00:00+09:00"),
        reason: "長期出張",
      })
      .returning();
    const [depCiso] = await db
      .insert(deputies)
      .values({
        principalPersonId: p.one.id,
        deputyPersonId: p.deputy.id,
        roleAssignmentId: ciso.id,
        validFrom: new Date("2026-03-25T00:00:00+09:00"),
        validTo: new Date("2026-04-30T00:00:00+09:00"),
        reason: "長期出張",
      })
      .returning();
    // p.two is head of B and moves to B: that role still fits and stays.
    const headB = await assignRole(db, p.two.id, "security_system_manager", u.b.id);

    const created = await (
      await admin.post("/api/transfers", {
        title: "令和8年度 4月1日付 人事異動",
        effectiveDate: "2026-04-01",
        items: [
          {
            personId: p.one.id,
            toDepartmentId: u.c.id,
            newTitle: "住民課長",
            roleChanges: [{ op: "add", roleKey: "security_system_manager", scopeDepartmentId: u.c.id }],
          },
          { personId: p.two.id, toDepartmentId: u.b.id },
        ],
      })
    ).json();
    // #13 item 3: p.one keeps an asset of 総務課 as custodian and is named on a 機密性3 asset there.
    const [kept] = await db
      .insert(assets)
      .values({
        assetNumber: "SOUMU-001",
        name: "総務課ノートPC",
        kind: "device",
        departmentId: u.a.id,
        custodianPersonId: p.one.id,
      })
      .returning();
    const [top] = await db
      .insert(assets)
      .values({
        assetNumber: "SOUMU-002",
        name: "人事記録",
        kind: "information",
        departmentId: u.a.id,
        confidentiality: "3",
        effectiveConfidentiality: "3",
      })
      .returning();
    await db.insert(assetNamedPeople).values({ assetId: top.id, personId: p.one.id });

    // The 引き継ぎ view says, before the batch is applied, what applying it will end and review.
    const planned = await (await admin.get(`/api/transfers/${created.id}`)).json();
    const plannedOne = planned.items.find((i: { personId: string }) => i.personId === p.one.id);
    expect(plannedOne.handoverIsPreview).toBe(true);
    // Assets left behind are listed; the organization manager may open neither, so both are counted
    // without number or name (the assets face decides).
    expect(plannedOne.assetsToReassign).toHaveLength(2);
    expect(plannedOne.assetsToReassign.map((a: { as: string }) => a.as).sort()).toEqual([
      "custodian",
      "named",
    ]);
    expect(JSON.stringify(plannedOne.assetsToReassign)).not.toContain("人事記録");

    const since = await lastEventId(t);
    const res = await admin.post(`/api/transfers/${created.id}/apply`);
    expect(res.status).toBe(200);
    const applied = await res.json();
    const appliedOne = applied.items.find((i: { personId: string }) => i.personId === p.one.id);
    expect(appliedOne.handoverIsPreview).toBe(false);
    // The preview said exactly what the apply did.
    const key = (h: { kind: string; action: string; id: string }) => `${h.kind}:${h.action}:${h.id}`;
    expect(plannedOne.handover.map(key).sort()).toEqual(appliedOne.handover.map(key).sort());
    // Still listed after the apply, until the old department's manager reassigns them.
    expect(appliedOne.assetsToReassign).toHaveLength(2);
    await db.update(assets).set({ custodianPersonId: null }).where(eq(assets.id, kept.id));
    const later = await (await admin.get(`/api/transfers/${created.id}`)).json();
    expect(
      later.items.find((i: { personId: string }) => i.personId === p.one.id).assetsToReassign,
    ).toHaveLength(1);
    expect(applied.status).toBe("applied");

    const [one] = await db.select().from(people).where(eq(people.id, p.one.id));
    expect(one).toMatchObject({ departmentId: u.c.id, title: "住民課長" });
    const [two] = await db.select().from(people).where(eq(people.id, p.two.id));
    expect(two.departmentId).toBe(u.b.id);

    const ras = await db.select().from(roleAssignments).where(eq(roleAssignments.personId, p.one.id));
    expect(ras.find((r) => r.id === headA.id)?.validTo).toBe("2026-03-31");
    expect(ras.find((r) => r.id === ciso.id)?.validTo).toBeNull();
    const added = ras.find((r) => r.scopeDepartmentId === u.c.id);
    expect(added).toMatchObject({
      roleKey: "security_system_manager",
      validFrom: "2026-04-01",
      validTo: null,
    });
    const [b] = await db.select().from(roleAssignments).where(eq(roleAssignments.id, headB.id));
    expect(b.validTo).toBeNull();

    const [dh] = await db.select().from(deputies).where(eq(deputies.id, depHead.id));
    expect(dh.validTo.getTime()).toBeLessThanOrEqual(t.clock.now.getTime());
    const [dc] = await db.select().from(deputies).where(eq(deputies.id, depCiso.id));
    expect(dc.validTo.toISOString()).toBe(depCiso.validTo.toISOString());

    const item = applied.items.find((i: { personId: string }) => i.personId === p.one.id);
    expect(item).toMatchObject({ fromDepartmentName: "総務課", toDepartmentName: "住民課" });
    expect(item.handover).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: "role_assignment",
          action: "ended",
          id: headA.id,
          roleTitle: { ja: "情報セキュリティ・システム管理者", en: expect.any(String) },
          scope: "department",
          scopeDepartmentName: "総務課",
        }),
        expect.objectContaining({
          kind: "deputy",
          action: "ended",
          id: depHead.id,
          as: "principal",
          otherPersonName: "代行 三郎",
        }),
        expect.objectContaining({ kind: "deputy", action: "review", id: depCiso.id, roleKey: "ciso" }),
      ]),
    );
    expect(item.handover).toHaveLength(3);
    const itemTwo = applied.items.find((i: { personId: string }) => i.personId === p.two.id);
    expect(itemTwo.handover).toEqual([]);

    const events = await eventsSince(t, since);
    expect(events.map((e) => e.type)).toEqual([
      "org.transfer.applied",
      "org.transfer.applied",
      "org.transfer.batch_applied",
    ]);
    const evOne = events.find((e) => e.targetId === p.one.id);
    expect(evOne?.data).toMatchObject({
      batchId: created.id,
      changes: { departmentId: { from: u.a.id, to: u.c.id }, title: { from: "課長", to: "住民課長" } },
      endedRoleAssignments: [{ id: headA.id, roleKey: "security_system_manager", validTo: "2026-03-31" }],
      addedRoleAssignments: [{ roleKey: "security_system_manager", scopeDepartmentId: u.c.id }],
    });
    expect((await admin.post(`/api/transfers/${created.id}/apply`)).status).toBe(409);
    const list = await (await admin.get("/api/transfers")).json();
    expect(list.items.find((x: { id: string }) => x.id === created.id)).toMatchObject({
      status: "applied",
      itemCount: 2,
    });
  });

  it("apply is atomic: a failure at the very end leaves every person, role and the batch unchanged, and no event", async () => {
    const db = t.database.db;
    const mover = await makePerson(db, { employeeNumber: "T100", departmentId: u.a.id });
    const head = await assignRole(db, mover.id, "security_system_manager", u.a.id);
    const other = await makePerson(db, { employeeNumber: "T101", departmentId: u.b.id });
    const batch = await (
      await admin.post("/api/transfers", {
        title: "失敗する異動",
        effectiveDate: "2026-04-01",
        items: [
          { personId: mover.id, toDepartmentId: u.c.id, newTitle: "主任" },
          { personId: other.id, toDepartmentId: u.a.id },
        ],
      })
    ).json();
    // Inject a failure after every person was moved: the batch-level event cannot be written.
    await t.database.exec(`
      CREATE FUNCTION org_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.type = 'org.transfer.batch_applied' THEN RAISE EXCEPTION 'injected failure'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER org_test_fail BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION org_test_fail();
    `);
    const since = await lastEventId(t);
    try {
      const res = await admin.post(`/api/transfers/${batch.id}/apply`);
      expect(res.status).toBe(500);
    } finally {
      await t.database.exec("DROP TRIGGER org_test_fail ON audit_events; DROP FUNCTION org_test_fail();");
    }
    const [m] = await db.select().from(people).where(eq(people.id, mover.id));
    expect(m).toMatchObject({ departmentId: u.a.id, title: null });
    const [o] = await db.select().from(people).where(eq(people.id, other.id));
    expect(o.departmentId).toBe(u.b.id);
    const [h] = await db.select().from(roleAssignments).where(eq(roleAssignments.id, head.id));
    expect(h.validTo).toBeNull();
    const [bt] = await db.select().from(transferBatches).where(eq(transferBatches.id, batch.id));
    expect(bt.status).toBe("planned");
    expect(await eventsSince(t, since)).toEqual([]);
    // Without the fault the same batch applies.
    expect((await admin.post(`/api/transfers/${batch.id}/apply`)).status).toBe(200);
  });

  it("xlsx import: a dry run reports every bad row with its Excel row number and creates nothing", async () => {
    await makePerson(t.database.db, { name: "日付 誤り", employeeNumber: "T201", departmentId: u.b.id });
    const bytes = await xlsx([
      ["職員番号", "氏名", "異動先所属", "新職名", "発令日"],
      ["T003", "佐藤 次郎", "C", "主査", new Date(Date.UTC(2026, 3, 1))],
      ["T999", "誰か", "C", "", "2026/4/1"],
      ["T001", "別人 名前", "B", "", "2026/4/1"],
      ["T004", "代行 三郎", "存在しない課", "", "2026/4/1"],
      ["T201", "", "総務課", "", "4月1日ごろ"],
      [],
      ["T002", "鈴木花子", "総務課", "係長", "令和8年4月1日"],
      ["T003", "", "A", "", "2026-04-01"],
    ]);
    const before = await t.database.db.select().from(transferBatches);
    const since = await lastEventId(t);
    const res = await admin.post("/api/transfers/import", form(bytes, "4月異動.xlsx", { dryRun: "true" }));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ dryRun: true, rows: 7, validRows: 2, batch: null });
    const byRow = body.errors.map((e: { row: number; column: string }) => [e.row, e.column]);
    expect(byRow).toEqual([
      [3, "職員番号"],
      [4, "氏名"],
      [5, "異動先所属"],
      [6, "発令日"],
      [9, "職員番号"],
    ]);
    expect(body.errors[2].message_ja).toContain("存在しない課");
    expect(body.errors[4].message_en).toContain("row 2");
    expect(
      body.items.map((i: { row: number; toDepartmentName: string }) => [i.row, i.toDepartmentName]),
    ).toEqual([
      [2, "住民課"],
      [8, "総務課"],
    ]);
    expect(await t.database.db.select().from(transferBatches)).toHaveLength(before.length);
    expect(await eventsSince(t, since)).toEqual([]);

    // Not a dry run, with errors: refused, nothing created, the errors named by row.
    const refused = await admin.post(
      "/api/transfers/import",
      form(bytes, "4月異動.xlsx", { dryRun: "false" }),
    );
    expect(refused.status).toBe(400);
    const err = (await refused.json()).error;
    expect(err.code).toBe("import_has_errors");
    expect(err.fields["rows.5.異動先所属"].message_ja).toMatch(/^5行目/);
    expect(await t.database.db.select().from(transferBatches)).toHaveLength(before.length);

    // Asked to commit the valid rows: a planned batch of those rows.
    const committed = await admin.post(
      "/api/transfers/import",
      form(bytes, "4月異動.xlsx", { dryRun: "false", commitValidRows: "true", title: "4月異動（取込）" }),
    );
    expect(committed.status).toBe(200);
    const out = await committed.json();
    expect(out.batch).toMatchObject({
      title: "4月異動（取込）",
      status: "planned",
      source: "import",
      sourceFile: "4月異動.xlsx",
      effectiveDate: "2026-04-01",
      itemCount: 2,
    });
    expect((await eventsSince(t, since)).map((e) => e.type)).toEqual(["org.transfer.created"]);
    expect((await staff.post("/api/transfers/import", form(bytes, "x.xlsx"))).status).toBe(403);
  });

  it("Shift_JIS CSV import (Excel's default on Japanese Windows) with a header error and row errors", async () => {
    const csv = shiftJis(
      [
        "職員番号,氏名,異動先所属,新職名,発令日",
        "T003,佐藤 次郎,住民課,主査,令和8年4月1日",
        '"T002","鈴木 花子","存在しない課","",2026/04/01',
        "T004,代行 三郎,A,,2026/04/02",
      ].join("\r\n"),
    );
    const res = await admin.post("/api/transfers/import", form(csv, "idou.csv"));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.dryRun).toBe(true);
    expect(body.validRows).toBe(1);
    expect(body.items[0]).toMatchObject({
      row: 2,
      personName: "佐藤 次郎",
      toDepartmentName: "住民課",
      newTitle: "主査",
    });
    expect(body.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [3, "異動先所属"],
      [4, "発令日"],
    ]);
    expect(body.errors[0].message_ja).toContain("存在しない課");

    const noHeader = shiftJis("番号,名前\r\nT003,佐藤");
    const bad = await (await admin.post("/api/transfers/import", form(noHeader, "bad.csv"))).json();
    expect(bad.errors[0]).toMatchObject({ row: 1 });
    expect(bad.errors[0].message_ja).toContain("職員番号");

    const garbage = await admin.post(
      "/api/transfers/import",
      form(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), "x.xlsx"),
    );
    expect(garbage.status).toBe(400);
    expect((await garbage.json()).error.fields.file).toBeDefined();
    const noFile = new FormData();
    noFile.append("dryRun", "true");
    expect((await admin.post("/api/transfers/import", noFile)).status).toBe(400);
  });
});
