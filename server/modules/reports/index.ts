/**
 * The face of reports (年次報告): the only file another module may import. Reports read every
 * other module through its face; nothing reads reports yet but the platform's audit log, which
 * names a report by its 年度 and snapshot date.
 */
import { and, eq, inArray } from "drizzle-orm";
import { can } from "../../access";
import type { DbOrTx } from "../../db/client";
import type { Actor } from "../../http/context";
import type { YearlyReportRuleT } from "../../profile/reports-schema";
import { ruleRef } from "./commands/generate";
import { yearlyReports } from "./tables";

/** Labels of yearly reports the viewer may read ("令和7年度 年次報告（基準日 …）"), by id. */
export async function yearlyReportLabels(
  db: DbOrTx,
  viewer: Actor,
  profileId: string,
  ids: readonly string[],
) {
  if (!ids.length) return new Map<string, string>();
  const rows = await db
    .select()
    .from(yearlyReports)
    .where(and(eq(yearlyReports.profileId, profileId), inArray(yearlyReports.id, [...ids])));
  return new Map(
    rows
      .filter((r) =>
        can(viewer, "read", "yearly_report", ruleRef(r.rule as unknown as YearlyReportRuleT, r.state)),
      )
      .map((r) => [r.id, `${r.fiscalYear}年度 年次報告（基準日 ${r.asOf}）`]),
  );
}
