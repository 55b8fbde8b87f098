// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests

import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assets } from "../../db/schema";
import { JOB_REGISTRY } from "../../job-registry";
import { createWorker, enqueue } from "../../jobs";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment } from "../../test/factories";
import { pdfText, xlsxSheet } from "../../test/pdf-text";
import { expectDeclaredShape } from "../../test/response-schema";
import { signedInUser } from "../../test/session";
import { REGISTER_KEYS, registerEntries } from "./tables";
import { json, type U } from "./test-fixtures";

let t: TestApp;
let a1: U, a2: U, b1: U, headA: U;
let deptA: string, deptB: string;

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  deptA = (await makeDepartment(t.database.db, { name: "企画課" })).id;
  deptB = (await makeDepartment(t.database.db, { name: "福祉課" })).id;
  a1 = await signedInUser(t, deptA);
  a2 = await signedInUser(t, deptA);
  b1 = await signedInUser(t, deptB);
  headA = await signedInUser(t, deptA, [["security_system_manager", deptA]]);
});
afterAll(async () => t.close());

describe("append-only registers (the 障害記録 of 7.1(7) as the example)", () => {
  it("the database refuses UPDATE and DELETE of register entries and carry-out log rows", async () => {
    const res = await a1.client.post("/api/registers/failure_log", {
      entryType: "record",
      occurredAt: "2026-04-01T08:30:00+09:00",
      personId: a1.personId,
      data: { system: "財務会計", symptom: "ログインできない", action: "再起動" },
    });
    expect(res.status).toBe(201);
    const id = (await json(res)).data.id;
    await expect(
      t.database.db.execute(sql`update register_entries set data = '{}' where id = ${id}`),
    ).rejects.toThrow();
    await expect(t.database.db.execute(sql`delete from register_entries where id = ${id}`)).rejects.toThrow();
    await t.database.db.execute(
      sql`insert into carry_out_log (asset_label, event, department_id, person_id, occurred_at, recorded_at) values ('x', 'carried_out', ${deptA}, ${a1.personId}, now(), now())`,
    );
    await expect(t.database.db.execute(sql`delete from carry_out_log`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`update carry_out_log set note = 'x'`)).rejects.toThrow();
    const [still] = await t.database.db.select().from(registerEntries).where(eq(registerEntries.id, id));
    expect(still.data).toMatchObject({ system: "財務会計" });
  });

  it("a correction is a new entry pointing at the one it corrects; the list marks the original", async () => {
    const first = await json(
      await a1.client.post("/api/registers/failure_log", {
        entryType: "record",
        occurredAt: "2026-04-01T08:40:00+09:00",
        personId: a1.personId,
        data: { system: "文書管理", symptom: "遅い", action: "調査中" },
      }),
    );
    const fix = await a1.client.post("/api/registers/failure_log", {
      entryType: "record",
      occurredAt: "2026-04-01T08:40:00+09:00",
      personId: a1.personId,
      correctsId: first.data.id,
      data: { system: "文書管理", symptom: "応答が遅い", action: "サーバ再起動", result: "復旧" },
    });
    expect(fix.status).toBe(201);
    const list = await json(await a1.client.get("/api/registers/failure_log"));
    const original = list.data.find((e: any) => e.id === first.data.id);
    expect(original.correctedBy).toBe((await json(fix)).data.id);
  });
});

describe("entry and exit (入退室管理簿, 5.2(2)①)", () => {
  it("a visitor needs an escort; exit closes the entry once", async () => {
    const noEscort = await a1.client.post("/api/registers/area_access_log", {
      entryType: "in",
      occurredAt: "2026-04-01T09:00:00+09:00",
      data: { area: "サーバ室", visitorName: "保守業者 山田", purpose: "定期保守" },
    });
    expect(noEscort.status).toBe(400);
    expect(Object.keys((await json(noEscort)).error.fields)).toContain("data.escortPersonId");
    const entered = await json(
      await a1.client.post("/api/registers/area_access_log", {
        entryType: "in",
        occurredAt: "2026-04-01T09:00:00+09:00",
        data: {
          area: "サーバ室",
          visitorName: "保守業者 山田",
          purpose: "定期保守",
          escortPersonId: a1.personId,
        },
      }),
    );
    const early = await a1.client.post("/api/registers/area_access_log", {
      entryType: "out",
      occurredAt: "2026-04-01T08:00:00+09:00",
      closesId: entered.data.id,
      data: {},
    });
    expect(early.status).toBe(400);
    const out = await a1.client.post("/api/registers/area_access_log", {
      entryType: "out",
      occurredAt: "2026-04-01T10:00:00+09:00",
      closesId: entered.data.id,
      data: {},
    });
    expect(out.status).toBe(201);
    const again = await a1.client.post("/api/registers/area_access_log", {
      entryType: "out",
      occurredAt: "2026-04-01T10:05:00+09:00",
      closesId: entered.data.id,
      data: {},
    });
    expect(again.status).toBe(409);
    const list = await json(await a1.client.get("/api/registers/area_access_log"));
    expect(list.data.find((e: any) => e.id === entered.data.id).closedBy).toBeTruthy();
  });
});

describe("media lending", () => {
  it("lists lent media until returned", async () => {
    const [usb] = await t.database.db
      .insert(assets)
      .values({ assetNumber: "M-001", name: "USBメモリ 貸出用1", kind: "medium", departmentId: deptA })
      .returning();
    const lent = await json(
      await a1.client.post("/api/registers/media_loan_log", {
        entryType: "lend",
        occurredAt: "2026-04-01T09:00:00+09:00",
        personId: a2.personId,
        assetId: usb.id,
        data: { dueAt: "2026-04-01T17:00:00+09:00", purpose: "会議資料の受け取り" },
      }),
    );
    expect(
      (await json(await a1.client.get("/api/registers/media_loan_log/unreturned"))).data.map(
        (r: any) => r.id,
      ),
    ).toContain(lent.data.id);
    expect((await json(await b1.client.get("/api/registers/media_loan_log/unreturned"))).data).toHaveLength(
      0,
    );
    await a1.client.post("/api/registers/media_loan_log", {
      entryType: "return",
      occurredAt: "2026-04-01T09:10:00+09:00",
      closesId: lent.data.id,
      data: {},
    });
    expect((await json(await a1.client.get("/api/registers/media_loan_log/unreturned"))).data).toHaveLength(
      0,
    );
  });
});

describe("work records (7.1(4)①②③: 作業記録, 2名以上で作業し、互いに確認)", () => {
  it("the second person must be someone else and only they confirm, inside the record", async () => {
    const self = await a1.client.post("/api/registers/work_log", {
      entryType: "record",
      occurredAt: "2026-04-01T09:00:00+09:00",
      personId: a1.personId,
      data: { system: "住基", work: "設定変更", secondPersonId: a1.personId },
    });
    expect(self.status).toBe(400);
    const rec = await json(
      await a1.client.post("/api/registers/work_log", {
        entryType: "record",
        occurredAt: "2026-04-01T09:00:00+09:00",
        personId: a1.personId,
        data: { system: "住基", work: "設定変更", secondPersonId: a2.personId },
      }),
    );
    const byOther = await headA.client.post("/api/registers/work_log", {
      entryType: "confirm",
      occurredAt: "2026-04-01T09:05:00+09:00",
      closesId: rec.data.id,
      data: {},
    });
    expect(byOther.status).toBe(403);
    const ok = await a2.client.post("/api/registers/work_log", {
      entryType: "confirm",
      occurredAt: "2026-04-01T09:05:00+09:00",
      closesId: rec.data.id,
      data: {},
    });
    expect(ok.status).toBe(201);
    const list = await json(await a1.client.get("/api/registers/work_log"));
    const entry = list.data.find((e: any) => e.id === rec.data.id);
    expect(entry.closedBy.id).toBe((await json(ok)).data.id);
    expect(list.data.some((e: any) => e.entryType === "confirm")).toBe(false);
  });
});

describe("visibility and export", () => {
  it("another department sees nothing; exports are real .xlsx and PDF files", async () => {
    expect((await json(await b1.client.get("/api/registers/failure_log"))).data).toHaveLength(0);
    expect(
      (
        await b1.client.post("/api/registers/failure_log", {
          entryType: "record",
          occurredAt: "2026-04-01T09:00:00+09:00",
          departmentId: deptA,
          personId: b1.personId,
          data: { system: "x", symptom: "y", action: "z" },
        })
      ).status,
    ).toBe(403);
    const x = await a1.client.get("/api/registers/failure_log/export?format=xlsx");
    expect(x.status).toBe(200);
    const xb = Buffer.from(await x.arrayBuffer());
    expect(xb.subarray(0, 2).toString()).toBe("PK");
    // The marking (issue 20 item 3): the profile's export level (西原村 機密性2), its handling,
    // who exported it — in the first rows, and in the printed header/footer of every page.
    const sheet = await xlsxSheet(xb);
    expect(sheet.rows[0][0]).toBe("機密性2（取扱注意）");
    expect(sheet.rows[1][0]).toMatch(/^取扱い \/ Handling: /);
    expect(sheet.rows[2][0]).toContain(a1.name);
    expect(sheet.header).toContain("機密性2（取扱注意）");
    expect(sheet.footer).toContain(a1.name);
    const p = await a1.client.get(
      "/api/registers/failure_log/export?format=pdf&from=2026-04-01&to=2026-04-01",
    );
    expect(p.status).toBe(200);
    const pb = Buffer.from(await p.arrayBuffer());
    expect(pb.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pb);
    expect(text).toContain("機密性2（取扱注意）");
    expect(text).toContain(a1.name);
    expect(text).toContain("1 / 1 ページ");
  }, 60_000);
});

describe(`registers.append job with two workers (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("each queued entry is appended exactly once", async () => {
    for (let i = 0; i < 6; i++)
      await enqueue(t.database.db, {
        kind: "registers.append",
        payload: {
          register: "disposal_log",
          entryType: "record",
          occurredAt: "2026-04-01T00:00:00+09:00",
          departmentId: deptA,
          personId: a1.personId,
          assetId: null,
          data: { assetLabel: `PC-${i}`, method: "物理的破壊", certificateNumber: `C-${i}` },
          sourceRequestId: "00000000-0000-4000-8000-00000000000" + i,
          recordedByPersonId: a1.personId,
        },
        runAt: new Date("2026-04-01T00:00:00Z"),
        uniqueKey: `test-disposal-${i}`,
      });
    const w1 = createWorker({
      registry: JOB_REGISTRY,
      database: t.database,
      now: () => t.clock.now,
      batchSize: 2,
      workerId: "w1",
      onError: () => {},
    });
    const w2 = createWorker({
      registry: JOB_REGISTRY,
      database: t.database,
      now: () => t.clock.now,
      batchSize: 2,
      workerId: "w2",
      onError: () => {},
    });
    const drain = async (w: typeof w1) => {
      let n = 0;
      for (;;) {
        const k = await w.runOnce();
        if (!k) return n;
        n += k;
      }
    };
    await Promise.all([drain(w1), drain(w2)]);
    const rows = await t.database.db
      .select()
      .from(registerEntries)
      .where(eq(registerEntries.register, "disposal_log"));
    expect(rows.filter((r) => String((r.data as any).assetLabel).startsWith("PC-"))).toHaveLength(6);
  });
});

describe("ids inside an entry are authorized like ids in the path (#12 item 3)", () => {
  const visit = (escortPersonId: string) => ({
    entryType: "in",
    occurredAt: "2026-04-02T09:00:00+09:00",
    data: { area: "サーバ室", visitorName: "保守業者 田中", purpose: "点検", escortPersonId },
  });

  it("another department's entry cannot be closed or corrected: answered like an unknown id, nothing written", async () => {
    const entered = await json(await b1.client.post("/api/registers/area_access_log", visit(b1.personId)));
    expect(entered.data.id).toBeTruthy();
    const close = (closesId: string) =>
      a1.client.post("/api/registers/area_access_log", {
        entryType: "out",
        occurredAt: "2026-04-02T10:00:00+09:00",
        closesId,
        data: {},
      });
    const unknown = await close("00000000-0000-4000-8000-000000000000");
    const hidden = await close(entered.data.id);
    expect(hidden.status).toBe(404);
    expect(hidden.status).toBe(unknown.status);
    expect((await json(hidden)).error.code).toBe((await json(unknown)).error.code);
    const closers = await t.database.db
      .select()
      .from(registerEntries)
      .where(eq(registerEntries.closesId, entered.data.id));
    expect(closers).toEqual([]);
    const correct = await a1.client.post("/api/registers/area_access_log", {
      ...visit(a1.personId),
      correctsId: entered.data.id,
    });
    expect(correct.status).toBe(404);
    // Its own department still closes it.
    const out = await b1.client.post("/api/registers/area_access_log", {
      entryType: "out",
      occurredAt: "2026-04-02T10:00:00+09:00",
      closesId: entered.data.id,
      data: {},
    });
    expect(out.status).toBe(201);
  });

  it("a person of another department named in the data is refused like an unknown person", async () => {
    const hidden = await json(await a1.client.post("/api/registers/area_access_log", visit(b1.personId)));
    const unknown = await json(
      await a1.client.post("/api/registers/area_access_log", visit("00000000-0000-4000-8000-000000000000")),
    );
    expect(hidden.error.code).toBe("validation_failed");
    expect(hidden.error).toEqual(unknown.error);
    expect(hidden.error.fields["data.escortPersonId"].message_en).toMatch(/does not exist/);
  });
});

describe("responses match the routes' declared schemas (the web app's typed contract)", () => {
  it("the register list, each register's entries, unreturned media and an appended entry", async () => {
    const c = headA.client;
    await expectDeclaredShape(t, await c.get("/api/registers"), { method: "GET", path: "/api/registers" });
    const [usb] = await t.database.db
      .insert(assets)
      .values({ assetNumber: "M-SCHEMA", name: "USBメモリ 契約確認用", kind: "medium", departmentId: deptA })
      .returning();
    await expectDeclaredShape(
      t,
      await c.post("/api/registers/media_loan_log", {
        entryType: "lend",
        occurredAt: "2026-04-02T09:00:00+09:00",
        personId: a2.personId,
        assetId: usb.id,
        data: { dueAt: "2026-04-02T17:00:00+09:00", purpose: "照合" },
      }),
      { method: "POST", path: "/api/registers/{register}", status: 201 },
    );
    const unreturned = (await expectDeclaredShape(
      t,
      await c.get("/api/registers/media_loan_log/unreturned"),
      {
        method: "GET",
        path: "/api/registers/media_loan_log/unreturned",
      },
    )) as { data: unknown[] };
    expect(unreturned.data.length).toBeGreaterThan(0);
    // Every register, the carry-out log included (rows were written by the tests above).
    for (const key of ["carry_out_log", ...REGISTER_KEYS]) {
      const body = (await expectDeclaredShape(t, await c.get(`/api/registers/${key}`), {
        method: "GET",
        path: "/api/registers/{register}",
      })) as { data: unknown[] };
      if (key === "media_loan_log" || key === "carry_out_log") expect(body.data.length).toBeGreaterThan(0);
    }
  });
});

describe("a data handover's confirmation where the profile asks none (西原村: the handover is recorded, not confirmed)", () => {
  it("the confirmation is refused (409) and the register says no confirmation is asked; the disposal log asks no profile question", async () => {
    const meta = (await json(await a1.client.get("/api/registers"))).data as any[];
    expect(meta.find((r) => r.key === "data_handover_log").confirmedByReceiver).toBe(false);
    expect(meta.find((r) => r.key === "disposal_log").requiredFields).toEqual([]);
    const rec = await json(
      await a1.client.post("/api/registers/data_handover_log", {
        entryType: "record",
        occurredAt: "2026-04-01T10:00:00+09:00",
        personId: a1.personId,
        data: { direction: "internal", toParty: "福祉課", dataName: "名簿", toDepartmentId: deptB },
      }),
    );
    const res = await b1.client.post("/api/registers/data_handover_log", {
      entryType: "confirm",
      occurredAt: "2026-04-01T11:00:00+09:00",
      closesId: rec.data.id,
      data: {},
    });
    expect(res.status).toBe(409);
    expect((await json(res)).error.code).toBe("confirmation_not_asked");
  });
});
