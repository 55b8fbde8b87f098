import { describe, expect, it } from "vitest";
import type { Duty } from "../../../common/duties";
import { can } from "../../access";
import type { Actor, DutyGrant } from "../../http/context";
import "./access";
import type { PlanRef } from "./access";

const D1 = "00000000-0000-0000-0000-000000000001";
const CREATOR = "00000000-0000-0000-0000-00000000000c";
const approverDuty = "manage_department_security" as Duty;
const actor = (personId: string, grant: Partial<DutyGrant>): Actor => ({
  userId: "u",
  personId,
  loginId: "l",
  name: "n",
  departmentId: D1,
  bureauId: null,
  sessionId: "s",
  grants: [
    {
      duty: approverDuty,
      scope: "department",
      scopeDepartmentId: D1,
      roleKey: "r",
      deputyFor: null,
      ...grant,
    } as DutyGrant,
  ],
});
const plan: PlanRef = {
  departmentId: D1,
  bureauId: null,
  approverDuty,
  status: "submitted",
  createdByPersonId: CREATOR,
};

describe("an improvement plan's approval (兼務の禁止, 西原村 対策基準 2.(6)①)", () => {
  it("the approver duty's holder approves a plan someone else made", () => {
    expect(can(actor("other", {}), "approve", "assurance_plan", plan)).toBe(true);
  });

  it("its creator does not, and neither does a deputy holding the duty for its creator", () => {
    expect(can(actor(CREATOR, {}), "approve", "assurance_plan", plan)).toBe(false);
    expect(can(actor("deputy", { deputyFor: CREATOR }), "approve", "assurance_plan", plan)).toBe(false);
  });

  it("a deputy acting for someone else than the creator approves", () => {
    expect(can(actor("deputy", { deputyFor: "someone-else" }), "approve", "assurance_plan", plan)).toBe(true);
  });

  it("only a submitted plan is approved", () => {
    expect(can(actor("other", {}), "approve", "assurance_plan", { ...plan, status: "draft" })).toBe(false);
  });
});
