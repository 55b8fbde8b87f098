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
  rules: { pattern: string[]; by: string }[];
}

const registry: Registry = { modules: new Map(), registers: new Map(), rules: [] };

const KEY = /^[a-z][a-z0-9_]*$/;

function checkKey(kind: string, key: string) {
  if (!KEY.test(key)) throw new Error(`${kind} key "${key}" must be snake_case`);
}

/** A module that exists (`server/modules/<key>` or a platform piece such as `auth`). */
export function registerModule(key: string, label: I18nLabel | null = null): void {
  checkKey("module", key);
  registry.modules.set(key, label ?? registry.modules.get(key) ?? null);
}

/** A register (記録簿) that exists and the module that keeps it. */
export function registerRegister(key: string, module: string): void {
  checkKey("register", key);
  registry.registers.set(key, module);
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
  registry.rules.push({ pattern, by });
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
