import { allow } from "../../../access";

/**
 * Who may import: anyone signed in may upload a register sheet; each row is then authorized on
 * its own by the register's rules (../access.ts): `asset_department.create` for a new asset or a
 * move to another department, `asset.update` for an existing one (which must be visible to the
 * importer, top-level assets included), `asset.reclassify` when its levels change.
 */
allow("asset_import", "upload", () => true);
