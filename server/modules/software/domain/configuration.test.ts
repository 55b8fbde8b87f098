import { describe, expect, it } from "vitest";
import { type Configuration, evaluateOnHost, matchCriterion } from "./configuration";
import { parseFormattedString as fs } from "./cpe/formatted-string";

const crit = (text: string, range = {}, vulnerable = true) => ({
  vulnerable,
  criteria: fs(text),
  text,
  range,
});
const host = (...cpes: string[]) => cpes.map((c, i) => ({ id: `i${i}`, wfn: fs(c) }));
const verdicts = (m: Map<string, { verdict: string }>) =>
  Object.fromEntries([...m].map(([k, v]) => [k, v.verdict]));

// Shaped like NVD's CVE-2021-44228 (Log4Shell) configuration, shortened.
const log4shell: Configuration[] = [
  {
    operator: "OR",
    negate: false,
    nodes: [
      {
        operator: "OR",
        negate: false,
        cpeMatch: [
          crit("cpe:2.3:a:apache:log4j:*:*:*:*:*:*:*:*", { startIncluding: "2.0.1", endExcluding: "2.3.1" }),
          crit("cpe:2.3:a:apache:log4j:*:*:*:*:*:*:*:*", { startIncluding: "2.4", endExcluding: "2.12.2" }),
          crit("cpe:2.3:a:apache:log4j:*:*:*:*:*:*:*:*", {
            startIncluding: "2.13.0",
            endExcluding: "2.15.0",
          }),
          crit("cpe:2.3:a:apache:log4j:2.0:beta9:*:*:*:*:*:*"),
        ],
      },
    ],
  },
];

// Shaped like a Cisco IOS XE advisory: firmware vulnerable when running on given hardware.
const firmwareOnHardware: Configuration[] = [
  {
    operator: "AND",
    negate: false,
    nodes: [
      {
        operator: "OR",
        negate: false,
        cpeMatch: [crit("cpe:2.3:o:cisco:ios_xe:*:*:*:*:*:*:*:*", { endExcluding: "17.9.4" })],
      },
      {
        operator: "OR",
        negate: false,
        cpeMatch: [
          crit("cpe:2.3:h:cisco:catalyst_9300:-:*:*:*:*:*:*:*", {}, false),
          crit("cpe:2.3:h:cisco:catalyst_9400:-:*:*:*:*:*:*:*", {}, false),
        ],
      },
    ],
  },
];

describe("one criterion against one CPE", () => {
  it("ranges with including/excluding bounds", () => {
    const c = crit("cpe:2.3:a:apache:log4j:*:*:*:*:*:*:*:*", {
      startIncluding: "2.13.0",
      endExcluding: "2.15.0",
    });
    expect(matchCriterion(c, fs("cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*")).verdict).toBe("yes");
    expect(matchCriterion(c, fs("cpe:2.3:a:apache:log4j:2.13.0:*:*:*:*:*:*:*")).verdict).toBe("yes");
    expect(matchCriterion(c, fs("cpe:2.3:a:apache:log4j:2.15.0:*:*:*:*:*:*:*")).verdict).toBe("no");
    expect(matchCriterion(c, fs("cpe:2.3:a:apache:log4j:-:*:*:*:*:*:*:*")).verdict).toBe("no");
    expect(matchCriterion(c, fs("cpe:2.3:a:apache:commons_text:2.14.1:*:*:*:*:*:*:*")).verdict).toBe("no");
  });
  it("asks a person when the installation is less specific or its version has no order", () => {
    const c = crit("cpe:2.3:a:apache:log4j:*:*:*:*:*:*:*:*", { endExcluding: "2.15.0" });
    const noVersion = matchCriterion(c, fs("cpe:2.3:a:apache:log4j:*:*:*:*:*:*:*:*"));
    expect(noVersion.verdict).toBe("maybe");
    expect(noVersion.reason?.ja).toContain("バージョン");
    expect(matchCriterion(c, fs("cpe:2.3:a:apache:log4j:2\\.x\\ \\(bundled\\):*:*:*:*:*:*:*")).verdict).toBe(
      "maybe",
    );
    const exact = crit("cpe:2.3:a:apache:log4j:2.0:beta9:*:*:*:*:*:*");
    expect(matchCriterion(exact, fs("cpe:2.3:a:apache:log4j:2.0:*:*:*:*:*:*:*")).verdict).toBe("maybe");
    expect(matchCriterion(exact, fs("cpe:2.3:a:apache:log4j:2.0:beta9:*:*:*:*:*:*")).verdict).toBe("yes");
    expect(matchCriterion(exact, fs("cpe:2.3:a:apache:log4j:2.0:rc1:*:*:*:*:*:*")).verdict).toBe("no");
  });
});

describe("configurations on a host", () => {
  it("OR nodes: the installations in any range are affected", () => {
    const h = host(
      "cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*",
      "cpe:2.3:a:apache:log4j:2.17.1:*:*:*:*:*:*:*",
      "cpe:2.3:a:apache:tomcat:9.0.1:*:*:*:*:*:*:*",
    );
    expect(verdicts(evaluateOnHost(log4shell, h))).toEqual({ i0: "yes" });
  });
  it("AND with a platform: affected on the listed hardware, not on other recorded hardware", () => {
    const fw = "cpe:2.3:o:cisco:ios_xe:17.6.1:*:*:*:*:*:*:*";
    expect(
      verdicts(evaluateOnHost(firmwareOnHardware, host(fw, "cpe:2.3:h:cisco:catalyst_9300:-:*:*:*:*:*:*:*"))),
    ).toEqual({ i0: "yes" });
    expect(
      verdicts(evaluateOnHost(firmwareOnHardware, host(fw, "cpe:2.3:h:cisco:catalyst_2960:-:*:*:*:*:*:*:*"))),
    ).toEqual({});
    expect(
      verdicts(
        evaluateOnHost(
          firmwareOnHardware,
          host(
            "cpe:2.3:o:cisco:ios_xe:17.9.4:*:*:*:*:*:*:*",
            "cpe:2.3:h:cisco:catalyst_9300:-:*:*:*:*:*:*:*",
          ),
        ),
      ),
    ).toEqual({});
  });
  it("AND with a platform the register does not record: to be confirmed, with the reason", () => {
    const r = evaluateOnHost(firmwareOnHardware, host("cpe:2.3:o:cisco:ios_xe:17.6.1:*:*:*:*:*:*:*"));
    expect(r.get("i0")?.verdict).toBe("maybe");
    expect(r.get("i0")?.reason?.en).toContain("catalyst_9300");
  });
  it("a negated node excludes", () => {
    const config: Configuration[] = [
      {
        operator: "AND",
        negate: false,
        nodes: [
          {
            operator: "OR",
            negate: false,
            cpeMatch: [crit("cpe:2.3:a:vendor:app:*:*:*:*:*:*:*:*", { endIncluding: "3.0" })],
          },
          {
            operator: "OR",
            negate: true,
            cpeMatch: [crit("cpe:2.3:a:vendor:app:2.5:*:*:*:*:*:*:*", {}, false)],
          },
        ],
      },
    ];
    expect(verdicts(evaluateOnHost(config, host("cpe:2.3:a:vendor:app:2.4:*:*:*:*:*:*:*")))).toEqual({
      i0: "yes",
    });
    expect(verdicts(evaluateOnHost(config, host("cpe:2.3:a:vendor:app:2.5:*:*:*:*:*:*:*")))).toEqual({});
  });
});
