/**
 * One entry point for feed files: gzip is unpacked, the content (not the file name) decides
 * between NVD JSON, MyJVN OKA JSON and MyJVN XML, and the advisories of the file are grouped into problems
 * (one per CVE; a JVN entry without CVE is its own problem).
 */
import { gunzipSync } from "node:zlib";
import { type FeedAdvisory, FeedError } from "./advisory";
import { parseJvn } from "./jvn";
import { isOkaDocument, parseOka } from "./jvn-oka";
import { parseNvdJson, readJson } from "./nvd";

/** Largest file accepted (a year of NVD is ≈ 300 MB unpacked; API pages are far smaller). */
export const MAX_FEED_BYTES = 512 * 1024 * 1024;

export function parseFeed(file: string, bytes: Uint8Array): FeedAdvisory[] {
  let data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (data[0] === 0x1f && data[1] === 0x8b) {
    try {
      data = gunzipSync(data, { maxOutputLength: MAX_FEED_BYTES });
    } catch {
      throw new FeedError(
        file,
        "gzip",
        "gzip を展開できません（途中で切れているか壊れています）",
        "cannot gunzip (truncated or damaged)",
      );
    }
  }
  const text = data.toString("utf8").replace(/^\uFEFF/, "");
  const first = text.trimStart()[0];
  if (first === "{") {
    const json = readJson(file, text);
    return isOkaDocument(json) ? parseOka(file, json) : parseNvdJson(file, json);
  }
  if (first === "<") return parseJvn(file, text);
  throw new FeedError(
    file,
    "1行1列 (line 1, column 1)",
    "NVD の JSON でも MyJVN の XML でもありません",
    "neither NVD JSON nor MyJVN XML",
  );
}

export interface ProblemDraft {
  /** CVE id, or the JVNDB id of a JVN entry that names no CVE. */
  key: string;
  cveId: string | null;
  nvd: FeedAdvisory | null;
  jvn: FeedAdvisory[];
}

/**
 * Groups parsed advisories into problems: NVD's CVE and every JVN entry naming that CVE meet in
 * one; a JVN entry naming several CVEs belongs to each of them. Later entries for the same id
 * (a newer page) replace earlier ones.
 */
export function linkProblems(advisories: readonly FeedAdvisory[]): ProblemDraft[] {
  const byKey = new Map<string, ProblemDraft>();
  const get = (key: string, cveId: string | null) => {
    let p = byKey.get(key);
    if (!p) {
      p = { key, cveId, nvd: null, jvn: [] };
      byKey.set(key, p);
    }
    return p;
  };
  for (const a of advisories) {
    if (a.source === "nvd") {
      get(a.sourceId, a.sourceId).nvd = a;
      continue;
    }
    const keys = a.cveIds.length ? a.cveIds : [a.sourceId];
    for (const key of keys) {
      const p = get(key, a.cveIds.length ? key : null);
      p.jvn = [...p.jvn.filter((j) => j.sourceId !== a.sourceId), a];
    }
  }
  return [...byKey.values()];
}
