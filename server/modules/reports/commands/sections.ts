/**
 * Every module's section of the yearly report, each computed by that module's face over its own
 * tables (DESIGN.md §4 rule 4) for the same period, in the report's order.
 */
import type { SQL } from "drizzle-orm";
import type { ReportPeriod, ReportSection } from "../../../../common/yearly-report";
import type { DbOrTx } from "../../../db/client";
import type { Profile } from "../../../profile";
import { accountYearlySection } from "../../accounts";
import { assetYearlySection } from "../../assets";
import { assuranceYearlySection } from "../../assurance";
import { incidentYearlySection } from "../../incidents";
import { requestYearlySection } from "../../requests";
import { softwareYearlySection } from "../../software";
import { supplierYearlySection } from "../../suppliers";
import { trainingYearlySection } from "../../training";

export async function yearlySections(
  db: DbOrTx,
  p: ReportPeriod,
  profile: Profile,
): Promise<Array<ReportSection<SQL>>> {
  // One after another: inside the generating transaction there is one connection.
  return [
    await assetYearlySection(db, p, profile),
    await requestYearlySection(db, p, profile),
    await incidentYearlySection(db, p),
    await trainingYearlySection(db, p),
    await assuranceYearlySection(db, p, profile),
    await supplierYearlySection(db, p),
    await accountYearlySection(db, p),
    await softwareYearlySection(db, p),
  ];
}
