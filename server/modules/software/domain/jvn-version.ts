/**
 * JVN iPedia states affected versions as Japanese free text (「3.2.5 およびそれ以前」,
 * 「4.0.0 から 4.2.1 まで」, 「v6 R4 およびそれ以前」). The few forms whose bounds are plain ordered
 * versions become ranges; anything else stays free text, which sends a match to the confirmation
 * queue — never silently in or out.
 */
import { matchCriterion, type Outcome } from "./configuration";
import { compareNames } from "./cpe/compare";
import { quote, type Wfn, wfn } from "./cpe/wfn";
import { compareVersions, parseVersion, type VersionRange } from "./version";

export type JvnVersion =
  | { kind: "all" }
  | { kind: "exact"; version: string }
  | { kind: "range"; range: VersionRange }
  | { kind: "free"; text: string };

const V = String.raw`(?:バージョン|ver\.?|version|v)?\s*([0-9A-Za-z][0-9A-Za-z._\-+~]*)`;
const FORMS: Array<[RegExp, (a: string, b?: string) => VersionRange]> = [
  [
    new RegExp(
      `^${V}\\s*(?:およびそれ以前|及びそれ以前|およびそれより前|以前|およびそれ以前のバージョン|以前のバージョン)$`,
      "i",
    ),
    (a) => ({ endIncluding: a }),
  ],
  [new RegExp(`^${V}\\s*(?:より前|未満|より前のバージョン)$`, "i"), (a) => ({ endExcluding: a })],
  [new RegExp(`^${V}\\s*(?:およびそれ以降|及びそれ以降|以降)$`, "i"), (a) => ({ startIncluding: a })],
  [
    new RegExp(`^${V}\\s*(?:から|-|～|〜|~)\\s*${V}\\s*(?:まで|までのバージョン)?$`, "i"),
    (a, b) => ({ startIncluding: a, endIncluding: b }),
  ],
];

/** Reads a JVN VersionNumber text. Bounds must be ordered versions, else the text stays free. */
export function parseJvnVersion(raw: string | null | undefined): JvnVersion {
  if (raw === null) return { kind: "free", text: "（版の記載なし / versions not stated）" };
  const text = (raw ?? "").normalize("NFKC").replace(/\s+/g, " ").trim();
  // Only an explicit "all versions" covers everything; an empty field is not a statement.
  if (text === "*" || /^(全て|すべて|全)の?バージョン$/.test(text)) return { kind: "all" };
  if (text === "") return { kind: "free", text: "（記載なし / not stated）" };
  for (const [re, build] of FORMS) {
    const m = re.exec(text);
    if (!m) continue;
    const bounds = m.slice(1).filter((x): x is string => x !== undefined);
    if (bounds.every((b) => parseVersion(b) !== null)) {
      const range = build(bounds[0], bounds[1]);
      if (
        range.startIncluding &&
        range.endIncluding &&
        (compareVersions(range.startIncluding, range.endIncluding) ?? 1) > 0
      )
        break;
      return { kind: "range", range };
    }
    break;
  }
  const exact = /^(?:バージョン|ver\.?|version|v)?\s*([0-9][0-9A-Za-z._\-+~]*)$/i.exec(text);
  if (exact && parseVersion(exact[1]) !== null) return { kind: "exact", version: exact[1] };
  return { kind: "free", text };
}

export interface JvnAffected {
  /** CPE 2.2 of the product as JVN gives it (usually without a version). */
  cpe?: Wfn;
  /** MyJVN product ids, when the advisory carries them. */
  productIds?: readonly string[];
  /** null: the document states no versions (an overview item) — always a question. */
  versionText?: string | null;
}

export interface InstalledProduct {
  wfn?: Wfn;
  jvnProductIds?: readonly string[];
  /** The installed version as recorded. */
  version?: string;
}

/** Whether one JVN affected item concerns one installed product. */
export function matchJvnAffected(item: JvnAffected, installed: InstalledProduct): Outcome {
  const byId = !!item.productIds?.some((id) => installed.jvnProductIds?.includes(id));
  let sameProduct = byId;
  if (!sameProduct && item.cpe && installed.wfn) {
    // The product only: vendor and product (and part) — versions are read from the text below.
    const probe = wfn({ part: item.cpe.part, vendor: item.cpe.vendor, product: item.cpe.product });
    const target = wfn({
      part: installed.wfn.part,
      vendor: installed.wfn.vendor,
      product: installed.wfn.product,
    });
    const r = compareNames(probe, target);
    sameProduct = r === "EQUAL" || r === "SUPERSET";
  }
  if (!sameProduct) return { verdict: "no" };
  const parsed = parseJvnVersion(item.versionText);
  const version = installed.version?.trim();
  if (parsed.kind === "all") return { verdict: "yes" };
  if (parsed.kind === "free") {
    return {
      verdict: "maybe",
      reason: {
        ja: `影響を受けるバージョンが文章で示されています（「${parsed.text}」）`,
        en: `the affected versions are given as text ("${parsed.text}")`,
      },
    };
  }
  if (!version)
    return {
      verdict: "maybe",
      reason: { ja: "バージョンが記録されていません", en: "no version is recorded" },
    };
  if (parsed.kind === "exact") {
    const c = compareVersions(version, parsed.version);
    if (c === null) return unordered(version);
    return c === 0 ? { verdict: "yes" } : { verdict: "no" };
  }
  const criterion = { vulnerable: true, criteria: wfn({}), text: "", range: parsed.range };
  const o = matchCriterion(criterion, wfn({ version: { t: "str", s: quote(version) } }));
  return o.verdict === "maybe" ? unordered(version) : o;
}

const unordered = (version: string): Outcome => ({
  verdict: "maybe",
  reason: {
    ja: `バージョン「${version}」の大小を判定できません`,
    en: `version "${version}" cannot be ordered`,
  },
});
