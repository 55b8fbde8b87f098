import type { DbOrTx } from "../db/client";
import { personUnit } from "../directory";
import type { Actor } from "../http/context";
import { fieldError } from "../http/errors";
import { can } from "./index";

/**
 * A person a request body names (someone to name on an asset, to record in a register, to report
 * for a violation) is authorized like a person in the path (#12 item 3): one the actor may not
 * see (`person.read`, modules/org/access.ts) is refused exactly like one who does not exist, so a
 * body can neither reach nor confirm a hidden person. Throws the field's "not found" error.
 */
export async function requireVisiblePerson(db: DbOrTx, actor: Actor, id: string, field: string) {
  const unit = await personUnit(db, id);
  const seen =
    unit !== null &&
    can(actor, "read", "person", { id, departmentId: unit.departmentId, bureauId: unit.bureauId });
  if (!seen) throw fieldError(field, "職員が見つかりません。", "The person does not exist.");
  return unit;
}
