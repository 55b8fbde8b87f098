import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
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
): Promise<{
  result: T;
  file: string;
  top: Array<{ fn: string; selfPct: number }>;
  areas: Array<{ fn: string; selfPct: number }>;
}> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  await session.post("Profiler.start");
  const result = await fn();
  const { profile } = (await session.post("Profiler.stop")) as {
    profile: CpuProfile;
  };
  session.disconnect();
  const dir = join(ROOT, "bench/profiles");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  return {
    result,
    file,
    top: summarizeProfile(profile),
    areas: summarizeProfile(profile, 6, { by: "area" }),
  };
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime?: number;
  endTime?: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Where a profile node's self time belongs: a function, or an area (package, folder, WASM). */
function keyOf(node: ProfileNode, by: "function" | "area"): string {
  const raw = node.callFrame.url;
  const name = node.callFrame.functionName || "(anonymous)";
  if (raw.startsWith("wasm://")) return by === "area" ? "PGlite (WASM)" : `${name} (PGlite WASM)`;
  if (!raw) return name.startsWith("(") ? name : by === "area" ? "(native)" : name;
  const url = raw.replace(/^file:\/\//, "");
  const nm = url.lastIndexOf("/node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + 14).split("/");
    const pkg = rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
    return by === "area" ? pkg : `${name} ${pkg}`;
  }
  if (url.startsWith("node:")) return by === "area" ? "node internals" : `${name} ${url}`;
  const rel = url.replace(ROOT, "");
  if (by === "area") return rel.split("/").slice(0, 2).join("/");
  return `${name} ${rel.split("/").slice(-2).join("/")}`;
}

/**
 * The functions (or areas) with the most self time in a V8 CPU profile, as a share of all samples.
 * `windowSeconds` keeps only the busiest window of that length (the load).
 */
export function summarizeProfile(
  profile: CpuProfile,
  limit = 8,
  options: { by?: "function" | "area"; windowSeconds?: number } = {},
): Array<{ fn: string; selfPct: number }> {
  const by = options.by ?? "function";
  const hitsOf = new Map<number, number>();
  if (options.windowSeconds && profile.samples && profile.timeDeltas) {
    // The busiest window of that length (most non-idle samples): the load, wherever it fell.
    const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === "(idle)").map((n) => n.id));
    const times: number[] = [];
    let t = profile.startTime ?? 0;
    for (const d of profile.timeDeltas) {
      t += d;
      times.push(t);
    }
    const span = options.windowSeconds * 1e6;
    let best = [0, 0];
    let bestBusy = -1;
    let busy = 0;
    let lo = 0;
    for (let hi = 0; hi < times.length; hi++) {
      if (!idle.has(profile.samples[hi])) busy++;
      while (times[hi] - times[lo] > span) if (!idle.has(profile.samples[lo++])) busy--;
      if (busy > bestBusy) {
        bestBusy = busy;
        best = [lo, hi + 1];
      }
    }
    for (let i = best[0]; i < best[1]; i++)
      hitsOf.set(profile.samples[i], (hitsOf.get(profile.samples[i]) ?? 0) + 1);
  } else {
    for (const node of profile.nodes) hitsOf.set(node.id, node.hitCount ?? 0);
  }
  const self = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const hits = hitsOf.get(node.id) ?? 0;
    if (!hits) continue;
    total += hits;
    const key = keyOf(node, by);
    self.set(key, (self.get(key) ?? 0) + hits);
  }
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([fn, hits]) => ({ fn, selfPct: Math.round((hits / Math.max(total, 1)) * 1000) / 10 }));
}

/**
 * Summary of the main-thread profile among those `node --cpu-prof --cpu-prof-dir=dir` wrote (one
 * per thread: tsx's module-hooks thread writes one too): the one with the most busy samples.
 */
export function summarizeServerProfile(
  dir: string,
  limit = 6,
  options: { windowSeconds?: number } = {},
): {
  file: string;
  top: Array<{ fn: string; selfPct: number }>;
  areas: Array<{ fn: string; selfPct: number }>;
} | null {
  let best: { file: string; profile: CpuProfile; busy: number } | null = null;
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"))) {
    const file = join(dir, name);
    const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
    const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === "(idle)").map((n) => n.id));
    const busy = (profile.samples ?? []).filter((id) => !idle.has(id)).length;
    if (!best || busy > best.busy) best = { file, profile, busy };
  }
  if (!best) return null;
  return {
    file: best.file,
    top: summarizeProfile(best.profile, limit, options),
    areas: summarizeProfile(best.profile, limit, { ...options, by: "area" }),
  };
}

export const PROFILE_DIR = join(ROOT, "bench/profiles");

export function describeTop(top: Array<{ fn: string; selfPct: number }>, n = 6): string {
  return top
    .slice(0, n)
    .map((x) => `${x.fn} ${x.selfPct}%`)
    .join("; ");
}
