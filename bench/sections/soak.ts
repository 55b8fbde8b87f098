import autocannon from "autocannon";
import { rssOf, startServer } from "../server";
import type { BenchContext, BenchSection, Figure } from "../types";
import { CONNECTIONS, errorsOf, mixedRequests, prepareMixed } from "./http";

const MB = 1024 * 1024;

/**
 * Soak (`--soak MINUTES`): the mixed authenticated GETs for MINUTES; errors, and the server's RSS
 * growth from the end of the first tenth (warm) to the end, against that warm RSS.
 */
export const soakSection: BenchSection = {
  id: "soak",
  title: "Soak (mixed load over time)",
  needs: ["org", "audit", "assets", "requests", "incidents"],
  mode: "server",
  enabled: (ctx) => ctx.soakMinutes > 0,
  async run(ctx: BenchContext) {
    const org = ctx.datasets.org;
    if (!org) throw new Error("soak needs the org dataset");
    const minutes = ctx.soakMinutes > 0 ? ctx.soakMinutes : ctx.quick ? 0.5 : 2;
    const server = await startServer(ctx.target);
    try {
      const { sessions, routes } = await prepareMixed(server, org);
      const totalS = Math.max(10, Math.round(minutes * 60));
      const warmS = Math.max(5, Math.round(totalS / 10));
      const samples: Array<{ t: number; rss: number | null }> = [];
      const start = performance.now();
      const sampler = setInterval(() => {
        samples.push({ t: (performance.now() - start) / 1000, rss: rssOf(server.pid) });
      }, 2000);
      ctx.log(`soak: ${totalS} s of mixed load (${routes.map((r) => r.name).join(", ")})…`);
      const requests = mixedRequests(routes, sessions);
      const warm = await autocannon({ url: server.url, connections: CONNECTIONS, duration: warmS, requests });
      const warmRss = rssOf(server.pid);
      const rest = await autocannon({
        url: server.url,
        connections: CONNECTIONS,
        duration: totalS - warmS,
        requests,
      });
      const endRss = rssOf(server.pid);
      clearInterval(sampler);
      const peak = Math.max(...samples.map((s) => s.rss ?? 0), endRss ?? 0);
      const errors = errorsOf(warm) + errorsOf(rest);
      const total = warm.requests.total + rest.requests.total;
      const growth = warmRss && endRss ? ((endRss - warmRss) / warmRss) * 100 : null;
      const figures: Figure[] = [
        {
          key: "soak.errors",
          label: `errors over ${totalS} s (${total.toLocaleString("en")} requests)`,
          value: errors,
          unit: "",
          target: { op: "<=", value: 0 },
          note: `${(total / totalS).toFixed(0)} req/s on average, ${CONNECTIONS} connections`,
        },
        {
          key: "soak.rss_end_mb",
          label: "server RSS at the end",
          value: endRss === null ? null : endRss / MB,
          unit: "MB",
          baseline: { label: `RSS after ${warmS} s warm-up`, value: warmRss === null ? null : warmRss / MB },
          note: `peak ${(peak / MB).toFixed(0)} MB; growth ${growth === null ? "?" : growth.toFixed(1)} %`,
        },
        {
          key: "soak.rss_growth_pct",
          label: "RSS growth after warm-up",
          value: growth,
          unit: "%",
          target: { op: "<=", value: 10 },
        },
      ];
      return figures;
    } finally {
      await server.stop();
    }
  },
};
