import { describe, expect, it } from "vitest";
import type { Duty } from "../../../common/duties";
import { can } from "../../access";
import type { Actor, DutyGrant } from "../../http/context";
import { loadProfile } from "../../profile";
import "./access";
import { campaignSheetReach, type PlanRef, reportedScopes, type SheetRef } from "./access";
import { type SheetRow, sheetRef } from "./queries";

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

describe("局点検 reads its own 局 only (川崎市 基準 第12章5, profile report_reach)", () => {
  const profile = loadProfile("kawasaki");
  const B1 = "00000000-0000-0000-0000-0000000000b1";
  const B2 = "00000000-0000-0000-0000-0000000000b2";
  const D2 = "00000000-0000-0000-0000-0000000000d2";
  const bureauHead = (scope: "bureau" | "organization"): Actor => ({
    ...actor("head", {}),
    departmentId: null,
    grants: [
      {
        duty: "inspect_bureau",
        scope,
        scopeDepartmentId: scope === "bureau" ? B1 : null,
        roleKey: "bureau_security_head",
        deputyFor: null,
      } as DutyGrant,
    ],
  });
  const staffSheet = (bureauId: string): SheetRef =>
    sheetRef(profile, {
      scope_key: "staff",
      unit_kind: "person",
      person_id: "someone",
      department_id: D2,
      bureau_id: bureauId,
      campaign_status: "open",
    } as SheetRow);

  it("the profile limits the staff and asset scopes' report-to (inspect_bureau) to its grant, citing 第12章5", () => {
    for (const key of ["staff", "assets"]) {
      const scope = profile.assurance?.self_inspection.find((s) => s.key === key);
      expect(scope?.report_to_duty).toBe("inspect_bureau");
      expect(scope?.report_reach).toEqual({ within: "grant", clause: "kawasaki:基準/第12章/5" });
    }
  });

  it("the 局長 of 局 1 reads and raises findings on staff sheets of 局 1, not of 局 2", () => {
    const head = bureauHead("bureau");
    expect(can(head, "read", "assurance_sheet", staffSheet(B1))).toBe(true);
    expect(can(head, "raise_finding", "assurance_sheet", staffSheet(B1))).toBe(true);
    expect(can(head, "read", "assurance_sheet", staffSheet(B2))).toBe(false);
    expect(can(head, "raise_finding", "assurance_sheet", staffSheet(B2))).toBe(false);
  });

  it("the list twin agrees: the 局長 reads the staff and asset scopes within 局 1, none in full", () => {
    expect(reportedScopes(profile, bureauHead("bureau"))).toEqual({
      full: [],
      within: [
        { key: "staff", unitIds: [B1] },
        { key: "assets", unitIds: [B1] },
      ],
    });
    expect(
      campaignSheetReach(bureauHead("bureau"), reportedScopes(profile, bureauHead("bureau")), "staff"),
    ).toEqual({ all: false, heads: [B1] });
  });

  it("the duty held organization-wide still reads every sheet; the 情報監理者 reads every 局点検 sheet in full", () => {
    const wide = bureauHead("organization");
    expect(can(wide, "read", "assurance_sheet", staffSheet(B2))).toBe(true);
    expect(reportedScopes(profile, wide).full).toEqual(["staff", "assets"]);
    const supervisor: Actor = {
      ...actor("sup", {}),
      grants: [
        {
          duty: "manage_network",
          scope: "organization",
          scopeDepartmentId: null,
          roleKey: "r",
          deputyFor: null,
        } as DutyGrant,
      ],
    };
    expect(reportedScopes(profile, supervisor)).toEqual({ full: ["bureau"], within: [] });
  });
});
