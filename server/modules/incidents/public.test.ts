/** The public form: the one door open to anyone. */
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { PUBLIC_MAX_FILE_BYTES, PUBLIC_MAX_FILES } from "./domain/files";
import { RECEIPT_PATTERN } from "./domain/receipt";
import { PUBLIC_REPORT_LIMIT } from "./rate-limit";
import { PUBLIC_REPORT_MAX_BYTES } from "./routes";
import { incidentFiles, incidents } from "./tables";
import { client, eventsOf, type Json, ok, village } from "./test-helpers";

let t: TestApp;
let v: Awaited<ReturnType<typeof village>>;

const post = (body: unknown, ip: string, headers: Record<string, string> = {}) =>
  t.app.request("/api/public/reports", {
    method: "POST",
    headers: { "content-type": "application/json", "x-test-ip": ip, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

/** The public form as multipart/form-data (the browser sends this when files are attached). */
const postForm = (fields: Record<string, string>, files: File[], ip: string) => {
  const form = new FormData();
  for (const [k, val] of Object.entries(fields)) form.set(k, val);
  for (const f of files) form.append("files", f);
  return t.app.request("/api/public/reports", {
    method: "POST",
    headers: { "x-test-ip": ip },
    body: form,
  });
};
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);
const countIncidents = async () => (await t.database.db.select({ id: incidents.id }).from(incidents)).length;
const countFiles = async () =>
  (await t.database.db.select({ id: incidentFiles.id }).from(incidentFiles)).length;

/** An error body says what went wrong and nothing about the inside (no stack, SQL, paths). */
function expectNoInternals(text: string) {
  expect(text).not.toMatch(/at \w+ \(|\.ts:\d+|node_modules|SELECT |INSERT |postgres|pglite|Error:/i);
}

beforeAll(async () => {
  t = await createTestApp();
  v = await village(t);
});
afterAll(async () => {
  await t.close();
});

describe("POST /api/public/reports", () => {
  it("accepts a report without login and answers a receipt number; the chain starts", async () => {
    const res = await post(
      {
        summary: "公園でUSBメモリを拾いました",
        details: "西原公園のベンチに落ちていました。",
        contact: "090-0000-0000",
      },
      "203.0.113.1",
    );
    const body = await ok<{ receiptNumber: string }>(res, 201);
    expect(Object.keys(body)).toEqual(["receiptNumber"]);
    expect(body.receiptNumber).toMatch(RECEIPT_PATTERN);
    const [row] = await t.database.db
      .select()
      .from(incidents)
      .where(eq(incidents.receiptNumber, body.receiptNumber));
    expect(row).toMatchObject({
      source: "public",
      stage: "new",
      contact: "090-0000-0000",
      reporterPersonId: null,
    });
    const reported = await eventsOf(t, "incident.reported");
    expect(reported.some((e) => e.targetId === row.id && e.actorUserId === null)).toBe(true);
    // The department step has nobody for a resident's report; the network administrator is told.
    expect((await eventsOf(t, "incident.escalation_skipped")).some((e) => e.targetId === row.id)).toBe(true);
    const notified = await eventsOf(t, "incident.escalation_notified");
    const mine = notified.find((e) => e.targetId === row.id) as Json;
    expect(mine.data.step).toBe(2);
    expect(mine.data.targets.map((x: Json) => x.personId)).toEqual([v.netAdmin.personId]);
  });

  it("stores a script as text and gives it back as text", async () => {
    const script = `<script>alert("x")</script><img src=x onerror=alert(1)>`;
    const body = await ok<{ receiptNumber: string }>(
      await post({ summary: script, details: `詳細 ${script}`, contact: script }, "203.0.113.2"),
      201,
    );
    const [row] = await t.database.db
      .select()
      .from(incidents)
      .where(eq(incidents.receiptNumber, body.receiptNumber));
    expect(row.summary).toBe(script);
    expect(row.contact).toBe(script);
    const csirt = await client(t, v.csirt1);
    const res = await csirt.get(`/api/incidents/${row.id}`);
    expect(res.headers.get("content-type")).toContain("application/json");
    const view = await ok<Json>(res);
    expect(view.summary).toBe(script);
    expect(view.details).toBe(`詳細 ${script}`);
  });

  it("a flood from one address is throttled with 429; another address still gets through", async () => {
    const ip = "198.51.100.7";
    const statuses: number[] = [];
    for (let i = 0; i < PUBLIC_REPORT_LIMIT + 3; i++)
      statuses.push((await post({ summary: `flood ${i}`, details: "x" }, ip)).status);
    expect(statuses.slice(0, PUBLIC_REPORT_LIMIT)).toEqual(Array(PUBLIC_REPORT_LIMIT).fill(201));
    expect(statuses.slice(PUBLIC_REPORT_LIMIT)).toEqual([429, 429, 429]);
    const refused = await post({ summary: "more", details: "x" }, ip);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    const text = await refused.text();
    expect(JSON.parse(text).error.code).toBe("rate_limited");
    expectNoInternals(text);
    expect((await post({ summary: "別の人", details: "x" }, "198.51.100.8")).status).toBe(201);
    // The window slides: after it passes, the first address may report again.
    t.clock.advance(11 * 60_000);
    expect((await post({ summary: "later", details: "x" }, ip)).status).toBe(201);
  });

  it("an oversize body gets 413 and stores nothing", async () => {
    const before = (await t.database.db.select().from(incidents)).length;
    const huge = JSON.stringify({ summary: "big", details: "あ".repeat(PUBLIC_REPORT_MAX_BYTES) });
    const res = await post(huge, "192.0.2.50");
    expect(res.status).toBe(413);
    const text = await res.text();
    expect(JSON.parse(text).error).toMatchObject({ code: "payload_too_large" });
    expectNoInternals(text);
    // Even past the app-wide 1 MB limit.
    expect(
      (await post(JSON.stringify({ summary: "x", details: "y".repeat(2 * 1024 * 1024) }), "192.0.2.51"))
        .status,
    ).toBe(413);
    expect((await t.database.db.select().from(incidents)).length).toBe(before);
  });

  it("fields are length-limited and unknown fields refused, with field errors and no internals", async () => {
    const long = await post({ summary: "x".repeat(201), details: "ok" }, "192.0.2.60");
    expect(long.status).toBe(400);
    const lj = await long.text();
    expect(Object.keys(JSON.parse(lj).error.fields)).toEqual(["summary"]);
    expectNoInternals(lj);
    const extra = await post(
      { summary: "x", details: "y", reporterPersonId: v.csirt1.personId },
      "192.0.2.61",
    );
    expect(extra.status).toBe(400);
    expect(Object.keys((await extra.json()).error.fields)).toContain("reporterPersonId");
    const empty = await post({ summary: "  ", details: "" }, "192.0.2.62");
    expect(empty.status).toBe(400);
    const bad = await post("{not json", "192.0.2.63");
    expect(bad.status).toBe(400);
    expectNoInternals(await bad.text());
  });

  it("a foreign Origin is refused (CSRF) while a same-site post without a session passes", async () => {
    expect(
      (await post({ summary: "x", details: "y" }, "192.0.2.70", { origin: "https://evil.example" })).status,
    ).toBe(403);
    expect(
      (await post({ summary: "x", details: "y" }, "192.0.2.71", { origin: "http://localhost" })).status,
    ).toBe(201);
  });
});

describe("GET /api/public/contact-point (西原村 2(7)② 統一的な窓口)", () => {
  it("gives the profile's contact point without login", async () => {
    const res = await t.app.request("/api/public/contact-point");
    const body = await ok<Json>(res);
    expect(body.name.ja).toContain("西原村");
    expect(body.howToReach.ja).toContain("企画商工課");
    expect(body.publicForm).toBe(true);
    expect(body.clause).toBe("nishihara:対策基準/6.3/(2)/④");
  });

  it("西原村 対策基準 6.3(2)④ 連絡手段を公表: the text gives no telephone or e-mail, so both are unset (null) until the CISO sets them; staff may not; each change is audited", async () => {
    const before = await ok<Json>(await t.app.request("/api/public/contact-point"));
    expect([before.phone, before.email]).toEqual([null, null]);
    const staff = await client(t, v.staffA);
    const refused = await staff.put("/api/contact-point", { phone: "096-279-3111", email: null });
    expect(refused.status).toBe(403);
    const ciso = await client(t, v.ciso);
    const bad = await ciso.put("/api/contact-point", { phone: "内線なし", email: "not-an-address" });
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).error.fields).sort()).toEqual(["email", "phone"]);
    const set = await ciso.put("/api/contact-point", {
      phone: "096-279-3111",
      email: "kikaku@example.lg.jp",
    });
    expect(set.status).toBe(200);
    const after = await ok<Json>(await t.app.request("/api/public/contact-point"));
    expect([after.phone, after.email]).toEqual(["096-279-3111", "kikaku@example.lg.jp"]);
    const events = await eventsOf(t, "settings.contact_point_changed");
    expect(events).toHaveLength(1);
    expect(events[0].data).toMatchObject({
      changes: {
        phone: { from: null, to: "096-279-3111" },
        email: { from: null, to: "kikaku@example.lg.jp" },
      },
      clause: "nishihara:対策基準/6.3/(2)/④",
    });
    // An empty answer makes it unset again (shown 未設定 on the public form).
    await ok(await ciso.put("/api/contact-point", { phone: "", email: "kikaku@example.lg.jp" }));
    expect((await ok<Json>(await t.app.request("/api/public/contact-point"))).phone).toBeNull();
  });
});

describe("POST /api/public/reports with attachments (multipart)", () => {
  it("stores accepted files with their SHA-256 and the CSIRT sees them on the case", async () => {
    const note = "<script>alert(1)</script> 拾った場所のメモ";
    const res = await postForm(
      { summary: "USBメモリを拾いました", details: "写真を添付します。", contact: "resident@example.jp" },
      [
        new File([PNG], "photo.png", { type: "image/png" }),
        new File([note], "memo.html", { type: "text/html" }),
      ],
      "203.0.113.40",
    );
    const body = await ok<{ receiptNumber: string }>(res, 201);
    expect(Object.keys(body)).toEqual(["receiptNumber"]);
    const [row] = await t.database.db
      .select()
      .from(incidents)
      .where(eq(incidents.receiptNumber, body.receiptNumber));
    expect(row).toMatchObject({ source: "public", contact: "resident@example.jp" });
    const stored = await t.database.db
      .select()
      .from(incidentFiles)
      .where(eq(incidentFiles.incidentId, row.id));
    const hash = (b: Buffer | string) => createHash("sha256").update(b).digest("hex");
    expect(
      stored.map((f) => [f.fileName, f.contentType, f.sha256, f.kind, f.uploadedByPersonId]).sort(),
    ).toEqual(
      [
        // The type is what the bytes are, not what the name or the browser claims; the
        // extension follows the bytes too (#12 item 8), so a text saved from it opens as text.
        ["memo.txt", "text/plain", hash(note), "attachment", null],
        ["photo.png", "image/png", hash(PNG), "attachment", null],
      ].sort(),
    );
    const added = (await eventsOf(t, "incident.attachment_added")).filter((e) => e.targetId === row.id);
    expect(added.map((e) => (e.data as Json).sha256).sort()).toEqual([hash(note), hash(PNG)].sort());
    expect(added.every((e) => e.actorUserId === null)).toBe(true);

    const csirt = await client(t, v.csirt1);
    const view = await ok<Json>(await csirt.get(`/api/incidents/${row.id}`));
    const memo = view.files.find((f: Json) => f.fileName === "memo.txt");
    expect(memo).toMatchObject({ kind: "attachment", contentType: "text/plain", sha256: hash(note) });
    const dl = await csirt.get(`/api/incidents/${row.id}/files/${memo.id}`);
    // Never served as HTML: plain text, as a download, with its hash.
    expect(dl.headers.get("content-type")).toBe("text/plain");
    expect(dl.headers.get("content-disposition")).toContain("attachment");
    expect(dl.headers.get("x-content-sha256")).toBe(hash(note));
    expect(await dl.text()).toBe(note);
  });

  it("a wrong type (by content) is 400 and stores nothing, not even the report", async () => {
    const [incBefore, filesBefore] = [await countIncidents(), await countFiles()];
    const res = await postForm(
      { summary: "添付あり", details: "x" },
      [new File([Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03])], "report.pdf", { type: "application/pdf" })],
      "203.0.113.41",
    );
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(Object.keys(JSON.parse(text).error.fields)).toEqual(["files"]);
    expectNoInternals(text);
    // More than PUBLIC_MAX_FILES files is refused too.
    const many = await postForm(
      { summary: "多すぎ", details: "x" },
      Array.from({ length: PUBLIC_MAX_FILES + 1 }, (_, i) => new File([`note ${i}`], `n${i}.txt`)),
      "203.0.113.42",
    );
    expect(many.status).toBe(400);
    expect(Object.keys((await many.json()).error.fields)).toEqual(["files"]);
    // The form's fields are checked as strictly as the JSON body.
    const extra = await postForm(
      { summary: "x", details: "y", reporterPersonId: v.csirt1.personId },
      [],
      "203.0.113.43",
    );
    expect(extra.status).toBe(400);
    expect([await countIncidents(), await countFiles()]).toEqual([incBefore, filesBefore]);
  });

  it("a file over 5 MB is 413, and so is a body over the total limit; nothing is stored", async () => {
    const [incBefore, filesBefore] = [await countIncidents(), await countFiles()];
    const big = await postForm(
      { summary: "大きい", details: "x" },
      [new File([Buffer.alloc(PUBLIC_MAX_FILE_BYTES + 1, 0x41)], "big.txt")],
      "203.0.113.44",
    );
    expect(big.status).toBe(413);
    const text = await big.text();
    expect(JSON.parse(text).error.code).toBe("payload_too_large");
    expectNoInternals(text);
    const total = await postForm(
      { summary: "合計が大きい", details: "x" },
      Array.from(
        { length: PUBLIC_MAX_FILES + 1 },
        (_, i) => new File([Buffer.alloc(PUBLIC_MAX_FILE_BYTES, 0x41)], `f${i}.txt`),
      ),
      "203.0.113.45",
    );
    expect(total.status).toBe(413);
    expect([await countIncidents(), await countFiles()]).toEqual([incBefore, filesBefore]);
  });

  it("a flood of uploads from one address is throttled with 429", async () => {
    const ip = "198.51.100.40";
    const statuses: number[] = [];
    for (let i = 0; i < PUBLIC_REPORT_LIMIT + 2; i++)
      statuses.push(
        (await postForm({ summary: `flood ${i}`, details: "x" }, [new File([`memo ${i}`], "m.txt")], ip))
          .status,
      );
    expect(statuses).toEqual([...Array(PUBLIC_REPORT_LIMIT).fill(201), 429, 429]);
    // Refused before the body is read: a big upload past the limit is 429, not stored.
    const filesBefore = await countFiles();
    const refused = await postForm(
      { summary: "more", details: "x" },
      [new File([Buffer.alloc(PUBLIC_MAX_FILE_BYTES, 0x41)], "big.txt")],
      ip,
    );
    expect(refused.status).toBe(429);
    expect(await countFiles()).toBe(filesBefore);
  });
});
