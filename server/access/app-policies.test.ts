import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_POLICIES } from "../../common/app-policies";
import type { Actor } from "../http/context";
import { createTestApp, type TestApp } from "../test/app";
import { makeDepartment, makeUser } from "../test/factories";
import { authed, signIn } from "../test/session";
import { allow, can, serialize } from ".";

const actor = (over: Partial<Actor> = {}): Actor => ({
  userId: "u",
  personId: "p",
  loginId: "l",
  name: "n",
  departmentId: null,
  bureauId: null,
  grants: [],
  sessionId: "s",
  ...over,
});

describe("allow: one rule may name several actions", () => {
  it("each named action answers by the rule; declaring one twice fails", () => {
    allow<{ mine: boolean }>("test_thing", ["approve", "reject"], (_a, r) => r.mine);
    expect(can(actor(), "approve", "test_thing", { mine: true })).toBe(true);
    expect(can(actor(), "reject", "test_thing", { mine: false })).toBe(false);
    expect(serialize(actor(), "test_thing", { mine: true })).toEqual({ approve: true, reject: true });
    expect(() => allow("test_thing", ["reject"], () => true)).toThrow(/declared twice/);
  });
});

describe("GET /api/auth/me: app-level policies from the access rules", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  async function policiesOf(roles: Array<[string, string | null]>, departmentId: string | null = null) {
    const u = await makeUser(t.database.db, { roles, departmentId });
    const client = authed(
      t,
      await signIn(t, u.user.loginId, u.password, undefined, {
        ip: `10.8.${roles.length}.${Math.floor(Math.random() * 200) + 1}`,
      }),
    );
    const me = (await (await client.get("/api/auth/me")).json()) as {
      user: { policies: Record<string, boolean> };
    };
    return me.user.policies;
  }

  it("every policy is reported, true only where the owning rule allows", async () => {
    const dept = await makeDepartment(t.database.db);
    const staff = await policiesOf([], dept.id);
    expect(Object.keys(staff).sort()).toEqual([...APP_POLICIES].sort());
    expect(Object.values(staff).every((v) => v === false)).toBe(true);
    // 西原村 system_staff: administer_system, manage_organization, view_audit_log (organization).
    const admin = await policiesOf([["system_staff", null]]);
    expect(admin).toEqual({
      manageTransfers: true,
      readRequestOverrides: true,
      readAuditLog: true,
      administerUsers: true,
      switchProfile: true,
      readMailOutbox: true,
      readYearlyReports: false,
      overseeVulnerabilities: false,
      importAdvisories: true,
      keepSoftwareCatalog: false,
      readAudits: false,
      manageAccounts: true,
      seeDirectorySync: true,
      runTraining: false,
      readTrainingConsents: false,
      // The system administrator keeps the installation's settings, the contact means among them.
      editContactPoint: true,
      createPeople: true,
      assignRoles: true,
      recordDeputies: true,
    });
    // The CISO reads the override report, and nothing of the administrator's.
    const ciso = await policiesOf([["ciso", null]]);
    expect(ciso.readRequestOverrides).toBe(true);
    expect(ciso.administerUsers).toBe(false);
    expect(ciso.readAuditLog).toBe(false);
    // The CISO publishes how to reach the 統一的な窓口 (西原村 6.3(2)④).
    expect(ciso.editContactPoint).toBe(true);
    // The yearly report: those who steer (the CISO, the committee, readers of all departments).
    expect(ciso.readYearlyReports).toBe(true);
    expect((await policiesOf([["committee", null]])).readYearlyReports).toBe(true);
    // The vulnerabilities screen's organization tabs and import: the ネットワーク管理者 both, the CISO
    // the tabs only, a 課長 (department-scoped) neither.
    expect(ciso.overseeVulnerabilities).toBe(true);
    expect(ciso.importAdvisories).toBe(false);
    const network = await policiesOf([["network_administrator", null]]);
    expect([network.overseeVulnerabilities, network.importAdvisories]).toEqual([true, true]);
    const head = await policiesOf([["security_system_manager", dept.id]], dept.id);
    expect([head.overseeVulnerabilities, head.importAdvisories]).toEqual([false, false]);
    // The software catalog (sheet import, product form): keepers of an inventory — the 課長 and the
    // ネットワーク管理者 — not the CISO nor staff.
    expect([head.keepSoftwareCatalog, network.keepSoftwareCatalog]).toEqual([true, true]);
    expect([ciso.keepSoftwareCatalog, staff.keepSoftwareCatalog]).toEqual([false, false]);
    // The audits screen: the office (CISO, ネットワーク管理者) and whoever the profile's audit kinds
    // name — the audit lead, the auditors, the committee (approver, report-to) — not a 課長.
    const lead = await policiesOf([["audit_lead", null]]);
    const auditor = await policiesOf([["auditor", null]]);
    const committee = await policiesOf([["committee", null]]);
    expect([ciso, network, lead, auditor, committee].map((p) => p.readAudits)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(head.readAudits).toBe(false);
    // ID management: any view duty over some unit (a 課長 over their 課 too); not the committee nor
    // an auditor, who would see an empty list.
    expect([ciso, network, head].map((p) => p.manageAccounts)).toEqual([true, true, true]);
    expect([auditor.manageAccounts, committee.manageAccounts]).toEqual([false, false]);
    // Directory sync: the people-register keepers and the ネットワーク管理者, not the CISO nor a 課長.
    expect([network.seeDirectorySync, ciso.seeDirectorySync, head.seeDirectorySync]).toEqual([
      true,
      false,
      false,
    ]);
    // Running training (西原村: the CISO organizes, the 課長 records their 課, overseers read all);
    // the committee only approves the plan, which everyone reads.
    expect([ciso, network, head].map((p) => p.runTraining)).toEqual([true, true, true]);
    expect([committee.runTraining, auditor.runTraining]).toEqual([false, false]);
    // People, roles and deputies are registered by the people-register keepers (manage_organization,
    // the administrator above), not by the CISO, the ネットワーク管理者 nor a 課長.
    for (const p of [ciso, network, head])
      expect([p.createPeople, p.assignRoles, p.recordDeputies]).toEqual([false, false, false]);
  });
});
