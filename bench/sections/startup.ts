import { rssOf, startServer } from "../server";
import type { BenchContext, BenchSection, Figure } from "../types";

const MB = 1024 * 1024;

async function idleRss(pid: number, settleMs: number): Promise<number | null> {
  await new Promise((r) => setTimeout(r, settleMs));
  return rssOf(pid);
}

async function measure(ctx: BenchContext, script?: string[]) {
  const server = await startServer(ctx.target, { script });
  try {
    const rss = await idleRss(server.pid, ctx.quick ? 1000 : 3000);
    return { readyMs: server.readyMs, rss };
  } finally {
    await server.stop();
  }
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Start on the generated (Kawasaki-scale) database: spawn → first `GET /api/health` 200, and RSS
 * once idle, against the same runtime answering /api/health with nothing behind it, and against
 * that runtime after only opening the database.
 */
export const startupSection: BenchSection = {
  id: "startup",
  title: "Start on an existing Kawasaki-scale database",
  needs: ["org", "audit", "assets", "requests", "incidents"],
  mode: "server",
  enabled: () => true,
  async run(ctx) {
    const runs = ctx.quick ? 1 : 3;
    const bare: Array<{ readyMs: number; rss: number | null }> = [];
    const openDb: typeof bare = [];
    const real: typeof bare = [];
    for (let i = 0; i < runs; i++) {
      bare.push(await measure(ctx, ["bench/bare-server.ts"]));
      openDb.push(await measure(ctx, ["bench/bare-server.ts", "--open-db"]));
      real.push(await measure(ctx));
    }
    const ready = median(real.map((r) => r.readyMs));
    const rss = median(real.map((r) => r.rss ?? 0)) || null;
    const bareReady = median(bare.map((r) => r.readyMs));
    const bareRss = median(bare.map((r) => r.rss ?? 0)) || null;
    const openReady = median(openDb.map((r) => r.readyMs));
    const openRss = median(openDb.map((r) => r.rss ?? 0)) || null;
    const runsNote = `median of ${runs} run(s): ${real.map((r) => Math.round(r.readyMs)).join(", ")} ms`;
    const figures: Figure[] = [
      {
        key: "startup.ready_ms",
        label: "spawn → /api/health 200 (bin/sekimori.js serve)",
        value: ready,
        unit: "ms",
        baseline: { label: "node+tsx bare HTTP server", value: bareReady },
        target: { op: "<=", value: 3000 },
        note: runsNote,
      },
      {
        key: "startup.open_db_ready_ms",
        label: "  of which floor: bare server after opening the database",
        value: openReady,
        unit: "ms",
        baseline: { label: "node+tsx bare HTTP server", value: bareReady },
      },
      {
        key: "startup.idle_rss_mb",
        label: "idle RSS after start",
        value: rss === null ? null : rss / MB,
        unit: "MB",
        baseline: { label: "node+tsx bare HTTP server", value: bareRss === null ? null : bareRss / MB },
        target: { op: "<=", value: 300 },
      },
      {
        key: "startup.open_db_rss_mb",
        label: "  of which floor: bare server after opening the database",
        value: openRss === null ? null : openRss / MB,
        unit: "MB",
        baseline: { label: "node+tsx bare HTTP server", value: bareRss === null ? null : bareRss / MB },
      },
    ];
    return figures;
  },
};
