/**
 * What owners are told about their vulnerability tasks (#19 item 5; 西原村 7.6(1)): an overdue
 * run sends ONE notice per owner however many of their tasks passed the deadline, and one per
 * escalation holder; the daily digest sends each person with open tasks ONE summary of their
 * task list, and a person who chose the mail digest finds it in the next morning's mail.
 */
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client";
import { buildDigests } from "../../notify";
import { loadProfile } from "../../profile";
import { openTestDatabase } from "../../test/db";
import { assignRole, makeDepartment, makePerson } from "../../test/factories";
import { DUE_SOON_DAYS, digestMessage, sendTaskDigests } from "./commands/digest";
import { escalateOverdue } from "./commands/escalate";

const profile = loadProfile("nishihara");
let database: Database;
let dept: string;
let ownerA: string, ownerB: string, net: string, ciso: string, head: string, idle: string;
let seq = 0;

const rows = async <T>(q: ReturnType<typeof sql>) =>
  ((await database.db.execute(q)) as unknown as { rows: T[] }).rows;

/** A match (task) of a fresh advisory on a fresh installation, as the matcher writes it. */
async function task(m: {
  owner: string | null;
  state?: string;
  dueOn: string;
  firstMatchedAt: string;
  stale?: boolean;
}) {
  seq++;
  const [adv] = await rows<{ id: string }>(
    sql`insert into vuln_advisories (key, title, severity, imported_at)
        values (${`CVE-2026-${1000 + seq}`}, ${`advisory ${seq}`}, 'high', now()) returning id`,
  );
  const [product] = await rows<{ id: string }>(
    sql`insert into software_products (vendor, product, version) values ('Vendor', ${`Product ${seq}`}, '1.0') returning id`,
  );
  const [asset] = await rows<{ id: string }>(
    sql`insert into assets (asset_number, name, kind, department_id, custodian_person_id)
        values (${`A-${seq}`}, ${`機器 ${seq}`}, 'device', ${dept}::uuid, ${m.owner}) returning id`,
  );
  const [inst] = await rows<{ id: string }>(
    sql`insert into software_installations (product_id, asset_id, department_id, owner_person_id)
        values (${product.id}::uuid, ${asset.id}::uuid, ${dept}::uuid, ${m.owner}) returning id`,
  );
  await database.db.execute(
    sql`insert into vuln_matches (advisory_id, installation_id, department_id, owner_person_id, verdict, state,
                                  severity, due_on, stale, first_matched_at, last_matched_at)
        values (${adv.id}::uuid, ${inst.id}::uuid, ${dept}::uuid, ${m.owner}, 'affected', ${m.state ?? "unconfirmed"},
                'high', ${m.dueOn}::date, ${m.stale ?? false}, ${m.firstMatchedAt}::timestamptz, ${m.firstMatchedAt}::timestamptz)`,
  );
}

const noticesOf = (kind: string) =>
  rows<{ person_id: string; message_ja: string; message_en: string; mail: string }>(
    sql`select person_id, message_ja, message_en, mail from notifications
         where module = 'software' and kind = ${kind} order by person_id, created_at`,
  );

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  dept = (await makeDepartment(db, { name: "税務課" })).id;
  ownerA = (await makePerson(db, { departmentId: dept, email: "a@example.jp" })).id;
  ownerB = (await makePerson(db, { departmentId: dept, email: "b@example.jp" })).id;
  idle = (await makePerson(db, { departmentId: dept, email: "idle@example.jp" })).id;
  head = (await makePerson(db, { departmentId: dept, email: "head@example.jp" })).id;
  net = (await makePerson(db, { email: "net@example.jp" })).id;
  ciso = (await makePerson(db, { email: "ciso@example.jp" })).id;
  await assignRole(db, net, "network_administrator");
  await assignRole(db, ciso, "ciso");
  await assignRole(db, head, "security_system_manager", dept);
  // ownerA chose the mail digest; the others get mail at once.
  await db.execute(
    sql`insert into notification_preferences (person_id, mail_mode, updated_at) values (${ownerA}::uuid, 'digest', now())`,
  );
  // ownerA: two overdue open tasks, one due in three days, one decided (applied) and one stale.
  await task({ owner: ownerA, dueOn: "2026-05-20", firstMatchedAt: "2026-05-01T01:00:00Z" });
  await task({
    owner: ownerA,
    state: "in_progress",
    dueOn: "2026-05-25",
    firstMatchedAt: "2026-05-02T01:00:00Z",
  });
  await task({ owner: ownerA, dueOn: "2026-06-04", firstMatchedAt: "2026-05-31T12:00:00Z" });
  await task({
    owner: ownerA,
    state: "applied",
    dueOn: "2026-05-10",
    firstMatchedAt: "2026-04-20T01:00:00Z",
  });
  await task({ owner: ownerA, dueOn: "2026-05-10", firstMatchedAt: "2026-04-20T01:00:00Z", stale: true });
  // ownerB: one overdue task under a workaround.
  await task({
    owner: ownerB,
    state: "workaround",
    dueOn: "2026-05-28",
    firstMatchedAt: "2026-05-03T01:00:00Z",
  });
  // idle: only a decided task — no digest.
  await task({
    owner: idle,
    state: "not_affected",
    dueOn: "2026-05-28",
    firstMatchedAt: "2026-05-03T01:00:00Z",
  });
  // an installation without a named owner: the 課長 (security_system_manager) keeps its task.
  await task({ owner: null, dueOn: "2026-07-30", firstMatchedAt: "2026-05-31T23:00:00Z" });
});
afterAll(async () => database.close());

describe("overdue tasks: one notice per owner and per escalation holder (西原村 7.6(1))", () => {
  const at = new Date("2026-06-01T00:00:00Z"); // 2026-06-01 09:00 JST

  it("an owner with two overdue tasks gets ONE notice counting both; each holder one notice", async () => {
    const n = await database.db.transaction((tx) => escalateOverdue(tx, profile, at));
    expect(n).toBe(3); // ownerA's two, ownerB's one; not the applied, stale, future or decided ones
    const owners = await noticesOf("task_overdue");
    expect(owners.map((r) => r.person_id).sort()).toEqual([ownerA, ownerB].sort());
    expect(owners.find((r) => r.person_id === ownerA)?.message_ja).toContain("2 件");
    expect(owners.find((r) => r.person_id === ownerB)?.message_ja).toContain("1 件");
    const holders = await noticesOf("task_overdue_escalated");
    expect(holders.map((r) => r.person_id).sort()).toEqual([net, ciso].sort());
    for (const h of holders) expect(h.message_en).toBe("3 vulnerability tasks are overdue.");
    const [event] = await rows<{ data: { count: number; owners: number; escalatedTo: number } }>(
      sql`select data from audit_events where type = 'vulnerability.escalated'`,
    );
    expect(event.data).toMatchObject({ count: 3, owners: 2, escalatedTo: 2 });
  });

  it("a second run the next day tells no one again", async () => {
    const next = new Date("2026-06-02T00:00:00Z");
    expect(await database.db.transaction((tx) => escalateOverdue(tx, profile, next))).toBe(0);
    expect(await noticesOf("task_overdue")).toHaveLength(2);
    expect(await noticesOf("task_overdue_escalated")).toHaveLength(2);
  });
});

describe("the owners' daily digest (#19 item 5: a daily digest per owner)", () => {
  const at = new Date("2026-06-01T22:50:00Z"); // 2026-06-02 07:50 JST

  it("each person with open tasks gets ONE summary of their own list; no one else", async () => {
    const sent = await database.db.transaction((tx) => sendTaskDigests(tx, profile, at));
    expect(sent).toEqual({ recipients: 3, tasks: 5 });
    const digests = await noticesOf("task_digest");
    expect(digests.map((r) => r.person_id).sort()).toEqual([ownerA, ownerB, head].sort());
    const of = (p: string) => digests.find((r) => r.person_id === p);
    // ownerA: 3 open (the applied and the stale one are not), 2 overdue, 1 due within the week,
    // none new in the last 24 hours; 2 still unconfirmed.
    expect(of(ownerA)?.message_ja).toBe(
      `未完了の脆弱性対応が 3 件あります（未確認 2 件、${DUE_SOON_DAYS}日以内に期限 1 件、期限超過 2 件）。`,
    );
    expect(of(ownerB)?.message_en).toBe("You have 1 open vulnerability tasks (1 overdue).");
    // the task without an owner goes to the 課's keeper, new since yesterday's digest
    expect(of(head)?.message_en).toBe(
      "You have 1 open vulnerability tasks (1 new since yesterday, 1 unconfirmed).",
    );
    expect(await noticesOf("task_digest")).toHaveLength(3);
    const [event] = await rows<{ data: unknown }>(
      sql`select data from audit_events where type = 'vulnerability.digest_sent'`,
    );
    expect(event.data).toEqual({ day: "2026-06-02", recipients: 3, tasks: 5 });
  });

  it("a person who chose the mail digest gets it in the 08:00 mail; the others by mail at once", async () => {
    const digests = await noticesOf("task_digest");
    expect(digests.find((r) => r.person_id === ownerA)?.mail).toBe("digest_pending");
    expect(digests.find((r) => r.person_id === ownerB)?.mail).toBe("immediate");
    await database.db.transaction((tx) => buildDigests(tx, new Date("2026-06-01T23:00:00Z")));
    const mails = await rows<{ person_id: string; body: string }>(
      sql`select person_id, body from mail_outbox where kind = 'digest'`,
    );
    expect(mails.map((m) => m.person_id)).toEqual([ownerA]);
    expect(mails[0].body).toContain("脆弱性対応の日次まとめ");
    expect(mails[0].body).toContain("/vulnerabilities");
  });

  it("with no open task anywhere, no one is told and nothing is recorded", async () => {
    await database.db.execute(
      sql`update vuln_matches set state = 'applied' where state in ('unconfirmed', 'in_progress', 'workaround')`,
    );
    const later = new Date("2026-06-02T22:50:00Z");
    expect(await database.db.transaction((tx) => sendTaskDigests(tx, profile, later))).toEqual({
      recipients: 0,
      tasks: 0,
    });
    expect(await noticesOf("task_digest")).toHaveLength(3);
  });

  it("the message names exactly the figures above zero (property)", () => {
    const n = fc.integer({ min: 0, max: 500 });
    fc.assert(
      fc.property(
        fc.record({
          open: fc.integer({ min: 1, max: 500 }),
          fresh: n,
          unconfirmed: n,
          dueSoon: n,
          overdue: n,
        }),
        (f) => {
          const m = digestMessage(f);
          expect(m.ja.startsWith(`未完了の脆弱性対応が ${f.open} 件あります`)).toBe(true);
          expect(m.ja.includes(`期限超過 ${f.overdue} 件`)).toBe(f.overdue > 0);
          expect(m.ja.includes(`未確認 ${f.unconfirmed} 件`)).toBe(f.unconfirmed > 0);
          expect(m.en.includes(`${f.fresh} new since yesterday`)).toBe(f.fresh > 0);
          expect(m.en.includes(`${f.dueSoon} due within`)).toBe(f.dueSoon > 0);
          expect(m.ja.includes("（")).toBe(f.fresh + f.unconfirmed + f.dueSoon + f.overdue > 0);
        },
      ),
    );
  });
});
