import { describe, expect, it } from "vitest";
import { parseFormattedString } from "./cpe/formatted-string";
import { parseUri } from "./cpe/uri";
import { matchJvnAffected, parseJvnVersion } from "./jvn-version";

describe("JVN version text", () => {
  it.each([
    ["3.2.5 およびそれ以前", { kind: "range", range: { endIncluding: "3.2.5" } }],
    ["バージョン 3.2.5 以前", { kind: "range", range: { endIncluding: "3.2.5" } }],
    ["Ver.4.0 より前のバージョン", { kind: "range", range: { endExcluding: "4.0" } }],
    ["4.0.0 から 4.2.1 まで", { kind: "range", range: { startIncluding: "4.0.0", endIncluding: "4.2.1" } }],
    ["ｖ２．３ 以降", { kind: "range", range: { startIncluding: "2.3" } }],
    ["5.1.2", { kind: "exact", version: "5.1.2" }],
    ["", { kind: "free", text: "（記載なし / not stated）" }],
    ["すべてのバージョン", { kind: "all" }],
  ])("%j", (text, expected) => {
    expect(parseJvnVersion(text)).toEqual(expected);
  });
  it.each([
    "v6 R4 およびそれ以前",
    "Ver.3.0 SP1 以前",
    "ファームウェア 2023年3月以前に出荷されたもの",
    "4.2.1 から 4.0.0 まで",
  ])("keeps %j as free text", (text) => {
    expect(parseJvnVersion(text).kind).toBe("free");
  });
});

describe("JVN affected item against an installation", () => {
  const garoon = parseUri("cpe:/a:cybozu:garoon");
  const installed = (version: string) => ({
    wfn: parseFormattedString(`cpe:2.3:a:cybozu:garoon:${version}:*:*:*:*:*:*:*`),
    version,
  });
  it("matches by CPE 2.2 product and reads the version text", () => {
    expect(
      matchJvnAffected({ cpe: garoon, versionText: "5.0.0 から 5.15.0 まで" }, installed("5.9.2")).verdict,
    ).toBe("yes");
    expect(
      matchJvnAffected({ cpe: garoon, versionText: "5.0.0 から 5.15.0 まで" }, installed("6.0.0")).verdict,
    ).toBe("no");
    expect(
      matchJvnAffected({ cpe: parseUri("cpe:/a:cybozu:office"), versionText: "" }, installed("5.9.2"))
        .verdict,
    ).toBe("no");
  });
  it("free text goes to confirmation, never in or out", () => {
    const r = matchJvnAffected({ cpe: garoon, versionText: "v6 R4 およびそれ以前" }, installed("5.9.2"));
    expect(r.verdict).toBe("maybe");
    expect(r.reason?.ja).toContain("v6 R4 およびそれ以前");
  });
  it("matches by MyJVN product id without a CPE", () => {
    const r = matchJvnAffected(
      { productIds: ["12345"], versionText: "2.0 およびそれ以前" },
      { jvnProductIds: ["12345"], version: "1.9" },
    );
    expect(r.verdict).toBe("yes");
    expect(
      matchJvnAffected(
        { productIds: ["12345"], versionText: "2.0 およびそれ以前" },
        { jvnProductIds: ["12345"] },
      ).verdict,
    ).toBe("maybe");
  });
});
