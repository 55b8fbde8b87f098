import type { DbOrTx } from "../db/client";
import { people, roleAssignments } from "./tables";

/**
 * The two writes a layer below the modules needs (the first administrator and logins created
 * with a new person at the command line). Every other change to the directory is a command of
 * modules/org, with its audit event; these callers write theirs in the same transaction.
 */
export async function insertPerson(tx: DbOrTx, values: typeof people.$inferInsert) {
  const [row] = await tx.insert(people).values(values).returning();
  return row;
}

export async function insertRoleAssignment(tx: DbOrTx, values: typeof roleAssignments.$inferInsert) {
  const [row] = await tx.insert(roleAssignments).values(values).returning();
  return row;
}
