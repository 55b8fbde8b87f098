import { authorize, can } from "../../../access";
import type { ContractUnit } from "../access";
import { contractNotFound, loadContract } from "../load";
import { type C, env } from "./common";

/** The command's access check: 404 for a contract one may not read, 403 for one one may not keep. */
export const keeper = (c: C) => (unit: ContractUnit) => {
  const { actor } = env(c);
  if (!can(actor, "read", "contract", unit)) throw contractNotFound();
  authorize(actor, "write", "contract", unit);
};

/** The contract, for one who may read it; one who may not is answered 404, as if it did not exist. */
export async function readable(c: C, id: string) {
  const { actor, db } = env(c);
  const loaded = await loadContract(db, id);
  if (!can(actor, "read", "contract", loaded.unit)) throw contractNotFound();
  return loaded;
}
