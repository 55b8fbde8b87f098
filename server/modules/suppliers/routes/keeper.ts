import { authorize, can } from "../../../access";
import type { ContractUnit } from "../access";
import { contractNotFound } from "../load";
import { type C, env } from "./common";

/** The command's access check: 404 for a contract one may not read, 403 for one one may not keep. */
export const keeper = (c: C) => (unit: ContractUnit) => {
  const { actor } = env(c);
  if (!can(actor, "read", "contract", unit)) throw contractNotFound();
  authorize(actor, "write", "contract", unit);
};
