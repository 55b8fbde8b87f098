/**
 * The face of software and vulnerabilities: the only file another module may import. Read
 * functions take the viewer and return only what the viewer may see.
 */

import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { rowsOf } from "../../db/sql";
import type { Actor } from "../../http/context";
import { softwareVisibilitySql } from "./access";
import { listTasks } from "./queries";

/** Software installed on an asset (system or device), as far as the viewer may see it. */
export async function softwareOnAsset(db: DbOrTx, viewer: Actor, assetId: string) {
  const r = await db.execute(sql`
    select i.id, p.vendor, p.product, p.version, p.end_of_support::text as "endOfSupport", i.eos_status as "eosStatus"
      from software_installations i join software_products p on p.id = i.product_id
     where i.asset_id = ${assetId}::uuid and i.removed_at is null
       and ${softwareVisibilitySql(viewer, sql`i.department_id`, sql`i.owner_person_id`)}
     order by p.vendor, p.product`);
  return rowsOf<{
    id: string;
    vendor: string;
    product: string;
    version: string;
    endOfSupport: string | null;
    eosStatus: string;
  }>(r);
}

/** How many open vulnerability tasks the viewer has (for the dashboard). */
export async function openTaskCount(db: DbOrTx, viewer: Actor): Promise<number> {
  return (await listTasks(db, viewer, 500)).length;
}

export { overviewFigures } from "./dashboard";

/** The yearly report (年次報告): this module's section and the records behind its figures. */
export { softwareYearlyRecords, softwareYearlySection } from "./yearly";
