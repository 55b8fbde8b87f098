import { describe, expect, it } from "vitest";
import { parseFormattedString as fs } from "./cpe/formatted-string";
import { parseUri } from "./cpe/uri";
import { type AdvisoryForMatching, matchOnHost } from "./match-installation";

const inst = (id: string, cpe: string, version: string, jvnProductIds: string[] = []) => ({
  id,
  wfn: fs(cpe),
  version,
  jvnProductIds,
});

describe("an advisory with NVD and JVN parts on one host", () => {
  const advisory: AdvisoryForMatching = {
    configurations: [
      {
        operator: "OR",
        negate: false,
        nodes: [
          {
            operator: "OR",
            negate: false,
            cpeMatch: [
              {
                vulnerable: true,
                criteria: fs("cpe:2.3:a:cybozu:garoon:*:*:*:*:*:*:*:*"),
                text: "",
                range: { startIncluding: "5.0.0", endExcluding: "5.15.2" },
              },
            ],
          },
        ],
      },
    ],
    nvdProducts: new Set(["cybozu\u0000garoon"]),
    jvn: [
      { cpe: parseUri("cpe:/a:cybozu:garoon"), versionText: "5.0.0 から 5.15.2 まで" },
      { cpe: parseUri("cpe:/a:cybozu:office"), versionText: "v10 R4 およびそれ以前" },
    ],
  };
  it("NVD decides for the products it names (5.15.2 excluded there, though JVN's text includes it)", () => {
    const r = matchOnHost(advisory, [inst("g1", "cpe:2.3:a:cybozu:garoon:5.15.2:*:*:*:*:*:*:*", "5.15.2")]);
    expect(r.size).toBe(0);
    const r2 = matchOnHost(advisory, [inst("g2", "cpe:2.3:a:cybozu:garoon:5.9.0:*:*:*:*:*:*:*", "5.9.0")]);
    expect(r2.get("g2")?.verdict).toBe("yes");
  });
  it("JVN decides for the products only it names; free text goes to confirmation", () => {
    const r = matchOnHost(advisory, [inst("o1", "cpe:2.3:a:cybozu:office:10.8.6:*:*:*:*:*:*:*", "10.8.6")]);
    expect(r.get("o1")?.verdict).toBe("maybe");
    expect(r.get("o1")?.reason?.ja).toContain("v10 R4");
  });
  it("a domestic product without CPE is found by its MyJVN product id", () => {
    const a: AdvisoryForMatching = {
      configurations: [],
      nvdProducts: new Set(),
      jvn: [{ productIds: ["34567"], versionText: "3.1 およびそれ以前" }],
    };
    const host = [{ id: "x", wfn: null, version: "3.0", jvnProductIds: ["34567"] }];
    expect(matchOnHost(a, host).get("x")?.verdict).toBe("yes");
  });
});
