import { describe, expect, it } from "vitest";
// The code registry: every module registers what it meets, as in `sekimori profile check`.
import "../code-registry";
import { checkProfile } from "./check";
import { findLevel, highestLevel } from "./classification";
import {
  dutiesOfRole,
  getClause,
  listProfiles,
  loadProfile,
  mfaRequiredForDuties,
  rolesWithDuty,
} from "./index";
import { POLICIES_DIR } from "./paths";
import { profileFile } from "./resolve";

const SHIPPED = ["mic-guideline", "nishihara", "kamisu", "matsumoto-kouiki", "yamagata-gojokai", "kawasaki"];

describe("shipped profiles", () => {
  it.each(SHIPPED)("%s loads and checks with 0 errors and 0 unmapped obligations", (id) => {
    const result = checkProfile(profileFile(POLICIES_DIR, id));
    expect(result.errors).toEqual([]);
    expect(result.coverage.unmapped).toEqual([]);
    expect(result.coverage.total).toBeGreaterThan(10);
    expect(result.ok).toBe(true);
    const profile = loadProfile(id);
    expect(
      profile.roles.some((r) => r.duties.includes("administer_system") && r.scope === "organization"),
    ).toBe(true);
  });

  it("lists every shipped profile with its organization name", () => {
    const ids = listProfiles().map((p) => p.id);
    for (const id of SHIPPED) expect(ids).toContain(id);
    expect(listProfiles().find((p) => p.id === "kawasaki")?.name).toBe("川崎市");
  });
});

describe("seed differences (golden)", () => {
  it("西原村 基本方針6(1), 対策基準 2(2)①, 2(7)④: CISO = 副村長, ネットワーク管理者 = 企画商工課長, 各課長; reports to 総務省, NISC, 熊本県; MFA for all", () => {
    const p = loadProfile("nishihara");
    expect(p.roles.find((r) => r.key === "ciso")?.held_by).toBe("副村長");
    expect(p.roles.find((r) => r.key === "network_administrator")?.held_by).toBe("企画商工課長");
    expect(p.roles.find((r) => r.key === "security_system_manager")?.held_by).toContain("各課長");
    const bodies = p.incidents.outside_bodies.map((b) => b.name.ja);
    expect(bodies).toEqual(expect.arrayContaining(["総務省", "内閣サイバーセキュリティセンター", "熊本県"]));
    expect(p.contract_clauses).toHaveLength(13);
    expect(mfaRequiredForDuties(p, [])).toBe(true);
    expect(highestLevel(p.classification.confidentiality).label).toBe("機密性3");
  });

  it("川崎市 第2章1(3)(4)(5)(9), 第3章1, 第3章2(1)(2)(3): own titles, 区分Ⅰ highest, 19 contract clauses, 8/31 台帳, 局点検 and 内部検査, CSIRT 情報セキュリティ管理会議", () => {
    const p = loadProfile("kawasaki");
    const titles = p.roles.map((r) => r.title.ja);
    for (const t of [
      "情報統括監理者（CISO・CIO）",
      "情報監理者",
      "情報セキュリティ責任者",
      "統括情報管理責任者",
      "情報管理責任者",
      "情報システム管理者",
      "情報システム利用責任者",
      "情報利用者",
      "情報セキュリティ連絡員",
    ])
      expect(titles).toContain(t);
    expect(p.roles.find((r) => r.key === "bureau_security_head")).toMatchObject({
      held_by: "各局の長",
      scope: "bureau",
    });
    expect(dutiesOfRole(p, "information_chief")).toContain("chief_information_security_officer");
    for (const scheme of ["confidentiality", "integrity", "availability"] as const)
      expect(highestLevel(p.classification[scheme]).label).toBe("区分Ⅰ");
    expect(p.contract_clauses).toHaveLength(25);
    expect(p.cycles.find((c) => c.key === "inventory")?.due).toBe("08-31");
    expect(p.cycles.map((c) => c.key)).toEqual(
      expect.arrayContaining(["bureau_inspection", "internal_inspection"]),
    );
    expect(p.incidents.csirt.name.ja).toContain("情報セキュリティ管理会議");
    expect(rolesWithDuty(p, "triage_incident").map((r) => r.key)).toEqual(["security_council"]);
    expect(mfaRequiredForDuties(p, ["use_information"])).toBe(false);
    expect(p.zones.find((z) => z.key === "mynumber")?.wireless_lan_allowed).toBe(false);
  });

  it("神栖市 excludes school education networks; 山形 has only the internet zone; 松本 includes 消防局", () => {
    const kamisu = loadProfile("kamisu");
    expect(kamisu.organization.exclusions[0].text.ja).toContain("学校における教育のために用いるネットワーク");
    expect(kamisu.organization.organs.map((o) => o.name)).toContain("市長");
    expect(loadProfile("yamagata-gojokai").zones.map((z) => z.key)).toEqual(["internet"]);
    const matsumoto = loadProfile("matsumoto-kouiki");
    expect(matsumoto.organization.organs.map((o) => o.name)).toContain("消防局");
    expect(matsumoto.organization.organs.map((o) => o.name)).not.toContain("教育委員会");
    expect(matsumoto.organization.staff.map((s) => s.name).sort()).toEqual(
      ["会計年度任用職員", "再任用職員", "正規職員"].sort(),
    );
    expect(mfaRequiredForDuties(kamisu, ["use_information"])).toBe(false);
    expect(mfaRequiredForDuties(kamisu, ["administer_system"])).toBe(true);
  });

  it("getClause returns a clause's text and its mapping", () => {
    const clause = getClause("nishihara", "nishihara:対策基準/3/(2)/⑨/(イ)");
    expect(clause?.obligation).toBe(true);
    expect(clause?.text).toContain("許可を得なければならない");
    expect(clause?.mapping).toMatchObject({ kind: "enforced", rule: "request_kinds.external_provision" });
    expect(findLevel(loadProfile("kawasaki").classification.confidentiality, "機密性区分Ⅱ")?.key).toBe("II");
  });
});
