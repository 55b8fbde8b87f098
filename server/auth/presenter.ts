import { appPolicies, serialize } from "../access";
import type { Actor } from "../http/context";
import type { Profile } from "../profile";
import { USER_RESOURCE } from "./access";
import { mfaRequiredFor } from "./policy";
import type { UserRow } from "./session-store";

export function presentMeUser(
  user: UserRow,
  actor: Actor & { departmentName?: string | null },
  profile: Profile,
) {
  const duties = [...new Set(actor.grants.map((g) => g.duty))];
  return {
    id: user.id,
    personId: user.personId,
    loginId: user.loginId,
    name: actor.name,
    departmentId: actor.departmentId,
    departmentName: actor.departmentName ?? null,
    duties,
    grants: actor.grants.map((g) => ({
      duty: g.duty,
      scope: g.scope,
      scopeDepartmentId: g.scopeDepartmentId,
      roleKey: g.roleKey,
      deputyFor: g.deputyFor,
    })),
    mfaEnabled: user.totpEnabled,
    mfaRequired: mfaRequiredFor(profile, duties),
    mustChangePassword: user.mustChangePassword,
    locale: user.locale,
    /** App-level policies (screens the person may open), from the access.ts files. */
    policies: appPolicies(actor, profile),
  };
}

export function previousLoginOf(user: UserRow) {
  return user.previousLoginAt ? { at: user.previousLoginAt.toISOString(), ip: user.previousLoginIp } : null;
}

export interface LoginListRow {
  id: string;
  personId: string;
  loginId: string;
  name: string | null;
  departmentId: string | null;
  departmentName: string | null;
  lockedUntil: Date | null;
  failedAttempts: number;
  disabled: boolean;
  totpEnabled: boolean;
  mustChangePassword: boolean;
  lastLoginAt: Date | null;
  lastLoginIp: string | null;
}

export function presentLogin(row: LoginListRow, actor: Actor, now: Date) {
  const locked = row.lockedUntil != null && row.lockedUntil.getTime() > now.getTime();
  return {
    id: row.id,
    personId: row.personId,
    loginId: row.loginId,
    name: row.name ?? row.loginId,
    departmentId: row.departmentId,
    departmentName: row.departmentName,
    locked,
    lockedUntil: locked && row.lockedUntil ? row.lockedUntil.toISOString() : null,
    failedAttempts: row.failedAttempts,
    disabled: row.disabled,
    mfaEnabled: row.totpEnabled,
    mustChangePassword: row.mustChangePassword,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    lastLoginIp: row.lastLoginIp,
    policies: serialize(actor, USER_RESOURCE, { id: row.id }),
  };
}
