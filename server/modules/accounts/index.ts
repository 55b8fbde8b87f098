/**
 * The face of ID管理: the only file another module may import. Read functions take the viewer and
 * return only what the viewer may see.
 */
import type { DbOrTx } from "../../db/client";
import type { Actor } from "../../http/context";
import { listAccounts } from "./queries";

/** The viewer's own IDs (every system), for the staff member's page and the dashboard. */
export async function myAccounts(db: DbOrTx, viewer: Actor) {
  return listAccounts(db, viewer, { mine: "true", limit: 500, offset: 0 });
}
