import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allowedDepartments,
  type Finding,
  type ReconAccount,
  type ReconPerson,
  type ReconRules,
  type ReconSystem,
  type ReconTransfer,
  reconcile,
} from "./reconcile";

const DEPTS = ["d1", "d2", "d3", "d4"];
const RULES = {
  unusedDays: 90,
  clauses: {
    leavers: "c:leavers",
    transfers: "c:transfers",
    unused: "c:unused",
    one_per_person: "c:one",
    privileged_approval: "c:priv",
  },
};
const TODAY = "2026-04-01";

const date = fc
  .integer({ min: 0, max: 900 })
  .map((d) => new Date(Date.parse("2024-01-01T00:00:00Z") + d * 86_400_000).toISOString().slice(0, 10));

/** A random organization: people with a history of transfers; their department is the last move. */
const world = fc
  .record({
    people: fc.array(
      fc.record({
        active: fc.boolean(),
        start: fc.constantFrom(...DEPTS, null),
        moves: fc.array(fc.record({ to: fc.constantFrom(...DEPTS), on: date }), { maxLength: 4 }),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    systems: fc.array(
      fc.record({
        departmentId: fc.constantFrom(...DEPTS),
        userScope: fc.constantFrom("organization" as const, "departments" as const),
        userDepartmentIds: fc.subarray(DEPTS),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    accounts: fc.array(
      fc.record({
        system: fc.nat(),
        holderKind: fc.constantFrom(
          "person" as const,
          "person" as const,
          "shared" as const,
          "system" as const,
        ),
        person: fc.option(fc.nat(), { nil: null }),
        unknown: fc.boolean(),
        privileged: fc.boolean(),
        approved: fc.boolean(),
        createdOn: fc.option(date, { nil: null }),
        lastUsedOn: fc.option(date, { nil: null }),
        state: fc.constantFrom(
          "active" as const,
          "active" as const,
          "suspended" as const,
          "removed" as const,
        ),
      }),
      { maxLength: 40 },
    ),
  })
  .map((w) => {
    const people = new Map<string, ReconPerson>();
    const transfers = new Map<string, ReconTransfer[]>();
    w.people.forEach((p, i) => {
      const id = `p${i}`;
      const moves = [...p.moves].sort((a, b) => a.on.localeCompare(b.on));
      let dept = p.start;
      const list: ReconTransfer[] = [];
      moves.forEach((m, j) => {
        list.push({
          id: `t${i}.${j}`,
          batchId: `b${j}`,
          personId: id,
          effectiveDate: m.on,
          fromDepartmentId: dept,
          toDepartmentId: m.to,
        });
        dept = m.to;
      });
      people.set(id, { id, active: p.active, departmentId: dept });
      transfers.set(id, list);
    });
    const systems: ReconSystem[] = w.systems.map((s, i) => ({ id: `s${i}`, ...s }));
    const accounts: ReconAccount[] = w.accounts.map((a, i) => ({
      id: `a${i}`,
      systemId: systems[a.system % systems.length].id,
      loginName: `login${i}`,
      holderKind: a.holderKind,
      personId:
        a.holderKind !== "person" || a.person === null
          ? null
          : a.unknown
            ? `ghost${a.person}`
            : `p${a.person % w.people.length}`,
      privileged: a.privileged,
      createdOn: a.createdOn,
      lastUsedOn: a.lastUsedOn,
      state: a.state,
      approvalRef: a.approved ? "R8-特権-1" : null,
    }));
    return { people, transfers, systems, accounts };
  });

type World = typeof world extends fc.Arbitrary<infer T> ? T : never;
const run = (w: World, rules = RULES) =>
  reconcile(w.systems, w.accounts, w.people, w.transfers, rules, TODAY);
const key = (f: Finding) => `${f.kind}/${f.accountId}`;

describe("reconciliation against the people register (property tests)", () => {
  it("an active personal ID of someone who left is always flagged retired, with the leavers clause; never for someone present", () => {
    fc.assert(
      fc.property(world, (w) => {
        const findings = run(w);
        for (const a of w.accounts) {
          const p = a.personId ? w.people.get(a.personId) : undefined;
          const retired = findings.some((f) => f.kind === "retired" && f.accountId === a.id);
          expect(retired).toBe(a.state === "active" && a.holderKind === "person" && !!p && !p.active);
        }
        for (const f of findings.filter((x) => x.kind === "retired")) expect(f.clause).toBe("c:leavers");
      }),
    );
  });

  it("stopped IDs (suspended, removed) are never flagged", () => {
    fc.assert(
      fc.property(world, (w) => {
        const stopped = new Set(w.accounts.filter((a) => a.state !== "active").map((a) => a.id));
        expect(run(w).filter((f) => stopped.has(f.accountId))).toEqual([]);
      }),
    );
  });

  it("unfit_department exactly when the present holder's 課 does not use the system; the linked transfer moved them out", () => {
    fc.assert(
      fc.property(world, (w) => {
        const findings = run(w);
        for (const a of w.accounts) {
          const p = a.personId ? w.people.get(a.personId) : undefined;
          const system = w.systems.find((s) => s.id === a.systemId) as ReconSystem;
          const allowed = allowedDepartments(system);
          const unfit =
            a.state === "active" &&
            a.holderKind === "person" &&
            !!p?.active &&
            allowed !== null &&
            !(p.departmentId && allowed.has(p.departmentId));
          const f = findings.find((x) => x.kind === "unfit_department" && x.accountId === a.id);
          expect(!!f).toBe(unfit);
          if (f?.transfer) {
            expect(f.transfer.personId).toBe(a.personId);
            expect(allowed?.has(f.transfer.fromDepartmentId as string)).toBe(true);
            expect(f.transfer.toDepartmentId && allowed?.has(f.transfer.toDepartmentId)).toBeFalsy();
            // the latest such move
            const later = (w.transfers.get(a.personId as string) ?? []).filter(
              (t) =>
                t.effectiveDate > (f.transfer as ReconTransfer).effectiveDate &&
                t.fromDepartmentId &&
                allowed?.has(t.fromDepartmentId) &&
                !(t.toDepartmentId && allowed.has(t.toDepartmentId)),
            );
            expect(later).toEqual([]);
          }
          if (f && !f.transfer) {
            // no transfer out of the allowed 課 is on record
            const outs = (w.transfers.get(a.personId as string) ?? []).filter(
              (t) =>
                t.fromDepartmentId &&
                allowed?.has(t.fromDepartmentId) &&
                !(t.toDepartmentId && allowed.has(t.toDepartmentId)),
            );
            expect(outs).toEqual([]);
          }
        }
      }),
    );
  });

  it("duplicates: n ≥ 2 active IDs of one person in one system give n findings, each naming the other n−1", () => {
    fc.assert(
      fc.property(world, (w) => {
        const groups = new Map<string, string[]>();
        for (const a of w.accounts)
          if (a.state === "active" && a.holderKind === "person" && a.personId) {
            const k = `${a.systemId}/${a.personId}`;
            groups.set(k, [...(groups.get(k) ?? []), a.id]);
          }
        const dups = run(w).filter((f) => f.kind === "duplicate");
        const expected = [...groups.values()].filter((g) => g.length > 1).flat();
        expect(dups.map((f) => f.accountId).sort()).toEqual(expected.sort());
        for (const f of dups)
          expect(f.others).toHaveLength((groups.get(`${f.systemId}/${f.personId}`) ?? []).length - 1);
      }),
    );
  });

  it("a longer unused period never adds unused findings; privileged without approval always found", () => {
    fc.assert(
      fc.property(
        world,
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        (w, d, extra) => {
          const short = new Set(
            run(w, { ...RULES, unusedDays: d })
              .filter((f) => f.kind === "unused")
              .map(key),
          );
          const long = run(w, { ...RULES, unusedDays: d + extra })
            .filter((f) => f.kind === "unused")
            .map(key);
          for (const k of long) expect(short.has(k)).toBe(true);
          const priv = new Set(
            run(w)
              .filter((f) => f.kind === "privileged_unapproved")
              .map((f) => f.accountId),
          );
          for (const a of w.accounts)
            expect(priv.has(a.id)).toBe(a.state === "active" && a.privileged && !a.approvalRef);
        },
      ),
    );
  });

  it("does not depend on the order of IDs", () => {
    fc.assert(
      fc.property(world, fc.nat(), (w, seed) => {
        const shuffled = [...w.accounts].sort(
          (x, y) => ((x.id.length * 31 + seed) % 7) - ((y.id.length * 17 + seed) % 5),
        );
        const a = run(w).map(key).sort();
        const b = reconcile(w.systems, shuffled, w.people, w.transfers, RULES, TODAY).map(key).sort();
        expect(b).toEqual(a);
      }),
    );
  });

  it("examples: an ID last used 90 days ago is unused under a 90-day rule; 89 days ago it is not", () => {
    const systems: ReconSystem[] = [
      { id: "s", departmentId: "d1", userScope: "organization", userDepartmentIds: [] },
    ];
    const base: ReconAccount = {
      id: "a",
      systemId: "s",
      loginName: "x",
      holderKind: "system",
      personId: null,
      privileged: false,
      createdOn: null,
      lastUsedOn: "2026-01-01",
      state: "active",
      approvalRef: null,
    };
    const at = (lastUsedOn: string | null, createdOn: string | null = null) =>
      reconcile(systems, [{ ...base, lastUsedOn, createdOn }], new Map(), new Map(), RULES, TODAY).map(
        (f) => f.kind,
      );
    expect(at("2026-01-01")).toEqual(["unused"]); // 2026-01-01 is 90 days before 2026-04-01
    expect(at("2026-01-02")).toEqual([]);
    expect(at(null, "2026-03-01")).toEqual([]);
    expect(at(null, null)).toEqual(["unused"]);
  });
});

describe("privileged and development IDs", () => {
  const systems: ReconSystem[] = [
    { id: "s", departmentId: "d1", userScope: "organization", userDepartmentIds: [] },
  ];
  const rules: ReconRules = {
    ...RULES,
    privileged: {
      defaultNames: ["admin", "root"],
      clauses: { default_name: "c:default", time_limit: "c:limit", development: "c:dev" },
    },
  };
  const id = (over: Partial<ReconAccount>): ReconAccount => ({
    id: "a",
    systemId: "s",
    loginName: "ops01",
    holderKind: "system",
    personId: null,
    privileged: true,
    createdOn: null,
    lastUsedOn: "2026-03-31",
    state: "active",
    approvalRef: "R8-1",
    connectionLimitMinutes: 60,
    purpose: "operation",
    developmentEndsOn: null,
    ...over,
  });
  const kinds = (a: ReconAccount, r: ReconRules = rules) =>
    reconcile(systems, [a], new Map(), new Map(), r, TODAY).map((f) => f.kind);

  it("property: a privileged ID is flagged for its initial name exactly when its folded name is one of the profile's", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("admin", "ADMIN", "ＡＤＭＩＮ", " root", "Root", "admin2", "ops", "rootx"),
        fc.boolean(),
        (loginName, privileged) => {
          const named = ["admin", "root"].includes(loginName.normalize("NFKC").trim().toLowerCase());
          expect(kinds(id({ loginName, privileged })).includes("privileged_default_name")).toBe(
            privileged && named,
          );
        },
      ),
    );
  });

  it("property: no time limit is a finding only for an active privileged ID; a development ID only after its end", () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 1, max: 600 })),
        fc.boolean(),
        fc.constantFrom("active", "suspended", "removed") as fc.Arbitrary<ReconAccount["state"]>,
        fc.option(fc.constantFrom("2026-03-31", "2026-04-01", "2026-04-02")),
        (limit, privileged, state, endsOn) => {
          const k = kinds(
            id({
              connectionLimitMinutes: limit,
              privileged,
              state,
              purpose: "development",
              developmentEndsOn: endsOn,
            }),
          );
          expect(k.includes("privileged_no_time_limit")).toBe(state === "active" && privileged && !limit);
          expect(k.includes("development_expired")).toBe(state === "active" && !!endsOn && endsOn < TODAY);
        },
      ),
    );
  });

  it("without the profile's rules those findings are not made", () => {
    expect(kinds(id({ loginName: "admin", connectionLimitMinutes: null }), RULES)).toEqual([]);
  });
});
