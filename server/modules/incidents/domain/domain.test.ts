import { describe, expect, it } from "vitest";
import { attachmentName } from "../../../http/attachment-name";
import { escalationDueAt, nextStep, stepTargets } from "./escalation";
import { MAX_FILE_BYTES, sha256Hex, sniffType } from "./files";
import { durationStats, incidentMetrics } from "./metrics";
import { jstDatePlusDays, ppcDeadlines, ppcReportingDuty } from "./ppc";
import { newReceiptNumber, RECEIPT_PATTERN } from "./receipt";
import { canMoveStage, closeBlockers, stageAfterTriage } from "./stages";

describe("PPC reporting duty (table)", () => {
  const base = {
    personCount: null as number | null,
    sensitive: false,
    financialHarm: false,
    improperPurpose: false,
  };
  it.each([
    ["nothing", base, false, []],
    ["exactly 100 people", { ...base, personCount: 100 }, false, []],
    ["101 people", { ...base, personCount: 101 }, true, ["over_100_people"]],
    ["unknown count", { ...base, personCount: null }, false, []],
    ["1 person, 要配慮", { ...base, personCount: 1, sensitive: true }, true, ["sensitive"]],
    ["financial harm", { ...base, personCount: 3, financialHarm: true }, true, ["financial_harm"]],
    ["improper purpose", { ...base, improperPurpose: true }, true, ["improper_purpose"]],
    [
      "all four",
      { personCount: 5000, sensitive: true, financialHarm: true, improperPurpose: true },
      true,
      ["over_100_people", "sensitive", "financial_harm", "improper_purpose"],
    ],
    ["0 people", { ...base, personCount: 0 }, false, []],
  ] as const)("%s", (_name, facts, mandatory, reasons) => {
    const duty = ppcReportingDuty(facts);
    expect(duty.mandatory).toBe(mandatory);
    expect(duty.reasons).toEqual(reasons);
  });
});

describe("PPC deadlines in JST", () => {
  // 2026-04-01 23:30 JST is 14:30 UTC: the JST day is 4/1.
  const aware = "2026-04-01T14:30:00.000Z";
  it("速報 5 days and 確報 30 days from the JST day of awareness", () => {
    const d = ppcDeadlines({
      personCount: 150,
      sensitive: false,
      financialHarm: false,
      improperPurpose: false,
      awareAt: aware,
    });
    expect(d.map((x) => [x.key, x.due])).toEqual([
      ["preliminary", "2026-04-06"],
      ["final", "2026-05-01"],
    ]);
  });
  it("an improper purpose gives a 60-day 確報", () => {
    const d = ppcDeadlines({
      personCount: 1,
      sensitive: false,
      financialHarm: false,
      improperPurpose: true,
      awareAt: aware,
    });
    expect(d.map((x) => [x.key, x.due])).toEqual([
      ["preliminary", "2026-04-06"],
      ["final_improper_purpose", "2026-05-31"],
    ]);
  });
  it("the JST day, not the UTC day, counts (00:30 JST is the previous UTC day)", () => {
    expect(jstDatePlusDays(new Date("2026-03-31T15:30:00Z"), 0)).toBe("2026-04-01");
    expect(jstDatePlusDays(new Date("2026-12-31T15:00:00Z"), 1)).toBe("2027-01-02");
  });
  it("profile days override the defaults", () => {
    const d = ppcDeadlines(
      { personCount: 101, sensitive: false, financialHarm: false, improperPurpose: false, awareAt: aware },
      [
        { key: "preliminary", label: { ja: "速報", en: "P" }, days: 3 },
        { key: "final", label: { ja: "確報", en: "F" }, days: 20 },
      ],
    );
    expect(d.map((x) => x.due)).toEqual(["2026-04-04", "2026-04-21"]);
  });
  it("a profile may count in business days (weekends, holidays and 年末年始 skipped)", () => {
    const d = ppcDeadlines(
      {
        personCount: 101,
        sensitive: false,
        financialHarm: false,
        improperPurpose: false,
        awareAt: "2026-12-25T03:00:00Z", // Friday 12/25 JST
      },
      [{ key: "preliminary", label: { ja: "速報", en: "P" }, days: { business_days: 3 } }],
    );
    expect(d[0]).toMatchObject({
      key: "preliminary",
      days: 3,
      businessDays: true,
      period: { ja: "3営業日", en: "3 business days" },
      due: "2027-01-05", // 12/28 (Mon), then 1/4 and 1/5 after 年末年始
    });
  });
  it("no deadlines when reporting is not mandatory", () => {
    expect(
      ppcDeadlines({
        personCount: 2,
        sensitive: false,
        financialHarm: false,
        improperPurpose: false,
        awareAt: aware,
      }),
    ).toEqual([]);
  });
});

describe("stages", () => {
  it.each([
    ["new", "triage", null, true],
    ["triage", "containment", "incident", true],
    ["triage", "containment", "not_incident", false],
    ["containment", "recovery", "incident", true],
    ["recovery", "containment", "incident", false],
    ["closed", "recovery", "incident", false],
    ["new", "closed", "incident", false],
  ] as const)("%s → %s (%s): %s", (from, to, decision, ok) => {
    expect(canMoveStage(from, to, decision)).toBe(ok);
  });
  it("closing needs cause, measures and a prevention action", () => {
    expect(
      closeBlockers("recovery", "incident", { cause: "", measures: " ", preventionActions: [] }),
    ).toEqual(["cause", "measures", "preventionActions"]);
    expect(
      closeBlockers("containment", "incident", {
        cause: "c",
        measures: "m",
        preventionActions: [{ title: "x" }],
      }),
    ).toEqual([]);
    expect(
      closeBlockers("closed", "incident", { cause: "c", measures: "m", preventionActions: [{ title: "x" }] }),
    ).toEqual(["stage"]);
    expect(
      closeBlockers("triage", "not_incident", {
        cause: "c",
        measures: "m",
        preventionActions: [{ title: "x" }],
      }),
    ).toEqual(["decision"]);
  });
  it("triage outcome", () => {
    expect(stageAfterTriage("incident")).toBe("containment");
    expect(stageAfterTriage("not_incident")).toBe("closed");
    expect(stageAfterTriage("duplicate")).toBe("closed");
  });
});

describe("escalation chain", () => {
  const chain = [
    { step: 3, duty: "triage_incident" },
    { step: 1, duty: "manage_department_security" },
    { step: 4, duty: "chief_information_security_officer", acknowledge_within_minutes: 15 },
    { step: 2, duty: "manage_network" },
  ];
  it("walks the steps in order and ends", () => {
    expect(nextStep(chain, null)?.step).toBe(1);
    expect(nextStep(chain, 1)?.step).toBe(2);
    expect(nextStep(chain, 3)?.step).toBe(4);
    expect(nextStep(chain, 4)).toBeNull();
  });
  it("due time: the step's own minutes, else the default", () => {
    const now = new Date("2026-04-01T00:00:00Z");
    expect(escalationDueAt(chain[2], 60, now).toISOString()).toBe("2026-04-01T00:15:00.000Z");
    expect(escalationDueAt(chain[0], 60, now).toISOString()).toBe("2026-04-01T01:00:00.000Z");
  });
  it("an absent holder's deputy is told and acts for them; everyone once", () => {
    const t = stepTargets(
      [
        { personId: "ciso", name: "CISO" },
        { personId: "dep", name: "Deputy" },
      ],
      [{ principalPersonId: "ciso", deputyPersonId: "dep", deputyName: "Deputy" }],
    );
    expect(t).toEqual([
      { personId: "ciso", name: "CISO", actingForPersonId: null },
      { personId: "dep", name: "Deputy", actingForPersonId: "ciso" },
    ]);
    expect(stepTargets([{ personId: "a", name: "A" }], [])).toEqual([
      { personId: "a", name: "A", actingForPersonId: null },
    ]);
  });
});

describe("receipt numbers", () => {
  it("are R-<JST year>-8 unambiguous characters and differ", () => {
    const now = new Date("2026-12-31T15:30:00Z"); // 2027-01-01 JST
    const a = newReceiptNumber(now);
    expect(a).toMatch(RECEIPT_PATTERN);
    expect(a.startsWith("R-2027-")).toBe(true);
    const many = new Set(Array.from({ length: 2000 }, () => newReceiptNumber(now)));
    expect(many.size).toBe(2000);
    expect(newReceiptNumber(now, () => 0)).toBe("R-2027-22222222");
  });
});

describe("files", () => {
  it("types are decided by content", () => {
    expect(sniffType(Buffer.from("%PDF-1.7\n..."))).toBe("application/pdf");
    expect(sniffType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1]))).toBe("image/png");
    expect(sniffType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(sniffType(Buffer.from("公園でUSBメモリを拾いました", "utf8"))).toBe("text/plain");
    expect(sniffType(Buffer.from([0x4d, 0x5a, 0x90, 0x00]))).toBeNull(); // MZ… an .exe
    expect(sniffType(Buffer.from([0xc3, 0x28]))).toBeNull(); // invalid UTF-8
    expect(MAX_FILE_BYTES).toBe(10 * 1024 * 1024);
  });
  it("hash and safe names", () => {
    expect(sha256Hex(Buffer.from("abc"))).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    expect(attachmentName("../../etc/passwd", "text/plain")).toBe("passwd.txt");
    expect(attachmentName('C:\\x\\a"b\n.txt', "text/plain")).toBe("a_b.txt");
    expect(attachmentName("", "application/pdf")).toBe("file.pdf");
  });
});

describe("metrics", () => {
  const t0 = new Date("2026-04-01T00:00:00Z");
  const h = (n: number) => new Date(t0.getTime() + n * 3_600_000);
  it("durations and counts", () => {
    const m = incidentMetrics([
      {
        createdAt: t0,
        firstAcknowledgedAt: h(1),
        triagedAt: h(2),
        containedAt: h(4),
        closedAt: h(10),
        category: "loss_theft",
        severity: "high",
        isIncident: true,
      },
      {
        createdAt: t0,
        firstAcknowledgedAt: h(3),
        triagedAt: h(4),
        containedAt: null,
        closedAt: null,
        category: "malware",
        severity: "high",
        isIncident: true,
      },
      {
        createdAt: t0,
        firstAcknowledgedAt: null,
        triagedAt: h(1),
        containedAt: null,
        closedAt: h(1),
        category: null,
        severity: null,
        isIncident: false,
      },
    ]);
    expect(m.reports).toBe(3);
    expect(m.incidents).toBe(2);
    expect(m.timeToAcknowledge).toEqual({ count: 2, averageHours: 2, medianHours: 2, maxHours: 3 });
    expect(m.timeToTriage.count).toBe(3);
    expect(m.timeToContain).toEqual({ count: 1, averageHours: 4, medianHours: 4, maxHours: 4 });
    expect(m.timeToClose.count).toBe(1);
    expect(m.byCategory).toEqual({ loss_theft: 1, malware: 1 });
    expect(m.bySeverity).toEqual({ high: 2 });
    expect(durationStats([])).toEqual({ count: 0, averageHours: null, medianHours: null, maxHours: null });
    expect(durationStats([1, 2, 3, 10]).medianHours).toBe(2.5);
  });
});
