import { JOB_REGISTRY } from "../job-registry";
import { createWorker } from "../jobs";
import type { TestApp } from "./app";

/** Runs every job that is due on the test clock until none is left (what a step queued for later). */
export async function drainJobs(t: TestApp) {
  const w = createWorker({
    registry: JOB_REGISTRY,
    database: t.database,
    now: () => t.clock.now,
    batchSize: 10,
    workerId: "test",
    onError: () => {},
  });
  while (await w.runOnce()) {}
}
