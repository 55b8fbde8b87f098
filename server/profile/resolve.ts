/**
 * Reads a profile file and its `extends:` chain, merges them and validates the result against the
 * schema. Every schema issue is traced back to the file and line that provided the offending value.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { z } from "zod";
import type { ProfileIssue } from "./issues";
import { deepMerge } from "./merge";
import { type Profile, ProfileSchema } from "./schema";
import { formatPath, keyedPath, locateInYaml, type ParsedYamlFile, parseYamlFile } from "./yaml-location";

export interface ProfileSourceFile {
  id: string;
  file: string;
  parsed: ParsedYamlFile;
  data: Record<string, unknown>;
}

export interface ResolvedProfile {
  profile: Profile | null;
  /** Base first, the requested profile last. */
  chain: ProfileSourceFile[];
  issues: ProfileIssue[];
}

export function profileFile(dir: string, id: string): string {
  return join(dir, `${id}.yaml`);
}

function readChain(file: string, issues: ProfileIssue[]): ProfileSourceFile[] {
  const chain: ProfileSourceFile[] = [];
  const seen = new Set<string>();
  let current: string | null = file;
  while (current) {
    if (seen.has(current)) {
      issues.push({ file: current, line: 1, path: "extends", message: "extends: forms a cycle" });
      break;
    }
    seen.add(current);
    const parsed = parseYamlFile(current, readFileSync(current, "utf8"));
    for (const error of parsed.doc.errors) {
      const line = error.linePos?.[0]?.line ?? 1;
      issues.push({ file: current, line, path: "", message: `YAML: ${error.message.split("\n")[0]}` });
    }
    const data = (parsed.doc.toJS() ?? {}) as Record<string, unknown>;
    const id = basename(current).replace(/\.ya?ml$/, "");
    chain.unshift({ id, file: current, parsed, data });
    const parent = data.extends;
    if (parent === undefined) break;
    const parentFile: string = typeof parent === "string" ? profileFile(dirname(current), parent) : "";
    if (!parentFile || !existsSync(parentFile)) {
      const { line } = locateInYaml(parsed, ["extends"]);
      issues.push({
        file: current,
        line,
        path: "extends",
        message: `baseline profile "${String(parent)}" not found`,
      });
      break;
    }
    current = parentFile;
  }
  return chain;
}

/** The file (most derived first) that holds the deepest part of `path`, and its line. */
export function locateInChain(chain: ProfileSourceFile[], merged: unknown, path: readonly PropertyKey[]) {
  const segments = keyedPath(merged, path);
  let best = { file: chain.at(-1)?.file ?? "", line: 1, depth: -1 };
  for (let i = chain.length - 1; i >= 0; i--) {
    const hit = locateInYaml(chain[i].parsed, segments);
    if (hit.depth > best.depth) best = { file: chain[i].file, line: hit.line, depth: hit.depth };
    if (hit.depth === segments.length) break;
  }
  return { file: best.file, line: best.line };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") return `unknown key(s): ${issue.keys.join(", ")}`;
  if (issue.code === "invalid_union") return "does not match any allowed form (see policies/README.md)";
  return issue.message;
}

/** Adopting a confidentiality option swaps the scheme's levels before any rule is evaluated. */
function applyAdoptedOption(profile: Profile): Profile {
  const adopted = profile.classification.adopt_confidentiality_option;
  if (!adopted) return profile;
  const option = profile.classification.confidentiality_options.find((o) => o.key === adopted);
  if (!option) return profile;
  return {
    ...profile,
    classification: {
      ...profile.classification,
      confidentiality: { title: option.title, levels: option.levels, clause: option.clause },
    },
  };
}

export function resolveProfileFile(file: string): ResolvedProfile {
  const issues: ProfileIssue[] = [];
  if (!existsSync(file)) {
    return { profile: null, chain: [], issues: [{ file, line: 1, path: "", message: "file not found" }] };
  }
  const chain = readChain(file, issues);
  if (issues.length > 0) return { profile: null, chain, issues };
  const merged = chain.reduce<unknown>((acc, source) => deepMerge(acc, source.data), {}) as Record<
    string,
    unknown
  >;
  // The requested file's own id and extends win; the baseline's are not inherited.
  const own = chain.at(-1)?.data ?? {};
  merged.id = own.id;
  merged.extends = own.extends;
  if (merged.extends === undefined) delete merged.extends;

  const result = ProfileSchema.safeParse(merged);
  if (!result.success) {
    for (const issue of result.error.issues) {
      // For an unknown key, point at the key itself rather than at its parent object.
      const path = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]] : issue.path;
      const where = locateInChain(chain, merged, path);
      issues.push({ ...where, path: formatPath(issue.path), message: describeIssue(issue) });
    }
    return { profile: null, chain, issues };
  }
  return { profile: applyAdoptedOption(result.data), chain, issues };
}
