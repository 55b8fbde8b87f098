import { describe, expect, it } from "vitest";
import { can } from "../../access";
import { isOwnWork } from "../../access/self-approval";
import type { Actor, DutyGrant } from "../../http/context";
import { loadProfile } from "../../profile";
import "./access";
import { type DocumentRecord, versionApproval } from "./access";

const D1 = "00000000-0000-0000-0000-000000000001";
const D2 = "00000000-0000-0000-0000-000000000002";
const profile = loadProfile("nishihara");
const kind = (key: string) => profile.documents?.kinds.find((k) => k.key === key) ?? null;
const actor = (grants: Partial<DutyGrant>[] = [], departmentId: string | null = D1): Actor => ({
  userId: "u",
  personId: "p",
  loginId: "l",
  name: "n",
  departmentId,
  bureauId: null,
  sessionId: "s",
  grants: grants.map(
    (g) =>
      ({
        duty: "own_assets",
        scope: "organization",
        scopeDepartmentId: null,
        roleKey: "r",
        deputyFor: null,
        ...g,
      }) as DutyGrant,
  ),
});
const doc = (o: Partial<DocumentRecord>): DocumentRecord => ({
  kind: kind("basic_policy"),
  departmentId: null,
  bureauId: null,
  audience: { everyone: true, roles: [], departments: [] },
  published: true,
  ...o,
});
const procedureOfD1 = doc({
  kind: kind("system_procedure"),
  departmentId: D1,
  audience: { everyone: false, roles: [], departments: [D1] },
});
const head = (dept: string) =>
  actor(
    [
      {
        duty: "manage_department_security",
        scope: "department",
        scopeDepartmentId: dept,
        roleKey: "security_system_manager",
      },
    ],
    dept,
  );

describe("document access (西原村)", () => {
  it("a published policy is read by everyone; an unpublished one only by those who manage it", () => {
    expect(can(actor(), "read", "document", doc({}))).toBe(true);
    expect(can(actor(), "read", "document", doc({ published: false }))).toBe(false);
    expect(can(actor([{ duty: "committee_member" }]), "read", "document", doc({ published: false }))).toBe(
      true,
    );
  });
  it("the committee approves the policy (2(5)①); the CISO keeps it but does not approve it", () => {
    const cisoA = actor([{ duty: "chief_information_security_officer" }]);
    expect(can(cisoA, "write", "document", doc({}))).toBe(true);
    expect(can(cisoA, "approve", "document", doc({}))).toBe(false);
    expect(can(actor([{ duty: "committee_member" }]), "approve", "document", doc({}))).toBe(true);
    expect(can(actor([{ duty: "committee_member" }]), "review", "document", doc({}))).toBe(true);
  });
  it("a restricted procedure: its audience reads it, outsiders do not; its 課長 keeps and approves it (2(3)⑤)", () => {
    expect(can(actor([], D1), "read", "document", procedureOfD1)).toBe(true);
    expect(can(actor([], D2), "read", "document", procedureOfD1)).toBe(false);
    expect(can(actor([], D2), "acknowledge", "document", procedureOfD1)).toBe(false);
    expect(can(head(D1), "write", "document", procedureOfD1)).toBe(true);
    expect(can(head(D1), "approve", "document", procedureOfD1)).toBe(true);
    expect(can(head(D2), "write", "document", procedureOfD1)).toBe(false);
    expect(can(head(D2), "read", "document", procedureOfD1)).toBe(false);
    // A role named in the audience lets its holder in, wherever they sit.
    const byRole = {
      ...procedureOfD1,
      audience: { everyone: false, roles: ["network_administrator"], departments: [] },
    };
    expect(
      can(
        actor([{ duty: "manage_network", roleKey: "network_administrator" }], D2),
        "read",
        "document",
        byRole,
      ),
    ).toBe(true);
    // A document of a kind the profile no longer has is treated as restricted.
    expect(
      can(actor([], D2), "read", "document", {
        ...doc({}),
        kind: null,
        audience: { everyone: false, roles: [], departments: [] },
      }),
    ).toBe(false);
  });
  it("paper acknowledgements: the 課長 of the person's 課 only", () => {
    const unit = { duty: "manage_department_security" as const, departmentId: D1, bureauId: null };
    expect(can(head(D1), "record_paper", "document_unit", unit)).toBe(true);
    expect(can(head(D2), "record_paper", "document_unit", unit)).toBe(false);
    expect(can(actor([], D1), "record_paper", "document_unit", unit)).toBe(false);
  });
  it("兼務の禁止: the drafter, every editor of the version and their deputies are its authors; another approver is not (#12)", () => {
    const k = kind("system_procedure");
    if (!k) throw new Error("nishihara has system_procedure");
    const unit = { kind: k, departmentId: D1, bureauId: null };
    const approver = (personId: string, deputyFor: string | null = null): Actor => ({
      ...head(D1),
      personId,
      grants: head(D1).grants.map((g) => ({ ...g, deputyFor })),
    });
    const v = { createdByPersonId: "drafter", editedByPersonIds: ["editor1", "editor2"] };
    const own = (a: Actor) => isOwnWork(a, versionApproval(unit, v));
    expect(own(approver("drafter"))).toBe(true);
    expect(own(approver("editor1"))).toBe(true);
    expect(own(approver("editor2"))).toBe(true);
    // Holding the approving duty only as a deputy of an editor is the editor's hand.
    expect(own(approver("someone", "editor2"))).toBe(true);
    expect(own(approver("other"))).toBe(false);
    expect(own(approver("someone", "unrelated"))).toBe(false);
    // A version nobody edited: only its drafter.
    expect(isOwnWork(approver("editor1"), versionApproval(unit, { ...v, editedByPersonIds: [] }))).toBe(
      false,
    );
    expect(versionApproval(unit, v).duty).toBe(k.approver.duty);
  });
});
