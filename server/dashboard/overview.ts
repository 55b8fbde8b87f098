import { fiscalYear } from "../../common/calendar";
import type { Overview, OverviewFigure } from "../../common/overview";
import type { DbOrTx } from "../db/client";
import type { Actor } from "../http/context";
import { overviewFigures as accountFigures } from "../modules/accounts";
import { overviewFigures as assetFigures } from "../modules/assets";
import { overviewFigures as assuranceFigures } from "../modules/assurance";
import { overviewFigures as incidentFigures } from "../modules/incidents";
import { overviewFigures as requestFigures } from "../modules/requests";
import { overviewFigures as softwareFigures } from "../modules/software";
import { overviewFigures as trainingFigures } from "../modules/training";
import type { Profile } from "../profile";

/**
 * The steering overview (GET /api/reports/dashboard; the yearly report reuses it): every figure
 * computed by its module's face with the viewer's rights — the same predicates as the module's
 * lists — so each bar counts exactly the records of the list it links to. The modules' reads are
 * independent: on PostgreSQL they run side by side on the pool.
 */
export async function dashboardOverview(
  db: DbOrTx,
  actor: Actor,
  now: Date,
  profile: Profile,
  fy: number = fiscalYear(now),
): Promise<Overview> {
  const parts: OverviewFigure[][] = await Promise.all([
    assetFigures(db, actor, profile),
    requestFigures(db, actor, now),
    incidentFigures(db, actor, fy),
    trainingFigures(db, actor, now, profile, fy),
    assuranceFigures(db, actor, now, profile, fy),
    accountFigures(db, actor),
    softwareFigures(db, actor, now),
  ]);
  return { generatedAt: now.toISOString(), fiscalYear: fy, figures: parts.flat() };
}
