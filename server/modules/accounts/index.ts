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

/**
 * The IDs held by one person that the viewer may see (every system; removed ones left out), for
 * a leave or transfer screen to name the IDs to stop (7.2(1)②(ア), 第8章6(2)イ).
 */
export async function idsOfPerson(db: DbOrTx, viewer: Actor, personId: string) {
  const rows = await listAccounts(db, viewer, { personId, limit: 500, offset: 0 });
  return rows.filter((r) => r.state !== "removed");
}

/**
 * A leave or retirement took effect: the person's active IDs are flagged to whoever stops them
 * (called by the org module in the transaction that applies it).
 */
export { type FlaggedId, flagIdsOfLeaver, type Leaver } from "./commands/leavers";

export { overviewFigures } from "./dashboard";

/** The yearly report (年次報告): this module's section and the records behind its figures. */
export { accountYearlyRecords, accountYearlySection } from "./yearly";
