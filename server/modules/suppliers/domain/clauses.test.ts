import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listProfiles, loadProfile, type Profile } from "../../../profile";
import { type ContractAttributes, clauseApplies, missingClauses, requiredClauses } from "./clauses";

const kawasaki = loadProfile("kawasaki");
const nishihara = loadProfile("nishihara");
const profiles: Profile[] = listProfiles().map((p) => loadProfile(p.id));

const base: ContractAttributes = {
  systemWork: false,
  informationLevels: [],
  personalInformation: false,
  specificPersonalInformation: false,
  designatedManager: false,
  maintenance: false,
};
const keys = (p: Profile, a: Partial<ContractAttributes>) =>
  requiredClauses(p, { ...base, ...a }).map((c) => c.key);

const attributes = (p: Profile) =>
  fc.record({
    systemWork: fc.boolean(),
    informationLevels: fc.subarray(p.classification.confidentiality.levels.map((l) => l.key)),
    personalInformation: fc.boolean(),
    specificPersonalInformation: fc.boolean(),
    designatedManager: fc.boolean(),
    maintenance: fc.boolean(),
  });

describe("contract clauses per profile", () => {
  it("西原村 9.1(2): the 13 items for contracting out the operation or maintenance of a system", () => {
    expect(keys(nishihara, { systemWork: true })).toHaveLength(13);
    expect(keys(nishihara, { systemWork: false, informationLevels: ["3A"] })).toEqual([]);
    expect(requiredClauses(nishihara, { ...base, systemWork: true })[7]).toEqual({
      key: "subcontracting",
      text: "再委託に関する制限事項の遵守",
      clause: "nishihara:対策基準/9.1/(2)/⑧",
    });
  });

  it("川崎市 第2章9(1)ア: system work or 区分Ⅰ/Ⅱ information brings the 16 items incl. 再委託の禁止又は制限", () => {
    const sys = keys(kawasaki, { systemWork: true });
    expect(sys).toHaveLength(16);
    expect(sys).toContain("subcontracting");
    expect(keys(kawasaki, { informationLevels: ["II"] })).toHaveLength(16);
    expect(keys(kawasaki, { informationLevels: ["III"] })).toEqual([]);
  });

  it("川崎市 第2章9(1)イ・ウ: 特記事項 for 個人情報, 特記仕様書 only for 特定個人情報 (which is also 個人情報)", () => {
    const personal = keys(kawasaki, { systemWork: true, personalInformation: true });
    expect(personal).toContain("personal_information_annex");
    expect(personal).not.toContain("specific_personal_information_annex");
    const specific = keys(kawasaki, { systemWork: true, specificPersonalInformation: true });
    expect(specific).toContain("personal_information_annex");
    expect(specific).toContain("specific_personal_information_annex");
  });

  it("川崎市 第2章9(1)オ: the pledge clause for 区分Ⅰ only", () => {
    expect(keys(kawasaki, { informationLevels: ["I"] })).toContain("confidentiality_pledge");
    expect(keys(kawasaki, { informationLevels: ["II"] })).not.toContain("confidentiality_pledge");
  });

  it("川崎市 第2章10(1)ア–オ: a 指定管理者 gets the 協定 clauses instead of 9(1)", () => {
    const dm = keys(kawasaki, {
      designatedManager: true,
      systemWork: true,
      informationLevels: ["I"],
      specificPersonalInformation: true,
    });
    expect(dm).toEqual([
      "dm_comply_system",
      "dm_comply_information",
      "dm_personal_information_annex",
      "dm_specific_personal_information_annex",
      "dm_confidentiality_survives",
    ]);
    expect(keys(kawasaki, { designatedManager: true })).toEqual(["dm_confidentiality_survives"]);
  });

  it("川崎市 第7章3(5)ウ: maintenance of equipment with 区分Ⅰ/Ⅱ data", () => {
    expect(keys(kawasaki, { maintenance: true, informationLevels: ["I"] })).toContain(
      "maintenance_data_protection",
    );
    expect(keys(kawasaki, { maintenance: true, informationLevels: ["III"] })).not.toContain(
      "maintenance_data_protection",
    );
  });

  it("property: a clause without conditions always applies; required ⊆ profile, in the profile's order", () => {
    for (const p of profiles)
      fc.assert(
        fc.property(attributes(p), (a) => {
          const req = requiredClauses(p, a).map((c) => c.key);
          const order = p.contract_clauses.map((c) => c.key);
          expect(req).toEqual(order.filter((k) => req.includes(k)));
          for (const c of p.contract_clauses) if (!c.when) expect(req).toContain(c.key);
        }),
      );
  });

  it("property: handling more (a higher level, 特定個人情報) never drops a min_confidentiality or personal clause", () => {
    for (const p of profiles)
      fc.assert(
        fc.property(attributes(p), (a) => {
          const top = p.classification.confidentiality.levels.reduce((x, y) => (y.rank > x.rank ? y : x));
          const more = { ...a, informationLevels: [...a.informationLevels, top.key] };
          for (const c of p.contract_clauses) {
            const monotone = (c.when ?? []).every(
              (w) => w.specific_personal_information === undefined && w.personal_information !== false,
            );
            if (monotone && clauseApplies(p, c, a)) expect(clauseApplies(p, c, more)).toBe(true);
          }
          // 特定個人情報 implies 個人情報 for every condition that reads personal_information.
          const spec = { ...a, specificPersonalInformation: true };
          const withPersonal = { ...spec, personalInformation: true };
          expect(requiredClauses(p, spec)).toEqual(requiredClauses(p, withPersonal));
        }),
      );
  });

  it("property: missing = required minus those confirmed as included with a page or article", () => {
    fc.assert(
      fc.property(
        attributes(kawasaki),
        fc.array(fc.record({ included: fc.boolean(), location: fc.option(fc.string({ maxLength: 4 })) })),
        (a, confs) => {
          const req = requiredClauses(kawasaki, a);
          const given = req.map((r, i) => ({
            clauseKey: r.key,
            ...(confs[i] ?? { included: false, location: null }),
          }));
          const missing = missingClauses(req, given).map((m) => m.key);
          for (const g of given) {
            const ok = g.included && (g.location ?? "").trim() !== "";
            expect(missing.includes(g.clauseKey)).toBe(!ok);
          }
        },
      ),
    );
  });
});
