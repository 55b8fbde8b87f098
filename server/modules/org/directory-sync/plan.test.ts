import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planDigest } from "./commands";
import { ldapConfigFromEnv } from "./config";
import { type CurrentState, planSync } from "./plan";
import type { RawEntry } from "./source";

const config = (() => {
  const c = ldapConfigFromEnv({
    LDAP_URL: "ldap://x:389",
    LDAP_PEOPLE_BASE: "ou=p",
    LDAP_DISABLED: "employeeType=retired",
  });
  if (!c) throw new Error("config");
  return c;
})();

const CODES = ["D1", "D2", "D3"];
const departments = CODES.map((code, i) => ({
  id: `00000000-0000-4000-8000-00000000000${i}`,
  code,
  name: code,
  active: true,
}));

const entryArb = fc.record({
  number: fc.option(fc.constantFrom("1", "2", "3", "4", "5", "6", "x y"), { nil: undefined }),
  name: fc.option(fc.constantFrom("青木", "馬場", ""), { nil: undefined }),
  dept: fc.constantFrom("D1", "D2", "D3", "Z9"),
  retired: fc.boolean(),
});
const personArb = fc.record({
  number: fc.option(fc.constantFrom("1", "2", "3", "4", "7", "8"), { nil: null }),
  dept: fc.constantFrom(0, 1, 2),
  active: fc.boolean(),
  linked: fc.boolean(),
});

type EntrySpec = typeof entryArb extends fc.Arbitrary<infer T> ? T : never;
type PersonSpec = typeof personArb extends fc.Arbitrary<infer T> ? T : never;

function world(entries: EntrySpec[], persons: PersonSpec[]) {
  const raw: RawEntry[] = entries.map((e, i) => ({
    dn: `uid=u${i},ou=p`,
    attributes: {
      employeeNumber: e.number ? [e.number] : [],
      cn: e.name !== undefined ? [e.name] : [],
      departmentNumber: [e.dept],
      mail: [],
      title: [],
      employeeType: e.retired ? ["retired"] : [],
    },
  }));
  const seen = new Set<string>();
  const people = persons
    .filter((p) => !p.number || (!seen.has(p.number) && seen.add(p.number)))
    .map((p, i) => ({
      id: `10000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
      employeeNumber: p.number,
      name: "既存",
      nameKana: null,
      email: null,
      departmentId: departments[p.dept].id,
      title: null,
      active: p.active,
      linked: p.linked,
    }));
  const state: CurrentState = {
    departments,
    people,
    linkedPersonIds: new Set(people.filter((p) => p.linked).map((p) => p.id)),
  };
  return { raw, state };
}

describe("directory sync plan (property)", () => {
  it("never disables or removes someone the directory was never linked to, nor anyone it still lists", () => {
    fc.assert(
      fc.property(
        fc.array(entryArb, { maxLength: 12 }),
        fc.array(personArb, { maxLength: 10 }),
        (entries, persons) => {
          const { raw, state } = world(entries, persons);
          const plan = planSync({ people: raw, departments: null }, config, state);
          const listed = new Set<string>(entries.flatMap((e) => (e.number ? [e.number] : [])));
          for (const change of plan.people) {
            if (change.kind === "removed") {
              expect(state.linkedPersonIds.has(change.personId as string)).toBe(true);
              expect(listed.has(change.employeeNumber)).toBe(false);
            }
            if (change.kind === "disabled") expect(change.personId).not.toBeNull();
            if (change.kind === "new")
              expect(state.people.some((p) => p.employeeNumber === change.employeeNumber)).toBe(false);
          }
          // One change at most per person, and every error names its entry.
          const numbers = plan.people.map((p) => p.employeeNumber);
          expect(new Set(numbers).size).toBe(numbers.length);
          for (const e of plan.errors) expect(raw.some((r) => r.dn === e.dn)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("does not depend on the order entries or rows arrive in (the approved digest is stable)", () => {
    fc.assert(
      fc.property(
        fc.array(entryArb, { maxLength: 12 }),
        fc.array(personArb, { maxLength: 10 }),
        fc.integer(),
        (entries, persons, seed) => {
          const { raw, state } = world(entries, persons);
          const shuffled = [...raw].sort(
            (a, b) => ((a.dn.length * seed) % 7) - ((b.dn.length * seed) % 7) || b.dn.localeCompare(a.dn),
          );
          const rows = { ...state, people: [...state.people].reverse() };
          const a = planSync({ people: raw, departments: null }, config, state);
          const b = planSync({ people: shuffled, departments: null }, config, rows);
          // Duplicates are reported on whichever entry comes second: compare only error-free worlds.
          fc.pre(a.errors.length === 0);
          expect(planDigest(b)).toBe(planDigest(a));
        },
      ),
      { numRuns: 300 },
    );
  });
});
