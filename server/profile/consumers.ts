/**
 * What the code actually meets, declared where the code lives — so coverage cannot claim more.
 *
 * Every module, every register and every reader of a profile rule registers itself when its file
 * is loaded (the app imports every module, so the registry is complete once `server/app.ts` is
 * loaded; `loadCodeRegistry()` in `server/code-registry.ts` does that for the CLI and tests):
 *
 *   registerModule("assets", { ja: "情報資産台帳", en: "Asset register" });
 *   registerRegister("disposal_log", "registers");
 *   consumesRule("zones.*.mfa_required", "auth");   // `*` = one segment (a list item's key)
 *   consumesRule("classification.**", "assets");    // trailing `**` = the whole subtree
 *
 * `profile check` and the Policy screen then refuse a mapping whose `via:` names a module or
 * register nobody registered, and an `enforced` mapping whose `rule:` no consumer reads.
 * Mappings for code that is not built yet say `planned: <module>` and count as planned.
 */

export interface I18nLabel {
  ja: string;
  en: string;
}

interface Registry {
  modules: Map<string, I18nLabel | null>;
  registers: Map<string, string>;
  rules: { pattern: string[]; by: string; stack: string | undefined }[];
  /** Where each module and register registered itself (a stack, read only by the clause review). */
  sites: Map<string, string | undefined>;
}

const registry: Registry = { modules: new Map(), registers: new Map(), rules: [], sites: new Map() };

const KEY = /^[a-z][a-z0-9_]*$/;

function checkKey(kind: string, key: string) {
  if (!KEY.test(key)) throw new Error(`${kind} key "${key}" must be snake_case`);
}

/** A module that exists (`server/modules/<key>` or a platform piece such as `auth`). */
export function registerModule(key: string, label: I18nLabel | null = null): void {
  checkKey("module", key);
  registry.modules.set(key, label ?? registry.modules.get(key) ?? null);
  if (!registry.sites.has(`module:${key}`)) registry.sites.set(`module:${key}`, new Error().stack);
}

/** A register (記録簿) that exists and the module that keeps it. */
export function registerRegister(key: string, module: string): void {
  checkKey("register", key);
  registry.registers.set(key, module);
  registry.sites.set(`register:${key}`, new Error().stack);
}

/**
 * The code at `by` reads and applies this profile rule path. Segments are profile keys; in a
 * list (`request_kinds`, `zones`, `cycles` …) a segment is an item's `key`. `*` matches any one
 * segment; a trailing `**` matches the path and everything under it.
 */
export function consumesRule(path: string, by: string): void {
  const pattern = path.split(".");
  if (pattern.some((s) => s === "") || pattern.slice(0, -1).includes("**"))
    throw new Error(`consumesRule: bad path "${path}"`);
  // The stack names the file that reads the rule, for the clause review (scripts/clause-review.ts).
  registry.rules.push({ pattern, by, stack: new Error().stack });
}

function matches(pattern: string[], path: string[]): boolean {
  if (pattern.at(-1) === "**") {
    const head = pattern.slice(0, -1);
    return path.length >= head.length && head.every((s, i) => s === "*" || s === path[i]);
  }
  return pattern.length === path.length && pattern.every((s, i) => s === "*" || s === path[i]);
}

export function moduleExists(key: string): boolean {
  return registry.modules.has(key);
}

export function registerExists(key: string): boolean {
  return registry.registers.has(key);
}

/** Who reads a rule path (empty when nothing does). */
export function ruleConsumers(path: string): string[] {
  const segments = path.split(".");
  return [...new Set(registry.rules.filter((r) => matches(r.pattern, segments)).map((r) => r.by))];
}

/** Nothing registered: the app's modules were not loaded, so no check can be trusted. */
export function registryIsEmpty(): boolean {
  return registry.modules.size === 0;
}

/** The source file of the caller that registered (the frame after this file's own). */
function callerFile(stack: string | undefined): string | null {
  for (const line of (stack ?? "").split("\n").slice(1)) {
    const m = /\(?((?:file:\/\/)?\/[^():]+\.[cm]?[jt]sx?):\d+:\d+\)?$/.exec(line.trim());
    if (m && !m[1]?.includes("profile/consumers")) return (m[1] as string).replace(/^file:\/\//, "");
  }
  return null;
}

/** Who reads a rule path, and the file where each registered (absolute path, when known). */
export function ruleConsumerSites(path: string): { by: string; file: string | null }[] {
  const segments = path.split(".");
  const sites = registry.rules
    .filter((r) => matches(r.pattern, segments))
    .map((r) => ({ by: r.by, file: callerFile(r.stack) }));
  // Sorted: the order of registration is the order modules happened to be imported in, which
  // differs between a process that loads the app and one that ran other code first.
  return [...new Map(sites.map((s) => [`${s.by} ${s.file}`, s])).values()].sort(
    (a, b) => a.by.localeCompare(b.by) || (a.file ?? "").localeCompare(b.file ?? ""),
  );
}

/** The module that keeps a register. */
export function registerModuleOf(key: string): string | null {
  return registry.registers.get(key) ?? null;
}

/** The file where a module or register registered itself (absolute path, when known). */
export function registrationFile(kind: "module" | "register", key: string): string | null {
  return callerFile(registry.sites.get(`${kind}:${key}`));
}

export function registeredModules(): string[] {
  return [...registry.modules.keys()].sort();
}

export function moduleLabel(key: string): I18nLabel | null {
  return registry.modules.get(key) ?? null;
}

export function registeredRegisters(): string[] {
  return [...registry.registers.keys()].sort();
}

/** Self-inspection items count as met only once the self-inspection module exists. */
export const SELF_INSPECTION_MODULE = "assurance";
