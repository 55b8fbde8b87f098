import { addDays as addCalendarDays, startOfJstDay } from "../../../common/calendar";
import type { Duty } from "../../../common/duties";
import { dateOf, validOn } from "../../directory";
import type { Actor, RequestContext } from "../../http/context";
import type { Profile } from "../../profile";

/** Calendar date (YYYY-MM-DD) in Japan for an instant: role assignments are dated in JST. */
export const jstDate = dateOf;

export function addDays(date: string, days: number): string {
  return addCalendarDays(date, days);
}

/** Start of a JST calendar day as an instant. */
export function jstStartOfDay(date: string): Date {
  return startOfJstDay(date);
}

export { validOn };

/** The person the actor acts for when their authority for `duty` comes only from a deputy grant. */
export function actingFor(actor: Actor | null, duty: Duty): string | null {
  if (!actor) return null;
  const grants = actor.grants.filter((g) => g.duty === duty);
  if (grants.length === 0 || grants.some((g) => g.deputyFor == null)) return null;
  return grants[0].deputyFor;
}

export type ProfileRole = Profile["roles"][number];

export function findRole(profile: Profile, roleKey: string): ProfileRole | undefined {
  return profile.roles.find((r) => r.key === roleKey);
}

export function roleTitle(profile: Profile, roleKey: string): { ja: string; en: string } {
  const role = findRole(profile, roleKey);
  return role ? { ja: role.title.ja, en: role.title.en } : { ja: roleKey, en: roleKey };
}

export type Ctx = RequestContext;
