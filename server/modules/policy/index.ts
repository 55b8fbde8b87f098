/**
 * The policy module's face (DESIGN.md §4 rule 4): the only file another module may import.
 * The profile itself is read through server/profile; this module adds how far the active
 * profile covers its source text (the clause catalog), which reports may show.
 */
export { profileCoverage } from "./presenter";
