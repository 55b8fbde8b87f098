import { formatDateJa, formatFiscalYear } from "../../../common/calendar";
import { TRAINING_STATE_LABELS } from "../../../common/labels";
import type { OverviewFigure } from "../../../common/overview";
import type { DbOrTx } from "../../db/client";
import type { Actor } from "../../http/context";
import type { Profile } from "../../profile";
import { completionUnits } from "./access";
import { type CourseState, courseStates, stateOf } from "./queries/completion";
import { dutiesOf } from "./rules";

const STATES: CourseState[] = ["completed", "pending", "overdue"];
/** Courses shown (a 年度 plan has a handful; the rest stay in the completion screen). */
const MAX_COURSES = 12;

/**
 * The training figure of the steering overview (GET /api/reports/dashboard): for each course of
 * the 年度's approved plan, the people of its audience in the viewer's units (`completionUnits`,
 * the rule of the completion list) who completed it, have not yet (deadline ahead) or are
 * overdue — as `courseStates` computes them for `GET /api/training/completion?by=person`.
 * Each cell links to that list with `courseId` and `state`, whose groups are those people.
 */
export async function overviewFigures(
  db: DbOrTx,
  actor: Actor,
  now: Date,
  profile: Profile,
  fy: number,
): Promise<OverviewFigure[]> {
  const visible = completionUnits(actor, dutiesOf(profile));
  if (visible !== "all" && visible.unitIds.length === 0) return [];
  const { day, courses, states } = await courseStates(
    db,
    profile,
    actor,
    { fiscalYear: fy, by: "person" },
    now,
  );
  const counts = new Map<string, number>();
  for (const s of states) {
    const k = `${s.courseId}|${stateOf(s)}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const shown = [...courses]
    .sort((a, b) => Number(b.mandatory) - Number(a.mandatory) || a.dueDate.localeCompare(b.dueDate))
    .slice(0, MAX_COURSES);
  return [
    {
      key: "training.completion",
      module: "training",
      title: { ja: "研修の受講状況", en: "Training completion" },
      note: {
        ja: `${formatFiscalYear(fy)}の研修、${formatDateJa(day)}時点（担当する課の対象者）`,
        en: `FY${fy} courses as of ${day} (audience in your units)`,
      },
      series: STATES.map((s) => ({ key: s, label: TRAINING_STATE_LABELS[s] })),
      rows: shown.map((c) => ({
        key: c.id,
        label: { ja: c.title, en: c.title },
        cells: STATES.map((s) => {
          const query = `fiscalYear=${fy}&by=person&courseId=${c.id}&state=${s}`;
          return {
            series: s,
            count: counts.get(`${c.id}|${s}`) ?? 0,
            href: `/training/completion?${query}`,
            list: `/api/training/completion?${query}`,
          };
        }),
      })),
    },
  ];
}
