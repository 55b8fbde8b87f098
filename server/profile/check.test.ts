import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// The code registry: every module registers what it meets, as in `sekimori profile check`.
import "../code-registry";
import { checkProfile, exclusionApplied, formatCheckReport } from "./check";
import { importText, mappingDraft } from "./import-text";
import { clearProfileCache, loadProfile, ProfileError } from "./index";
import { POLICIES_DIR, SOURCES_DIR } from "./paths";
import { evaluateApproval } from "./rules";

/** A scratch copy of policies/ so tests can add broken profiles next to the real baseline. */
function scratchPolicies(): string {
  const dir = mkdtempSync(join(tmpdir(), "sekimori-policies-"));
  cpSync(POLICIES_DIR, dir, { recursive: true });
  return dir;
}

describe("malformed profiles name file, line and field", () => {
  it("reports an unknown key and a wrong type with their lines", () => {
    const dir = scratchPolicies();
    const file = join(dir, "broken.yaml");
    writeFileSync(
      file,
      [
        "id: broken", // 1
        "extends: mic-guideline", // 2
        "own_catalog: nishihara", // 3
        "auth:", // 4
        "  lockout:", // 5
        "    threshold: five", // 6
        "roles:", // 7
        "  - key: ciso", // 8
        "    titel: { ja: x, en: x }", // 9
        "",
      ].join("\n"),
    );
    const result = checkProfile(file);
    expect(result.ok).toBe(false);
    const unknown = result.errors.find((e) => e.message.includes("titel"));
    expect(unknown).toMatchObject({ file, line: 9 });
    const wrongType = result.errors.find((e) => e.path === "auth.lockout.threshold");
    expect(wrongType).toMatchObject({ file, line: 6 });
    clearProfileCache();
    expect(() => loadProfile("broken", { dir })).toThrow(ProfileError);
    expect(() => loadProfile("broken", { dir })).toThrow(/broken\.yaml:6: auth\.lockout\.threshold/);
  });

  it("reports references: unknown duty holder, clause and level", () => {
    const dir = scratchPolicies();
    const file = join(dir, "badrefs.yaml");
    writeFileSync(
      file,
      [
        "id: badrefs",
        "extends: mic-guideline",
        "request_kinds:",
        "  - key: transport",
        '    approval_required_when: { confidentiality_at_least: "9" }',
        "    clause: nishihara:対策基準/99",
        "    approvers:",
        "      - { step: 1, duty: lead_audit, scope: department, clause: nishihara:対策基準/3/(1) }",
        "  - key: exception",
        "    approvers:",
        "      - { step: 1, duty: perform_internal_inspection, scope: organization, clause: nishihara:対策基準/8.4/(1) }",
        "",
      ].join("\n"),
    );
    const messages = checkProfile(file).errors.map((e) => `${e.line}: ${e.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^5: level "9" does not exist/));
    expect(messages).toContainEqual(expect.stringMatching(/^6: clause "nishihara:対策基準\/99" not found/));
    expect(messages).toContainEqual(
      expect.stringMatching(/^11: duty "perform_internal_inspection" is used here but no role holds it/),
    );
  });

  it("lets a profile remove an inherited zone and adopt the R6.10 five-level scheme", () => {
    const dir = scratchPolicies();
    writeFileSync(
      join(dir, "five-levels.yaml"),
      [
        "id: five-levels",
        "extends: mic-guideline",
        "classification:",
        "  adopt_confidentiality_option: mic_r6_10",
        "zones:",
        "  - { key: lgwan, $remove: true }",
        "",
      ].join("\n"),
    );
    const profile = loadProfile("five-levels", { dir });
    expect(profile.zones.map((z) => z.key)).toEqual(["mynumber", "internet"]);
    expect(profile.classification.confidentiality.levels.map((l) => l.key)).toEqual([
      "3A",
      "3B",
      "3C",
      "2",
      "1",
    ]);
    expect(evaluateApproval(profile, "external_provision", [{ confidentiality: "3C" }]).required).toBe(true);
    expect(evaluateApproval(profile, "external_provision", [{ confidentiality: "1" }]).required).toBe(false);
  });
});

describe("dishonest mappings fail the check", () => {
  function withMapping(lines: string[]) {
    const dir = scratchPolicies();
    const file = join(dir, "mappings", "nishihara.yaml");
    const original = readFileSync(file, "utf8");
    writeFileSync(file, `${original.trimEnd()}\n${lines.join("\n")}\n`);
    return checkProfile(join(dir, "nishihara.yaml"));
  }

  it("via: a module that does not exist", () => {
    const result = withMapping([
      '  - { clause: "nishihara:対策基準/8.1", kind: "workflow", via: "no_such_module" }',
    ]);
    expect(result.ok).toBe(false);
    expect(result.dishonest.map((e) => e.message)).toContainEqual(
      expect.stringMatching(/no_such_module.*no such module/),
    );
    expect(result.coverage.dishonest).toBeGreaterThan(0);
  });

  it("via: a register that does not exist (the old 入退室 register name)", () => {
    const result = withMapping([
      '  - { clause: "nishihara:対策基準/8.2", kind: "register", via: "area_entry_log" }',
    ]);
    expect(result.ok).toBe(false);
    expect(result.dishonest.map((e) => e.message)).toContainEqual(
      expect.stringMatching(/area_entry_log.*no such register/),
    );
  });

  it("enforced: a rule path the profile has but nothing reads", () => {
    const result = withMapping([
      '  - { clause: "nishihara:対策基準/8.5", kind: "enforced", rule: "zones.mynumber.wireless_lan_allowed" }',
    ]);
    expect(result.ok).toBe(false);
    expect(result.dishonest).toContainEqual(
      expect.objectContaining({
        path: expect.stringMatching(/^entries\[\d+\]\.rule$/),
        message: expect.stringMatching(/no code reads it/),
      }),
    );
  });

  // 8.5 is an obligation (its items ① … are not): the appended entry is the one that counts, so
  // the test does not rest on whether the shipped mapping still has entries planned for training.
  it("planned: counts as planned by its module and passes", () => {
    const result = withMapping([
      '  - { clause: "nishihara:対策基準/8.5", kind: "enforced", rule: "cycles.training", planned: "training" }',
    ]);
    expect(result.errors).toEqual([]);
    expect(result.dishonest).toEqual([]);
    expect(result.coverage.plannedBy.training).toBeGreaterThan(0);
  });

  it("a planned entry whose module now exists is listed for review until it says what is pending", () => {
    const entry = '  - { clause: "nishihara:対策基準/8.5", kind: "workflow", planned: "training" }';
    const listed = withMapping([entry]);
    expect(listed.awaitingReview).toContainEqual({ module: "training", clause: "nishihara:対策基準/8.5" });
    const report = formatCheckReport(listed).split("\n");
    const notice = report.findIndex((l) => l.startsWith('notice: module "training" now exists'));
    expect(notice).toBeGreaterThanOrEqual(0);
    expect(report.slice(notice + 1)).toContain("    nishihara:対策基準/8.5");
    const reviewed = withMapping([entry.replace(" }", ', pending: "訓練の実施記録がまだない" }')]);
    expect(reviewed.errors).toEqual([]);
    expect(reviewed.awaitingReview).not.toContainEqual(
      expect.objectContaining({ clause: "nishihara:対策基準/8.5" }),
    );
    expect(reviewed.coverage.plannedBy.training).toBeGreaterThan(0);
  });

  it("神栖市 基本方針 第3/1 適用除外: applied where the profile says it acts (the register's kinds); one without that is reported as shown, not applied — and does not fail the check", () => {
    const result = checkProfile(join(POLICIES_DIR, "kamisu.yaml"));
    expect(result.ok).toBe(true);
    expect(result.unappliedExclusions).toEqual([]);
    expect(formatCheckReport(result)).not.toMatch(/notice: exclusion/);
    const [school] = result.profile?.organization.exclusions ?? [];
    expect(exclusionApplied(school)).toBe(true);
    // The same exclusion without `assets` (where it acts) cannot be applied: shown only.
    expect(exclusionApplied({ key: school.key, text: school.text, clause: school.clause })).toBe(false);
    expect(checkProfile(join(POLICIES_DIR, "nishihara.yaml")).unappliedExclusions).toEqual([]);
  });

  it("西原村 対策基準 5.1(6) / 川崎市 基準 第7章3(6): a follow-up no code acts on (定期的に…確認) is listed as shown only; the return report (6.1(1)⑤, 第4章1(5)エ(オ)) acts", () => {
    for (const [id, clause] of [
      ["nishihara", "nishihara:対策基準/5.1/(6)"],
      ["kawasaki", "kawasaki:基準/第7章/3/(6)"],
    ] as const) {
      const result = checkProfile(join(POLICIES_DIR, `${id}.yaml`));
      expect(result.ok).toBe(true);
      expect(result.shownFollowUps).toEqual([{ kind: "offsite_equipment", key: "periodic_check", clause }]);
      expect(formatCheckReport(result)).toMatch(
        /notice: follow-up "periodic_check" of request kind "offsite_equipment" .* is acted on by no code: shown on the Policy screen as text only/,
      );
    }
    // A mapping may not claim a shown follow-up as enforced: nothing reads that rule path.
    const result = withMapping([
      '  - { clause: "nishihara:対策基準/5.1/(6)", kind: "enforced", rule: "request_kinds.offsite_equipment.follow_ups.periodic_check" }',
    ]);
    expect(result.dishonest.map((e) => e.message).join("\n")).toMatch(/follow_ups\.periodic_check/);
  });

  it("pending: without planned: is an error", () => {
    const result = withMapping([
      '  - { clause: "nishihara:対策基準/8.5/①", kind: "workflow", via: "training", pending: "x" }',
    ]);
    expect(result.errors.map((e) => e.message)).toContainEqual(
      expect.stringMatching(/pending:.*needs planned:/),
    );
  });
});

describe("periods in business days", () => {
  it("accepts { business_days: n } beside calendar days and refuses a malformed period with its line", () => {
    const dir = scratchPolicies();
    const good = join(dir, "business.yaml");
    writeFileSync(
      good,
      [
        "id: business",
        "extends: mic-guideline",
        "request_kinds:",
        "  - key: exception",
        "    post_report_allowed:",
        "      due_days: { business_days: 2 }",
        "incidents:",
        "  outside_bodies:",
        "    - key: ppc",
        "      deadlines:",
        "        - { key: preliminary, label: { ja: 速報, en: Preliminary report }, days: { business_days: 3 } }",
        "        - { key: final, label: { ja: 確報, en: Final report }, days: 30 }",
        "",
      ].join("\n"),
    );
    const ok = checkProfile(good);
    expect(ok.errors).toEqual([]);
    expect(ok.ok).toBe(true);
    clearProfileCache();
    const profile = loadProfile("business", { dir });
    expect(profile.request_kinds.find((k) => k.key === "exception")?.post_report_allowed?.due_days).toEqual({
      business_days: 2,
    });
    const ppc = profile.incidents.outside_bodies.find((b) => b.key === "ppc");
    expect(ppc?.deadlines.map((d) => d.days)).toEqual([{ business_days: 3 }, 30, 60]);

    const bad = join(dir, "badperiod.yaml");
    writeFileSync(
      bad,
      [
        "id: badperiod",
        "extends: mic-guideline",
        "request_kinds:",
        "  - key: exception",
        "    post_report_allowed:",
        "      due_days: { business_days: -1, days: 2 }",
        "",
      ].join("\n"),
    );
    const result = checkProfile(bad);
    expect(result.ok).toBe(false);
    expect(result.errors.some((e) => e.line === 6 && e.path.startsWith("request_kinds"))).toBe(true);
  });
});

describe("report and import", () => {
  it("prints coverage totals by kind", () => {
    const report = formatCheckReport(checkProfile(join(POLICIES_DIR, "kawasaki.yaml")));
    expect(report).toMatch(/obligations: 384/);
    expect(report).toMatch(/unmapped\s+0/);
    expect(report).toMatch(/dishonest \(not counted\)\s+0/);
    expect(report).toMatch(/enforced by code\s+\d+/);
    expect(report).toMatch(/planned \(not built\)\s+\d+/);
    expect(report.trim().endsWith("OK")).toBe(true);
  });

  it("imports a policy text into a catalog draft with a mapping skeleton", () => {
    const draft = importText(join(SOURCES_DIR, "matsumoto-kouiki-kihon-houshin.txt"), "new-org");
    expect(draft.id).toBe("new-org");
    expect(draft.clauses[0].id).toBe("new-org:基本方針");
    expect(draft.stats.obligations).toBeGreaterThan(0);
    expect(mappingDraft(draft)).toContain('clause: "new-org:基本方針/5"');
    expect(() => importText(join(SOURCES_DIR, "matsumoto-kouiki-kihon-houshin.txt"), "Bad Id")).toThrow();
  });
});
