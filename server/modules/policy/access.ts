import { allow, allowApp, hasOrganizationDuty } from "../../access";

/**
 * Access rules of the policy module.
 * - The active profile (roles, classification, request kinds, clause texts) is read by everyone
 *   signed in: staff must know the rules they work under.
 * - Switching the active profile changes every rule of the installation: `administer_system`
 *   at organization scope.
 */
allow<null>("profile", "read", () => true);
allow<null>("profile_setting", "update", (actor) => hasOrganizationDuty(actor, "administer_system"));

/** The profile choice screen. */
allowApp("switchProfile", (actor) => hasOrganizationDuty(actor, "administer_system"));
