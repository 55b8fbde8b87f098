/** The public form: the one door open to anyone. */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { RECEIPT_PATTERN } from "./domain/receipt";
import { PUBLIC_REPORT_LIMIT } from "./rate-limit";
import { PUBLIC_REPORT_MAX_BYTES } from "./routes";
import { incidents } from "./tables";
import { client, eventsOf, type Json, ok, village } from "./test-helpers";

let t: TestApp;
let v: Awaited<ReturnType<typeof village>>;

const post = (body: unknown, ip: string, headers: Record<string, string> = {}) =>
  t.app.request("/api/public/reports", {
    method: "POST",
    headers: { "content-type": "application/json", "x-test-ip": ip, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

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

describe("GET /api/public/contact-point", () => {
  it("gives the profile's contact point without login", async () => {
    const res = await t.app.request("/api/public/contact-point");
    const body = await ok<Json>(res);
    expect(body.name.ja).toContain("西原村");
    expect(body.howToReach.ja).toContain("企画商工課");
    expect(body.publicForm).toBe(true);
    expect(body.clause).toBe("nishihara:対策基準/6.3/(2)/④");
  });
});
