/**
 * The steering overview (issue 20, GET /api/reports/dashboard) for the CISO at Kawasaki scale:
 * `dashboardOverview` — the route's own function, every module's figures with the CISO's rights —
 * timed in process on the bench data (200,000 assets, 50,000 requests, 2,000 incidents, and the
 * IDs and vulnerability matches of the sections run before it), beside two same-run baselines:
 * the same figures read module by module one after the other (what a page asking per figure
 * would pay, without the HTTP), and the old "what needs me" counts (GET /api/dashboard/counts).
 */
import { fiscalYear } from "../../common/calendar";
import { dashboardOverview } from "../../server/dashboard/overview";
import type { Actor } from "../../server/http/context";
import { overviewFigures as accountFigures } from "../../server/modules/accounts";
import { dashboardCounts as assetCounts, overviewFigures as assetFigures } from "../../server/modules/assets";
import { overviewFigures as assuranceFigures } from "../../server/modules/assurance";
import {
  dashboardCounts as incidentCounts,
  overviewFigures as incidentFigures,
} from "../../server/modules/incidents";
import { dashboardCounts as registerCounts } from "../../server/modules/registers";
import {
  dashboardCounts as requestCounts,
  overviewFigures as requestFigures,
} from "../../server/modules/requests";
import { overviewFigures as softwareFigures } from "../../server/modules/software";
import { overviewFigures as trainingFigures } from "../../server/modules/training";
import { loadProfile } from "../../server/profile";
import type { BenchSection, Figure } from "../types";

const pct = (xs: number[], p: number) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))] * 10) / 10;
};

async function timed(n: number, warm: number, fn: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n + warm; i++) {
    const t0 = performance.now();
    await fn();
    if (i >= warm) out.push(performance.now() - t0);
  }
  return out;
}

export const dashboardSection: BenchSection = {
  id: "dashboard",
  title: "Dashboard: the CISO's steering overview (GET /api/reports/dashboard)",
  needs: ["org", "assets", "requests", "incidents"],
  mode: "in-process",
  enabled: () => true,
  async run(ctx) {
    const database = ctx.database;
    const org = ctx.datasets.org;
    if (!database || !org) throw new Error("dashboard section needs the database and org");
    const db = database.db;
    const profile = loadProfile("kawasaki");
    const role = profile.roles.find((r) => r.duties.includes("chief_information_security_officer"));
    if (!role) throw new Error("kawasaki has no CISO role");
    const actor: Actor = {
      userId: "bench-ciso",
      personId: "00000000-0000-4000-8000-00000000c150",
      loginId: "bench-ciso",
      name: "bench CISO",
      departmentId: null,
      bureauId: null,
      grants: role.duties.map((duty) => ({
        duty,
        scope: "organization" as const,
        scopeDepartmentId: null,
        roleKey: role.key,
        deputyFor: null,
      })),
      sessionId: "bench",
    };
    const now = new Date();
    const fy = fiscalYear(now);
    const n = ctx.quick ? 10 : 40;
    const warm = ctx.quick ? 2 : 5;
    let last = await dashboardOverview(db, actor, now, profile, fy);
    const composed = await timed(n, warm, async () => {
      last = await dashboardOverview(db, actor, now, profile, fy);
    });
    // Baseline 1: the same figures, module by module, one after the other.
    const perModule: Record<string, number[]> = {};
    const parts: Array<[string, () => Promise<unknown>]> = [
      ["assets", () => assetFigures(db, actor, profile)],
      ["requests", () => requestFigures(db, actor, now)],
      ["incidents", () => incidentFigures(db, actor, fy)],
      ["training", () => trainingFigures(db, actor, now, profile, fy)],
      ["assurance", () => assuranceFigures(db, actor, now, profile, fy)],
      ["accounts", () => accountFigures(db, actor)],
      ["software", () => softwareFigures(db, actor, now)],
    ];
    const sequential = await timed(n, warm, async () => {
      for (const [name, fn] of parts) {
        const t0 = performance.now();
        await fn();
        const took = performance.now() - t0;
        perModule[name] = [...(perModule[name] ?? []), took];
      }
    });
    // Baseline 2: the old counts of "what needs me", for the same person.
    const counts = await timed(n, warm, () =>
      Promise.all([
        requestCounts(db, actor, now),
        assetCounts(db, actor, now, profile),
        incidentCounts(db, actor, now, profile),
        registerCounts(db, actor, now),
      ]),
    );
    const counted = last.figures.reduce(
      (s, f) => s + f.rows.reduce((a, r) => a + r.cells.reduce((b, c) => b + c.count, 0), 0),
      0,
    );
    const breakdown = Object.entries(perModule)
      .map(([k, xs]) => `${k} ${pct(xs, 0.5)}`)
      .join(", ");
    const figures: Figure[] = [
      {
        key: "dashboard.overview_ciso_p95_ms",
        label: `steering overview for the CISO (${last.figures.length} figures, ${counted.toLocaleString("en")} records counted), p95`,
        value: pct(composed, 0.95),
        unit: "ms",
        baseline: {
          label: "the same figures module by module, sequential, p95",
          value: pct(sequential, 0.95),
        },
        target: { op: "<=", value: 200 },
        note: `${n} calls after ${warm} warm-up, in process (the route's function, no HTTP or session); p50 ${pct(composed, 0.5)} ms; per module p50 ms: ${breakdown}; database ${ctx.target.kind}`,
      },
      {
        key: "dashboard.counts_ciso_p95_ms",
        label: "old 「対応が必要なこと」 counts for the same CISO, p95 (context)",
        value: pct(counts, 0.95),
        unit: "ms",
      },
    ];
    return figures;
  },
};
