/**
 * What the browser's main thread did during one cold load (--cpu-prof in the web section): a
 * Chromium trace of the load, summed by kind of work — compiling and evaluating each script,
 * running tasks (React rendering), style and layout, paint — so a slow first render names its
 * cause instead of being guessed at from the network waterfall alone.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { PROFILE_DIR } from "./profile";

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs. */
  tdur?: number;
  tid: number;
  pid: number;
  ts: number;
  args?: { data?: { url?: string; frame?: string }; name?: string };
}

const CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "v8",
  "v8.execute",
  "blink",
  "blink.user_timing",
  "loading",
];

/** Kinds of main-thread work, by the trace event names Chromium's own performance panel sums. */
const KIND: Record<string, string> = {
  "v8.compile": "compile",
  "v8.compileModule": "compile",
  "V8.CompileCode": "compile",
  "v8.produceModuleCache": "compile",
  EvaluateScript: "evaluate",
  "v8.evaluateModule": "evaluate",
  FunctionCall: "script (tasks, React)",
  TimerFire: "script (tasks, React)",
  EventDispatch: "script (tasks, React)",
  RunMicrotasks: "script (tasks, React)",
  ParseHTML: "parse HTML",
  ParseAuthorStyleSheet: "parse CSS",
  UpdateLayoutTree: "style",
  Layout: "layout",
  Paint: "paint",
  PrePaint: "paint",
  Layerize: "paint",
  MajorGC: "GC",
  MinorGC: "GC",
};

export async function traceLoad(browser: Browser, page: Page, name: string, load: () => Promise<number>) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  await browser.startTracing(page, { categories: CATEGORIES });
  const renderMs = await load();
  const buf = await browser.stopTracing();
  const { profile } = await cdp.send("Profiler.stop");
  const file = join(PROFILE_DIR, `${name}.trace.json`);
  mkdirSync(PROFILE_DIR, { recursive: true });
  writeFileSync(file, buf);
  // The same load's JavaScript profile (open it in Chromium's DevTools), by function.
  writeFileSync(join(PROFILE_DIR, `${name}.cpuprofile`), JSON.stringify(profile));
  return {
    renderMs,
    summary: `${summarizeTrace(buf.toString("utf8"), renderMs)}; trace in ${file.replace(/^.*\/bench\//, "bench/")}`,
  };
}

/** The main-thread summary of a saved trace (exported to re-read one: bench/profiles/*.trace.json). */
export function summarizeTrace(json: string, renderMs: number): string {
  const { traceEvents } = JSON.parse(json) as { traceEvents: TraceEvent[] };
  // The page's main thread: the renderer thread that ran the app's scripts (a navigation may
  // move the page to another renderer process, so not simply the first one).
  const scriptTime = new Map<string, number>();
  for (const e of traceEvents)
    if (e.ph === "X" && e.name === "FunctionCall" && e.args?.data?.url?.includes("/assets/"))
      scriptTime.set(`${e.pid}:${e.tid}`, (scriptTime.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  const mainKey = [...scriptTime].sort((a, b) => b[1] - a[1])[0]?.[0];
  const start = traceEvents.find((e) => e.name === "navigationStart" && `${e.pid}:${e.tid}` === mainKey);
  const origin = start?.ts ?? Math.min(...traceEvents.filter((e) => e.ts > 0).map((e) => e.ts));
  const until = origin + renderMs * 1000;
  const byKind = new Map<string, number>();
  const byScript = new Map<string, number>();
  // Only the kinds of work named above, each counted once: a compile inside an evaluate, or a
  // GC inside a function call, is inside its parent's time. Wrappers (RunTask, message and timer
  // dispatch) are looked through.
  const main = traceEvents
    .filter((e) => e.ph === "X" && e.dur && `${e.pid}:${e.tid}` === mainKey && e.ts >= origin && e.ts < until)
    .filter((e) => KIND[e.name])
    .sort((a, b) => a.ts - b.ts);
  // The main thread's own CPU time in its tasks (thread time, not wall time): on a loaded machine
  // the wall time of a task stretches while the thread waits for a core, its CPU time does not.
  let cpu = 0;
  let taskUntil = 0;
  for (const e of traceEvents
    .filter((e) => e.ph === "X" && e.name === "RunTask" && `${e.pid}:${e.tid}` === mainKey)
    .filter((e) => e.ts >= origin && e.ts < until)
    .sort((a, b) => a.ts - b.ts)) {
    if (e.ts < taskUntil) continue;
    taskUntil = e.ts + (e.dur ?? 0);
    cpu += (e.tdur ?? 0) / 1000;
  }
  let openUntil = 0;
  let busy = 0;
  for (const e of main) {
    if (e.ts < openUntil) continue;
    const kind = KIND[e.name];
    const dur = Math.min(e.dur ?? 0, until - e.ts) / 1000;
    openUntil = e.ts + (e.dur ?? 0);
    busy += dur;
    byKind.set(kind, (byKind.get(kind) ?? 0) + dur);
    const url = e.args?.data?.url?.replace(/^.*\/assets\//, "");
    if (url) byScript.set(url, (byScript.get(url) ?? 0) + dur);
  }
  const fmt = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .filter(([, v]) => v >= 1)
      .map(([k, v]) => `${k} ${Math.round(v)}`)
      .join(", ");
  return `main thread busy ${Math.round(busy)} of ${Math.round(renderMs)} ms (its CPU time ${Math.round(cpu)} ms) — ${fmt(byKind)}; by script: ${fmt(byScript)}`;
}
