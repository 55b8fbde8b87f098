import { mkdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { join } from "node:path";
import { ROOT } from "./server";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/**
 * Runs `fn` under the V8 CPU profiler (what `node --cpu-prof` records), writes the profile to
 * bench/profiles/<name>.cpuprofile (open it in Chrome DevTools) and returns the functions with
 * the most self time.
 */
export async function profiled<T>(
  name: string,
  fn: () => Promise<T>,
): Promise<{ result: T; file: string; top: Array<{ fn: string; selfPct: number }> }> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  await session.post("Profiler.start");
  const result = await fn();
  const { profile } = (await session.post("Profiler.stop")) as {
    profile: { nodes: ProfileNode[] };
  };
  session.disconnect();
  const dir = join(ROOT, "bench/profiles");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  const self = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    total += hits;
    const url = node.callFrame.url
      .replace(/^.*\/node_modules\//, "")
      .replace(/^file:\/\/.*\/work\/main\//, "");
    const key =
      `${node.callFrame.functionName || "(anonymous)"} ${url.split("/").slice(-2).join("/")}`.trim();
    self.set(key, (self.get(key) ?? 0) + hits);
  }
  const top = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([fn, hits]) => ({ fn, selfPct: Math.round((hits / Math.max(total, 1)) * 1000) / 10 }));
  return { result, file, top };
}
