import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FindingState, Severity } from "../tables";
import { dueDateIn, isLate } from "./campaign";
import { checkTransition, nextStates } from "./findings";
import { type AuditedUnit, type AuditorFacts, independenceProblems, usesException } from "./independence";

const NISHIHARA = {
  member_of_audited_unit: { rule: "forbidden" as const, clause: "nishihara:対策基準/10.1/(2)/①" },
  own_work: { rule: "unless_unavoidable" as const, clause: "nishihara:対策基準/2/(6)/②" },
};
const KAWASAKI = {
  member_of_audited_unit: { rule: "unless_unavoidable" as const, clause: "kawasaki:基準/第2章/1/(11)/イ" },
  own_work: { rule: "unless_unavoidable" as const, clause: "kawasaki:基準/第2章/1/(11)/イ" },
};

describe("auditor independence", () => {
  const unit = (id: string, bureauId: string | null = null): AuditedUnit => ({ id, bureauId });
  const auditor = (over: Partial<AuditorFacts>): AuditorFacts => ({
    personId: "p",
    departmentId: "own",
    bureauId: "bur",
    roleScopes: [],
    ...over,
  });

  it("西原村 10.1(2)①: a member of the audited 課 is refused even with a reason", () => {
    const problems = independenceProblems(
      [unit("own")],
      auditor({ unavoidableReason: "人員不足" }),
      NISHIHARA,
    );
    expect(problems).toEqual([
      expect.objectContaining({
        kind: "member_of_audited_unit",
        clause: "nishihara:対策基準/10.1/(2)/①",
        reasonWouldAllow: false,
      }),
    ]);
  });

  it("西原村 2(6)②: auditing one's own work only やむを得ない場合, with the reason, and the exception is reported", () => {
    const owner = auditor({ departmentId: "elsewhere", roleScopes: ["x"] });
    expect(independenceProblems([unit("x")], owner, NISHIHARA)).toEqual([
      expect.objectContaining({ kind: "own_work", reasonWouldAllow: true }),
    ]);
    const withReason = { ...owner, unavoidableReason: "専門知識を持つ職員が他にいない" };
    expect(independenceProblems([unit("x")], withReason, NISHIHARA)).toEqual([]);
    expect(usesException([unit("x")], withReason)).toBe(true);
  });

  it("a role over the 局 covers its 課; organization-wide roles do not make a 課 one's own work", () => {
    expect(
      independenceProblems([unit("x", "b1")], auditor({ departmentId: "z", roleScopes: ["b1"] }), NISHIHARA),
    ).toHaveLength(1);
    expect(
      independenceProblems([unit("x", "b1")], auditor({ departmentId: "z", roleScopes: [null] }), NISHIHARA),
    ).toEqual([]);
  });

  it("property (西原村 10.1(2)①, 川崎市 第2章1(11)イ): with no membership and no role over the units there is never a problem; a member is always one", () => {
    const id = fc.constantFrom("a", "b", "c", "d");
    fc.assert(
      fc.property(
        fc.array(fc.record({ id, bureauId: fc.option(fc.constantFrom("B1", "B2"), { nil: null }) }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.option(id, { nil: null }),
        fc.array(fc.option(fc.oneof(id, fc.constantFrom("B1", "B2")), { nil: null }), { maxLength: 3 }),
        fc.option(fc.string({ minLength: 1, maxLength: 5 }), { nil: null }),
        fc.constantFrom(NISHIHARA, KAWASAKI),
        (units, departmentId, roleScopes, reason, rules) => {
          const a = auditor({ departmentId, bureauId: null, roleScopes, unavoidableReason: reason });
          const problems = independenceProblems(units, a, rules);
          const member = units.some((u) => u.id === departmentId);
          const owns = units.some((u) =>
            roleScopes.some((s) => s != null && (s === u.id || s === u.bureauId)),
          );
          if (!member && !owns) expect(problems).toEqual([]);
          if (member && rules.member_of_audited_unit.rule === "forbidden")
            expect(problems.some((p) => p.kind === "member_of_audited_unit")).toBe(true);
          const hasReason = !!reason?.trim();
          if (rules === KAWASAKI && hasReason) expect(problems).toEqual([]);
          for (const p of problems) expect(units.map((u) => u.id)).toContain(p.unitId);
        },
      ),
    );
  });
});

describe("finding states", () => {
  const states: FindingState[] = ["open", "in_progress", "done", "verified", "closed"];
  it("closed is final; verified and closed need evidence where the profile says", () => {
    expect(nextStates("closed")).toEqual([]);
    fc.assert(
      fc.property(
        fc.constantFrom(...states),
        fc.constantFrom(...states),
        fc.constantFrom<Severity>("high", "medium", "low"),
        fc.nat(2),
        fc.subarray<Severity>(["high", "medium", "low"]),
        (from, to, severity, evidenceCount, requiredFor) => {
          const error = checkTransition(from, to, {
            severity,
            evidenceCount,
            evidenceRequiredFor: requiredFor,
          });
          if (!nextStates(from).includes(to)) expect(error?.code).toBe("invalid_transition");
          else if (
            (to === "verified" || to === "closed") &&
            evidenceCount === 0 &&
            requiredFor.includes(severity)
          )
            expect(error?.code).toBe("evidence_required");
          else expect(error).toBeNull();
        },
      ),
    );
  });
});

describe("campaign dates", () => {
  it("a MM-DD deadline falls in the 年度 (April–March)", () => {
    expect(dueDateIn(2026, "01-31")).toBe("2027-01-31");
    expect(dueDateIn(2026, "12-28")).toBe("2026-12-28");
    expect(dueDateIn(2026, "04-01")).toBe("2026-04-01");
  });
  it("late is strictly after the deadline day", () => {
    expect(isLate("2027-01-31", "2027-01-31")).toBe(false);
    expect(isLate("2027-02-01", "2027-01-31")).toBe(true);
  });
});
