import type { Duty } from "../../common/duties";
import type { Profile } from "../profile";
import { consumesRule } from "../profile/consumers";

consumesRule("auth.lockout", "auth");
consumesRule("auth.login_banner", "auth");
consumesRule("auth.mfa_required_for", "auth");
consumesRule("roles.**", "auth");

/** What sign-in needs from the active profile, with the policy's defaults. */

export const IDLE_TIMEOUT_MS = 30 * 60_000;
export const ABSOLUTE_LIFETIME_MS = 12 * 60 * 60_000;
export const PRIVILEGED_LIFETIME_MS = 60 * 60_000;
/** Duties that make a session privileged (shorter lifetime). */
export const ADMINISTRATIVE_DUTIES: Duty[] = ["administer_system", "manage_organization"];

export function lockoutPolicy(profile: Profile): { threshold: number; minutes: number } {
  const lockout = profile.auth?.lockout;
  return { threshold: lockout?.threshold ?? 5, minutes: lockout?.minutes ?? 15 };
}

export function loginBanner(profile: Profile): { ja: string; en: string } {
  const banner = profile.auth?.login_banner;
  return {
    ja: banner?.ja ?? "許可された利用者のみ利用できます。",
    en: banner?.en ?? "Authorized users only.",
  };
}

/** Does the profile require multi-factor sign-in for someone holding these duties? */
export function mfaRequiredFor(profile: Profile, duties: Iterable<Duty>): boolean {
  const rule = profile.auth?.mfa_required_for;
  if (rule === "all") return true;
  if (!rule) return false;
  const set = new Set<string>(rule);
  for (const d of duties) if (set.has(d)) return true;
  return false;
}

export { roleOf } from "../directory";

export function isPrivileged(duties: Iterable<Duty>): boolean {
  for (const d of duties) if (ADMINISTRATIVE_DUTIES.includes(d)) return true;
  return false;
}
