import { allow, allowApp, hasOrganizationDuty } from "../access";
import type { Actor } from "../http/context";

/** A login as administrators see it. */
export interface LoginRecord {
  id: string;
}

export const USER_RESOURCE = "user_login";

const administers = (actor: Actor) => hasOrganizationDuty(actor, "administer_system");
const notSelf = (actor: Actor, record: LoginRecord) => actor.userId !== record.id;

allow<LoginRecord | null>(USER_RESOURCE, "list", (actor) => administers(actor));
allow<LoginRecord>(USER_RESOURCE, "unlock", (actor) => administers(actor));
allow<LoginRecord>(USER_RESOURCE, "reset_password", (actor, r) => administers(actor) && notSelf(actor, r));
allow<LoginRecord>(USER_RESOURCE, "disable", (actor, r) => administers(actor) && notSelf(actor, r));
allow<LoginRecord>(USER_RESOURCE, "enable", (actor, r) => administers(actor) && notSelf(actor, r));
allow<LoginRecord>(USER_RESOURCE, "mfa_reset", (actor, r) => administers(actor) && notSelf(actor, r));

/** SQL side of `list`: administrators see every login; nobody else lists logins. */
export function canListLogins(actor: Actor): boolean {
  return administers(actor);
}

/** The logins screen (利用者管理). */
allowApp("administerUsers", (actor) => administers(actor));
