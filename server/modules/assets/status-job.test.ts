import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JOB_REGISTRY } from "../../job-registry";
import { enqueue } from "../../jobs";
import { jobs } from "../../jobs/tables";
import { createWorker } from "../../jobs/worker";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment } from "../../test/factories";
import "./commands/status-job";
import { assets } from "./tables";
import { body, eventsSince, lastEventId, userClient } from "./test-helpers";

let t: TestApp;
let assetId: string;

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const dept = await makeDepartment(t.database.db, { code: "SOMU", name: "総務課" });
  const { client } = await userClient(t, { departmentId: dept.id });
  const res = await client.post("/api/assets", {
    kind: "medium",
    name: "USBメモリ 総務-01",
    departmentId: dept.id,
    confidentiality: "2",
    integrity: "1",
    availability: "1",
  });
  expect(res.status).toBe(201);
  assetId = (await body(res)).data.id;
}, 120_000);

afterAll(async () => {
  await t?.close();
});

async function runJob(status: string, date: string, requestId: string) {
  await enqueue(t.database.db, {
    kind: "assets.status_changed",
    payload: { assetId, status, date, requestId, requestKind: "carry_out", via: "requests" },
    runAt: t.clock.now,
  });
  const worker = createWorker({
    database: t.database,
    registry: JOB_REGISTRY,
    now: () => t.clock.now,
    onError: () => {},
  });
  await worker.runOnce();
}

describe("assets.status_changed (the requests module's carry-out, return and disposal)", () => {
  it("applies the status with its lifecycle date and an audit event naming the request", async () => {
    const before = await lastEventId(t);
    await runJob("carried_out", "2026-04-01", "req-1");
    const [row] = await t.database.db.select().from(assets).where(eq(assets.id, assetId));
    expect(row.status).toBe("carried_out");
    const events = await eventsSince(t, before, "asset.status_changed");
    expect(events).toHaveLength(1);
    expect(events[0].data).toMatchObject({
      from: "in_use",
      to: "carried_out",
      requestId: "req-1",
      via: "requests",
    });
  });

  it("is a no-op (job done, no event) when the asset already has that status", async () => {
    const before = await lastEventId(t);
    await runJob("carried_out", "2026-04-01", "req-2");
    expect(await eventsSince(t, before, "asset.status_changed")).toHaveLength(0);
    const done = await t.database.db.select().from(jobs).where(eq(jobs.kind, "assets.status_changed"));
    expect(done.every((j) => j.status === "done")).toBe(true);
  });

  it("returns the asset to use, then disposal sets the disposed date", async () => {
    await runJob("in_use", "2026-04-03", "req-1");
    await runJob("disposed", "2026-04-10", "req-3");
    const [row] = await t.database.db.select().from(assets).where(eq(assets.id, assetId));
    expect(row.status).toBe("disposed");
    expect(String(row.disposedOn)).toContain("2026-04-10");
  });
});
