import { describe, expect, it } from "vitest";
import { loadProfile } from "../../../profile";
import { AUDIT_DUTIES, roleOwnsWork } from "./independence";

describe("which roles own the audited work (auditor independence)", () => {
  it("a role with any duty beyond auditing owns work; an audit or read-everything role does not", () => {
    expect(roleOwnsWork(["perform_audit"])).toBe(false);
    expect(roleOwnsWork(["lead_audit", "view_audit_log", "view_all_departments"])).toBe(false);
    expect(roleOwnsWork(["perform_audit", "manage_department_security"])).toBe(true);
    expect(roleOwnsWork(["own_assets"])).toBe(true);
    expect(roleOwnsWork([])).toBe(false);
  });

  it("in 西原村, the 情報セキュリティ・システム管理者 (課長) owns work; the audit lead and auditors do not", () => {
    const roles = new Map(loadProfile("nishihara").roles.map((r) => [r.key, r.duties]));
    expect(roleOwnsWork(roles.get("security_system_manager") ?? [])).toBe(true);
    expect(roleOwnsWork(roles.get("ciso") ?? [])).toBe(true);
    expect(roleOwnsWork(roles.get("audit_lead") ?? (["missing"] as never))).toBe(false);
    expect(roleOwnsWork(roles.get("auditor") ?? (["missing"] as never))).toBe(false);
    expect(AUDIT_DUTIES).toContain("perform_audit");
  });
});
