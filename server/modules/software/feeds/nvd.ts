/**
 * NVD CVE JSON 2.0: the yearly/modified feed files and the CVE API's pages share one shape
 * ({format: "NVD_CVE", version: "2.0", vulnerabilities: [{cve}]}). Metrics CVSS v3.1/v3.0/v4.0,
 * the CISA KEV fields the API adds, configurations with their cpeMatch criteria. Any error names
 * its place in the file; one error fails the file.
 */
import { z } from "zod";
import type { ConfigNode, Configuration } from "../domain/configuration";
import { parseFormattedString } from "../domain/cpe/formatted-string";
import { CpeParseError } from "../domain/cpe/wfn";
import {
  type CvssScore,
  type FeedAdvisory,
  FeedError,
  feedDate,
  lineColumn,
  type Severity,
  severityOf,
} from "./advisory";

const cvssData = z.object({
  version: z.string(),
  vectorString: z.string(),
  baseScore: z.number().min(0).max(10),
  baseSeverity: z.string().optional(),
});
const metric = z.object({
  source: z.string().default(""),
  type: z.string().optional(),
  cvssData,
  baseSeverity: z.string().optional(),
});
const cpeMatch = z.object({
  vulnerable: z.boolean(),
  criteria: z.string(),
  versionStartIncluding: z.string().optional(),
  versionStartExcluding: z.string().optional(),
  versionEndIncluding: z.string().optional(),
  versionEndExcluding: z.string().optional(),
});
const node = z.object({
  operator: z.enum(["AND", "OR"]).default("OR"),
  negate: z.boolean().default(false),
  cpeMatch: z.array(cpeMatch).default([]),
});
const cve = z.object({
  id: z.string().regex(/^CVE-\d{4}-\d{4,}$/),
  published: z.string().optional(),
  lastModified: z.string().optional(),
  vulnStatus: z.string().optional(),
  descriptions: z.array(z.object({ lang: z.string(), value: z.string() })).default([]),
  metrics: z
    .object({
      cvssMetricV40: z.array(metric).optional(),
      cvssMetricV31: z.array(metric).optional(),
      cvssMetricV30: z.array(metric).optional(),
    })
    .default({}),
  configurations: z
    .array(
      z.object({
        operator: z.enum(["AND", "OR"]).default("OR"),
        negate: z.boolean().default(false),
        nodes: z.array(node),
      }),
    )
    .default([]),
  references: z.array(z.object({ url: z.string() })).default([]),
  cisaExploitAdd: z.string().optional(),
  cisaActionDue: z.string().optional(),
  cisaRequiredAction: z.string().optional(),
  cisaVulnerabilityName: z.string().optional(),
});
type NvdCve = z.infer<typeof cve>;

const SEVERITIES = new Set(["critical", "high", "medium", "low", "none"]);

function scores(c: NvdCve): CvssScore[] {
  const out: CvssScore[] = [];
  for (const list of [c.metrics.cvssMetricV40, c.metrics.cvssMetricV31, c.metrics.cvssMetricV30]) {
    for (const m of list ?? []) {
      const named = (m.cvssData.baseSeverity ?? m.baseSeverity ?? "").toLowerCase();
      out.push({
        version: m.cvssData.version,
        baseScore: m.cvssData.baseScore,
        severity: SEVERITIES.has(named) ? (named as Severity) : severityOf(m.cvssData.baseScore),
        vector: m.cvssData.vectorString,
        source: m.source,
      });
    }
  }
  return out;
}

function configurations(file: string, at: string, c: NvdCve): Configuration[] {
  return c.configurations.map((config, ci) => ({
    operator: config.operator,
    negate: config.negate,
    nodes: config.nodes.map(
      (n, ni): ConfigNode => ({
        operator: n.operator,
        negate: n.negate,
        cpeMatch: n.cpeMatch.map((m, mi) => {
          const where = `${at}.configurations[${ci}].nodes[${ni}].cpeMatch[${mi}].criteria`;
          try {
            return {
              vulnerable: m.vulnerable,
              criteria: parseFormattedString(m.criteria),
              text: m.criteria,
              range: {
                startIncluding: m.versionStartIncluding,
                startExcluding: m.versionStartExcluding,
                endIncluding: m.versionEndIncluding,
                endExcluding: m.versionEndExcluding,
              },
            };
          } catch (e) {
            if (e instanceof CpeParseError) throw new FeedError(file, where, e.ja, e.en);
            throw e;
          }
        }),
      }),
    ),
  }));
}

const envelope = z.object({
  format: z.string(),
  version: z.string(),
  vulnerabilities: z.array(z.unknown()),
});

/** Parses one NVD file's text. Throws FeedError naming the place of the first problem. */
export function parseNvd(file: string, text: string): FeedAdvisory[] {
  return parseNvdJson(file, readJson(file, text));
}

/** JSON.parse with a located error (line and column, or the end for a truncated file). */
export function readJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const pos = /position (\d+)/.exec(String((e as Error).message));
    const where = pos ? lineColumn(text, Number(pos[1])) : `末尾 (end, ${text.length} bytes)`;
    throw new FeedError(
      file,
      where,
      "JSONとして読めません（途中で切れているか壊れています）",
      "not valid JSON (truncated or damaged)",
    );
  }
}

export function parseNvdJson(file: string, json: unknown): FeedAdvisory[] {
  const env = envelope.safeParse(json);
  if (!env.success) {
    throw new FeedError(
      file,
      "(root)",
      "NVD CVE JSON 2.0 の形式ではありません（format・version・vulnerabilities がありません）",
      "not an NVD CVE JSON 2.0 document (format, version, vulnerabilities missing)",
    );
  }
  if (env.data.format !== "NVD_CVE" || env.data.version !== "2.0") {
    throw new FeedError(
      file,
      "format / version",
      `対応していない形式です（format「${env.data.format}」version「${env.data.version}」、対応は NVD_CVE 2.0）`,
      `unsupported schema (format "${env.data.format}", version "${env.data.version}"; NVD_CVE 2.0 is supported)`,
    );
  }
  return env.data.vulnerabilities.map((entry, i) => {
    const at = `vulnerabilities[${i}].cve`;
    const parsed = cve.safeParse((entry as { cve?: unknown } | null)?.cve);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = [at, ...issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))]
        .join("")
        .replace(/\.\[/g, "[");
      throw new FeedError(
        file,
        path,
        `項目が正しくありません（${issue.message}）`,
        `invalid field (${issue.message})`,
      );
    }
    const c = parsed.data;
    const description = c.descriptions.find((d) => d.lang === "en")?.value ?? c.descriptions[0]?.value ?? "";
    return {
      source: "nvd",
      sourceId: c.id,
      cveIds: [c.id],
      jvndbIds: [],
      title: c.cisaVulnerabilityName ?? c.id,
      description,
      published: feedDate(file, `${at}.published`, c.published, "Z"),
      modified: feedDate(file, `${at}.lastModified`, c.lastModified, "Z"),
      cvss: scores(c),
      kev: c.cisaExploitAdd
        ? {
            dateAdded: c.cisaExploitAdd,
            dueDate: c.cisaActionDue,
            requiredAction: c.cisaRequiredAction,
            name: c.cisaVulnerabilityName,
          }
        : null,
      configurations: configurations(file, at, c),
      jvnAffected: [],
      references: c.references.map((r) => r.url),
    } satisfies FeedAdvisory;
  });
}
