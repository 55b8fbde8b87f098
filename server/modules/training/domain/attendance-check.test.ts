import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkEntries } from "./attendance-check";

const ids = ["p1", "p2", "p3", "p4"];
const people = new Map(
  ids.map((id, i) => [
    id,
    {
      name: `職員${i}`,
      employmentType: i === 3 ? "fiscal_year" : "regular",
      departmentId: "d1",
      bureauId: null,
      roleKeys: [],
    },
  ]),
);

describe("checkEntries", () => {
  it("names each problem at its entry: unknown, duplicate, already recorded, outside the audience, not one's own", () => {
    const r = checkEntries({
      entries: [
        { personId: "p1", label: "1" },
        { personId: null, label: "9999" },
        { personId: "p1", label: "1" },
        { personId: "p2", label: "2" },
        { personId: "p3", label: "3" },
        { personId: "p4", label: "4" },
      ],
      audience: { kind: "employment", types: ["regular"] },
      people,
      alreadyRecorded: new Set(["p2"]),
      mayRecord: (id) => id !== "p3",
      field: "personIds",
    });
    expect(r.valid).toEqual([{ index: 0, personId: "p1" }]);
    expect(r.problems.map((p) => [p.index, p.ja])).toEqual([
      [1, "「9999」に該当する職員がいないか、記録できる範囲（所管）の外です。"],
      [2, "職員0さんは1件目と重複しています。"],
      [3, "職員1さんの受講はすでに記録されています。"],
      [4, "「3」に該当する職員がいないか、記録できる範囲（所管）の外です。"],
      [5, "職員3さんはこの研修の対象者ではありません。"],
    ]);
  });

  it("a person one may not record reads exactly like an unknown number, whatever else is true of them", () => {
    const r = checkEntries({
      entries: [
        { personId: "p2", label: "2" }, // already recorded, and outside the recorder's scope
        { personId: "p4", label: "4" }, // outside the audience, and outside the scope
        { personId: null, label: "2" },
      ],
      audience: { kind: "employment", types: ["regular"] },
      people,
      alreadyRecorded: new Set(["p2"]),
      mayRecord: () => false,
      field: "personIds",
    });
    const texts = r.problems.map((p) => [p.ja, p.en]);
    expect(texts[0]).toEqual(texts[2]);
    expect(texts.flat().join(" ")).not.toMatch(/職員1|職員3/);
  });

  it("every entry is either valid or has exactly one problem; no person is valid twice", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.constantFrom(...ids, "ghost"), { nil: null }), { maxLength: 20 }),
        fc.subarray(ids),
        (entries, recorded) => {
          const r = checkEntries({
            entries: entries.map((personId) => ({ personId, label: String(personId) })),
            audience: { kind: "everyone" },
            people,
            alreadyRecorded: new Set(recorded),
            mayRecord: () => true,
            field: "personIds",
          });
          expect(r.valid.length + r.problems.length).toBe(entries.length);
          expect(new Set(r.valid.map((v) => v.personId)).size).toBe(r.valid.length);
          for (const v of r.valid) expect(recorded).not.toContain(v.personId);
        },
      ),
    );
  });
});
