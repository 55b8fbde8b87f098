import { allow, hasDutyOver, type UnitRef } from "../../../access";

/**
 * Who may import. Anyone signed in may upload a register sheet; each row is then authorized on
 * its own: a row may create or update an asset of a department when the importer belongs to that
 * department or holds `own_assets` / `manage_department_security` over it (a bureau or
 * organization-wide grant covers its departments). Changing the classification of an existing
 * asset is a reclassification and needs a manager duty over its department.
 */
allow("asset_import", "upload", () => true);

allow<UnitRef>(
  "asset_import",
  "write_row",
  (actor, unit) =>
    (unit.departmentId != null && actor.departmentId === unit.departmentId) ||
    hasDutyOver(actor, "own_assets", unit) ||
    hasDutyOver(actor, "manage_department_security", unit),
);

allow<UnitRef>(
  "asset_import",
  "reclassify_row",
  (actor, unit) =>
    hasDutyOver(actor, "classify_assets", unit) ||
    hasDutyOver(actor, "own_assets", unit) ||
    hasDutyOver(actor, "manage_department_security", unit),
);
