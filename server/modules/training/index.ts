/**
 * The face of training (研修・訓練): the only file another module may import. Read functions take
 * the viewer and return only what the viewer may see.
 */
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import type { Actor } from "../../http/context";
import { trainingAttendance } from "./tables";

/** How many courses the viewer has completed in a 年度 (for the dashboard: their own only). */
export async function myCompletedCourseCount(db: DbOrTx, viewer: Actor, fiscalYear: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(trainingAttendance)
    .where(
      and(eq(trainingAttendance.personId, viewer.personId), eq(trainingAttendance.fiscalYear, fiscalYear)),
    );
  return row?.n ?? 0;
}

export { queueTallyRebuildOnDirectoryChange } from "./commands/tally-job";
export { overviewFigures } from "./dashboard";

/** The yearly report (年次報告): this module's section and the records behind its figures. */
export { trainingYearlyRecords, trainingYearlySection } from "./yearly";
