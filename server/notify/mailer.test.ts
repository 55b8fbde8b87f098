import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client";
import { openTestDatabase } from "../test/db";
import { makePerson } from "../test/factories";
import { buildDigests } from "./digest";
import { classify, createMailDispatcher, type MailDispatcherOptions, mailBackoffSeconds } from "./mailer";
import { notify } from "./notify";
import { setMailMode } from "./preferences";
import { mailOutbox, notifications } from "./tables";
import { selfSignedCertificate, startTestSmtp, type TestSmtp } from "./test-smtp";

let database: Database;
let smtp: TestSmtp;
const clock = { now: new Date("2026-12-07T09:00:00+09:00") };
const FROM = "Sekimori <sekimori@example.lg.jp>";

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});
afterEach(async () => {
  await smtp?.stop();
  await database.db.delete(mailOutbox);
  await database.db.delete(notifications);
});

const dispatcher = (over: Partial<MailDispatcherOptions> = {}) =>
  createMailDispatcher({
    database,
    smtpUrl: smtp.url,
    from: FROM,
    now: () => clock.now,
    instanceId: "test-a",
    onError: () => {},
    ...over,
  });

async function person(email: string | null) {
  return makePerson(database.db, { email });
}

async function notifyOne(to: string | string[], kind = "approval_needed") {
  return database.db.transaction((tx) =>
    notify(tx, {
      to,
      module: "requests",
      kind,
      record: { type: "request", id: "00000000-0000-4000-8000-000000000001" },
      link: "/requests/00000000-0000-4000-8000-000000000001",
      message: { ja: "申請 No.1（持ち出し）の承認をお願いします", en: "Please approve request No.1" },
      now: clock.now,
    }),
  );
}

const outbox = () =>
  database.db.select().from(mailOutbox).orderBy(mailOutbox.createdAt, mailOutbox.toAddress);

describe("mail over SMTP (a real smtp-server in the test)", () => {
  it("delivers an immediate mail once, with its Message-ID, through SMTP AUTH", async () => {
    smtp = await startTestSmtp({ auth: { user: "sekimori", pass: "p@ss word" } });
    const p = await person("kacho@example.lg.jp");
    const noAddress = await person(null);
    const result = await notifyOne([p.id, noAddress.id, p.id]);
    expect(result.ids).toHaveLength(2);
    expect(result.mailed).toBe(1);
    const m = dispatcher();
    expect(await m.runOnce()).toBe(1);
    expect(await m.runOnce()).toBe(0);
    await m.stop();
    expect(smtp.received).toHaveLength(1);
    const [row] = await outbox();
    expect(row.status).toBe("sent");
    expect(row.attempts).toBe(1);
    expect(row.messageId).toBe(`<${row.id}@example.lg.jp>`);
    expect(smtp.received[0].messageId).toBe(row.messageId);
    expect(smtp.received[0].to).toEqual(["kacho@example.lg.jp"]);
    expect(smtp.received[0].from).toBe("sekimori@example.lg.jp");
    expect(row.smtpResponse).toMatch(/^250/);
    // Japanese first, English below, the link to the record; the in-app text is not in it.
    expect(row.subject).toBe("[Sekimori] 承認待ちの申請があります / A request awaits your approval");
    expect(row.body.indexOf("承認待ちの申請があります")).toBeLessThan(row.body.indexOf("A request awaits"));
    expect(row.body).toContain("/requests/00000000-0000-4000-8000-000000000001");
    expect(row.body).not.toContain("持ち出し");
    const ns = await database.db.select().from(notifications);
    expect(ns.map((n) => n.mail).sort()).toEqual(["immediate", "none"]);
  });

  it("upgrades to TLS with STARTTLS and refuses plain text when the URL asks for requireTLS", async () => {
    smtp = await startTestSmtp({ auth: { user: "sekimori", pass: "secret" }, tls: selfSignedCertificate() });
    const p = await person("tls@example.lg.jp");
    await notifyOne(p.id);
    // The test's certificate is self-signed: trusted here through the URL, as an operator of a
    // closed network would with an internal CA (`tls.ca` cannot go in a URL; NODE_EXTRA_CA_CERTS can).
    const m = dispatcher({ smtpUrl: `${smtp.url}?requireTLS=true&tls.rejectUnauthorized=false` });
    await m.runOnce();
    await m.stop();
    expect((await outbox())[0].status).toBe("sent");
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0].secure).toBe(true);
  });

  it("two instances sending at once deliver every mail exactly once", async () => {
    smtp = await startTestSmtp();
    const many = await Promise.all(Array.from({ length: 12 }, (_, i) => person(`p${i}@example.lg.jp`)));
    await notifyOne(many.map((p) => p.id));
    const a = dispatcher({ instanceId: "a", batchSize: 3 });
    const b = dispatcher({ instanceId: "b", batchSize: 3 });
    for (let round = 0; round < 6; round++) await Promise.all([a.runOnce(), b.runOnce()]);
    await Promise.all([a.stop(), b.stop()]);
    const rows = await outbox();
    expect(rows.every((r) => r.status === "sent" && r.attempts === 1)).toBe(true);
    expect(smtp.received).toHaveLength(12);
    expect(new Set(smtp.received.map((r) => r.to[0])).size).toBe(12);
  });

  it("records an address the server rejects on its row and still delivers the others", async () => {
    smtp = await startTestSmtp();
    smtp.reject.add("nobody@example.lg.jp");
    const bad = await person("nobody@example.lg.jp");
    const good = await person("tantou@example.lg.jp");
    const malformed = await person("not an address");
    await notifyOne([bad.id, good.id, malformed.id]);
    const m = dispatcher();
    await m.runOnce();
    await m.stop();
    const rows = await outbox();
    const by = (a: string) => rows.find((r) => r.toAddress === a);
    expect(by("nobody@example.lg.jp")?.status).toBe("rejected");
    expect(by("nobody@example.lg.jp")?.lastError).toMatch(/550/);
    expect(by("tantou@example.lg.jp")?.status).toBe("sent");
    expect(by("not an address")?.status).toBe("rejected");
    expect(smtp.received.map((r) => r.to[0])).toEqual(["tantou@example.lg.jp"]);
  });

  it("retries with exponential backoff while the server is down and delivers once it is back", async () => {
    smtp = await startTestSmtp();
    await smtp.stop();
    const p = await person("soumu@example.lg.jp");
    const q = await person("zeimu@example.lg.jp");
    await notifyOne([p.id, q.id]);
    const m = dispatcher();
    await m.runOnce();
    let rows = await outbox();
    expect(rows.map((r) => r.status)).toEqual(["queued", "queued"]);
    // The first row was tried; the second was given back untried when the server was unreachable.
    expect(rows.map((r) => r.attempts).sort()).toEqual([0, 1]);
    expect(rows.some((r) => /ECONNREFUSED|connect/i.test(r.lastError ?? ""))).toBe(true);
    const firstRetry = new Date(clock.now.getTime() + mailBackoffSeconds(1) * 1000);
    expect(rows.every((r) => r.nextAttemptAt.getTime() === firstRetry.getTime())).toBe(true);
    // Not before its time.
    expect(await m.runOnce()).toBe(0);
    clock.now = new Date(firstRetry.getTime() + 1000);
    await m.runOnce();
    rows = await outbox();
    const tried = rows.find((r) => r.attempts === 2);
    expect(tried?.nextAttemptAt.getTime()).toBe(clock.now.getTime() + mailBackoffSeconds(2) * 1000);
    await smtp.start();
    clock.now = new Date(clock.now.getTime() + mailBackoffSeconds(2) * 1000 + 1000);
    await m.runOnce();
    await m.stop();
    rows = await outbox();
    expect(rows.map((r) => r.status)).toEqual(["sent", "sent"]);
    expect(smtp.received).toHaveLength(2);
  });

  it("does not send twice after a crash between the server's acceptance and the commit", async () => {
    smtp = await startTestSmtp();
    const a = await person("a@example.lg.jp");
    const b = await person("b@example.lg.jp");
    await notifyOne([a.id, b.id]);
    // Instance A claims both rows, hands the first to the server and "dies" (never returns)
    // after the server accepted it and before it could commit.
    let accepted = false;
    const crashed = dispatcher({
      instanceId: "crashing",
      batchSize: 2,
      leaseMs: 60_000,
      afterAccept: () => {
        accepted = true;
        return new Promise<void>(() => {});
      },
    });
    void crashed.runOnce();
    for (let i = 0; i < 200 && !accepted; i++) await new Promise((r) => setTimeout(r, 20));
    expect(accepted).toBe(true);
    expect(smtp.received).toHaveLength(1);
    // Another instance, before the lease runs out: takes nothing.
    const other = dispatcher({ instanceId: "other" });
    expect(await other.runOnce()).toBe(0);
    // After the lease: the handed row is 'unknown' (not sent again); the untouched one is sent.
    clock.now = new Date(clock.now.getTime() + 61_000);
    await other.runOnce();
    await other.runOnce();
    await other.stop();
    const rows = await outbox();
    const first = rows.find((r) => r.handedAt && r.status !== "sent");
    expect(rows.map((r) => r.status).sort()).toEqual(["sent", "unknown"]);
    expect(first?.lastError).toMatch(/delivery unknown/);
    expect(smtp.received).toHaveLength(2);
    expect(new Set(smtp.received.map((r) => r.messageId)).size).toBe(2);
    expect(new Set(smtp.received.map((r) => r.to[0]))).toEqual(
      new Set(["a@example.lg.jp", "b@example.lg.jp"]),
    );
  });

  it("sends one digest a day per person, grouped by module, with what the day collected", async () => {
    smtp = await startTestSmtp();
    const p = await person("digest@example.lg.jp");
    const now = await person("now@example.lg.jp");
    await database.db.transaction((tx) => setMailMode(tx, p.id, "digest", clock.now));
    await notifyOne([p.id, now.id], "approval_needed");
    await notifyOne(p.id, "request_approved");
    await database.db.transaction((tx) =>
      notify(tx, {
        to: p.id,
        module: "incidents",
        kind: "escalation",
        record: { type: "incident", id: "00000000-0000-4000-8000-000000000002" },
        link: "/incidents/00000000-0000-4000-8000-000000000002",
        message: { ja: "インシデント", en: "Incident" },
        now: clock.now,
      }),
    );
    expect((await outbox()).map((r) => r.toAddress)).toEqual(["now@example.lg.jp"]);
    const built = await database.db.transaction((tx) => buildDigests(tx, clock.now));
    expect(built).toEqual({ mails: 1, notifications: 3 });
    // The same day again: a new notification waits for tomorrow's digest.
    await notifyOne(p.id, "request_rejected");
    expect(await database.db.transaction((tx) => buildDigests(tx, clock.now))).toEqual({
      mails: 0,
      notifications: 0,
    });
    const digest = (await outbox()).find((r) => r.kind === "digest");
    expect(digest?.subject).toBe("[Sekimori] 本日のお知らせ（3件） / Today's notices (3)");
    expect(digest?.body).toContain("■ 申請・承認（2件）");
    expect(digest?.body).toContain("■ インシデント（1件）");
    expect(digest?.body).toContain("■ Requests (2)");
    expect(digest?.body).toContain("令和8年12月7日 (2026年)");
    const m = dispatcher();
    await m.runOnce();
    await m.stop();
    expect(smtp.received.map((r) => r.to[0]).sort()).toEqual(["digest@example.lg.jp", "now@example.lg.jp"]);
    // Tomorrow the waiting one goes out.
    const tomorrow = new Date(clock.now.getTime() + 86_400_000);
    expect(await database.db.transaction((tx) => buildDigests(tx, tomorrow))).toEqual({
      mails: 1,
      notifications: 1,
    });
    const pending = await database.db
      .select()
      .from(notifications)
      .where(eq(notifications.mail, "digest_pending"));
    expect(pending).toHaveLength(0);
  });
});

describe("classify", () => {
  it("tells a refused address from a refused message from a failure to try again", () => {
    expect(classify({ code: "EENVELOPE", responseCode: 550, rejected: ["x@y.jp"] }, 1, 12).status).toBe(
      "rejected",
    );
    expect(classify({ code: "EMESSAGE", responseCode: 554 }, 1, 12).status).toBe("failed");
    expect(classify({ code: "EENVELOPE", responseCode: 451, rejected: ["x@y.jp"] }, 1, 12).status).toBe(
      "queued",
    );
    expect(classify({ code: "ECONNECTION" }, 1, 12)).toMatchObject({ status: "queued", connection: true });
    expect(classify({ code: "EAUTH", responseCode: 535 }, 3, 12)).toMatchObject({
      status: "queued",
      connection: true,
    });
    expect(classify({ code: "ECONNECTION" }, 12, 12).status).toBe("failed");
  });
  it("backs off exponentially up to six hours", () => {
    expect([1, 2, 3, 4].map(mailBackoffSeconds)).toEqual([60, 120, 240, 480]);
    expect(mailBackoffSeconds(20)).toBe(6 * 3600);
  });
});

describe("mail text", () => {
  it("a module's own kinds get their line; unknown kinds a generic one; no text of the record ever", async () => {
    const { defineKindTexts, immediateMail } = await import("./templates");
    defineKindTexts("software", {
      advisory_matched: { ja: "脆弱性情報が該当しました", en: "An advisory matches" },
    });
    expect(() => defineKindTexts("software", { advisory_matched: { ja: "別の文", en: "Other" } })).toThrow();
    const m = immediateMail({ module: "software", kind: "advisory_matched", link: "/software/x" });
    expect(m.subject).toBe("[Sekimori] 脆弱性情報が該当しました / An advisory matches");
    const generic = immediateMail({ module: "assurance", kind: "finding_due", link: "/assurance" });
    expect(generic.subject).toBe(
      "[Sekimori] 自己点検・監査に新しいお知らせがあります / There is a new notice in Self-inspection and audit",
    );
  });
});
