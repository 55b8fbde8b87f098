/**
 * The registers module's face (DESIGN.md §4 rule 4): the only file another module may import.
 * Registers hold entries about other modules' records and show those records through their
 * faces; what other modules read of the registers is their attention counts and the unit rule.
 */
export { canSeeUnit as canSeeRegisterUnit } from "./access";
export { dashboardCounts } from "./dashboard";
