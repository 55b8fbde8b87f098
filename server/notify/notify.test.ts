import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client";
import { rowsOf } from "../db/sql";
import { people } from "../directory/tables";
import { openTestDatabase } from "../test/db";
import { makeDepartment, makeUser } from "../test/factories";
import { notify } from "./notify";
import { mailOutbox, notifications } from "./tables";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
}, 120_000);
afterAll(async () => database.close());

describe("notify to many people at once", () => {
  it("a notice to more people than one statement takes (slices of 2,000) reaches each once; mail only to those with an address", async () => {
    const db = database.db;
    const dept = (await makeDepartment(db)).id;
    const u = await makeUser(db, { departmentId: dept, roles: [], name: "関守 太郎" });
    await db.update(people).set({ email: "taro@example.lg.jp" }).where(eq(people.id, u.person.id));
    // Ids of no registered person get an in-app row only (as the matching job's owners may be).
    const others = Array.from(
      { length: 4_500 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
    );
    const to = [...others.slice(0, 3_000), u.person.id, ...others.slice(3_000), others[0]];
    const now = new Date("2026-04-01T00:00:00Z");
    const r = await db.transaction((tx) =>
      notify(tx, {
        to,
        module: "software",
        kind: "task_new",
        link: "/vulnerabilities",
        now,
        message: { ja: "件", en: "n" },
      }),
    );
    expect(r.ids).toHaveLength(4_501);
    expect(r.mailed).toBe(1);
    const [{ n, people: distinct }] = rowsOf<{ n: number; people: number }>(
      await db.execute(
        sql`select count(*)::int as n, count(distinct person_id)::int as people from ${notifications} where kind = 'task_new'`,
      ),
    );
    expect([n, distinct]).toEqual([4_501, 4_501]);
    const mails = await db.select().from(mailOutbox).where(eq(mailOutbox.personId, u.person.id));
    expect(mails.map((m) => m.toAddress)).toEqual(["taro@example.lg.jp"]);
  });

  it("the unnest insert keeps an address with a quote and a backslash as typed, and the notice's record, link and mail state", async () => {
    const db = database.db;
    const dept = (await makeDepartment(db)).id;
    const u = await makeUser(db, { departmentId: dept, roles: [], name: "関守 花子" });
    const odd = '"hana\\ko,{x}"@example.lg.jp';
    await db.update(people).set({ email: odd }).where(eq(people.id, u.person.id));
    const record = { type: "vuln_match", id: "00000000-0000-4000-8000-00000000abcd" };
    const now = new Date("2026-04-02T00:00:00Z");
    const r = await db.transaction((tx) =>
      notify(tx, {
        to: [u.person.id],
        module: "software",
        kind: "task_overdue",
        record,
        link: "/vulnerabilities",
        now,
        message: { ja: "期限", en: "due" },
      }),
    );
    expect(r.mailed).toBe(1);
    const [row] = await db.select().from(notifications).where(eq(notifications.id, r.ids[0]));
    expect([row.recordType, row.recordId, row.link, row.mail, row.createdAt.toISOString()]).toEqual([
      "vuln_match",
      record.id,
      "/vulnerabilities",
      "immediate",
      now.toISOString(),
    ]);
    const [mail] = await db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.id, row.outboxId as string));
    expect([mail.toAddress, mail.personId, mail.kind, mail.module]).toEqual([
      odd,
      u.person.id,
      "immediate",
      "software",
    ]);
  });
});
