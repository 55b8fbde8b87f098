/**
 * Training's section of the yearly report (年次報告; 西原村 6.2(2)⑦ asks the CISO to report the
 * state of training to the committee every 年度): completions recorded for the 年度 up to the
 * snapshot date, by course, the people who completed at least one course, and the sessions held.
 * Records are presented with the completion read rule (`canSeeCompletion`).
 */

import { type SQL, sql } from "drizzle-orm";
import type { ReportPeriod, ReportRecord, ReportSection } from "../../../common/yearly-report";
import type { DbOrTx } from "../../db/client";
import { rowsOf, uuidArraySql } from "../../db/sql";
import { personNames } from "../../directory";
import type { Actor } from "../../http/context";
import type { Profile } from "../../profile";
import { canSeeCompletion, completionUnits } from "./access";
import { dutiesOf } from "./rules";

export async function trainingYearlySection(db: DbOrTx, p: ReportPeriod): Promise<ReportSection<SQL>> {
  const done = sql`
    from training_attendance a join training_courses c on c.id = a.course_id
   where a.fiscal_year = ${p.fiscalYear} and a.completed_on <= ${p.asOf}::date and a.created_at <= ${p.cutoff}`;
  const byCourse = rowsOf<{ title: string; n: number }>(
    await db.execute(sql`select c.title, count(*)::int as n ${done} group by c.title order by c.title`),
  );
  return {
    module: "training",
    figures: [
      {
        key: "training.completions",
        label: { ja: "年度内の受講修了（件）", en: "Course completions in the year" },
        records: sql`select a.id ${done} order by c.title, a.completed_on`,
      },
      {
        // One completion per person (their first by course and date) stands for them.
        key: "training.people_completed",
        label: { ja: "1科目以上を修了した職員等（人）", en: "People who completed at least one course" },
        records: sql`
          select distinct on (a.person_id) a.id ${done} order by a.person_id, c.title, a.completed_on`,
      },
      {
        key: "training.sessions",
        label: { ja: "年度内に実施した研修の回数", en: "Training sessions held in the year" },
        records: sql`
          select id from training_sessions
           where held_on between ${p.from}::date and ${p.asOf}::date and created_at <= ${p.cutoff}`,
      },
    ],
    tables: [
      {
        key: "training.by_course",
        title: { ja: "科目別の修了件数", en: "Completions by course" },
        rows: byCourse.map((c) => ({ label: { ja: c.title, en: c.title }, count: c.n })),
      },
    ],
  };
}

/** Completions (attendance ids) or sessions (session ids) of a figure that the viewer may see. */
export async function trainingYearlyRecords(
  db: DbOrTx,
  actor: Actor,
  profile: Profile,
  figureKey: string,
  ids: readonly string[],
): Promise<ReportRecord[]> {
  if (!ids.length) return [];
  const duties = dutiesOf(profile);
  if (figureKey === "training.sessions") {
    // Sessions are kept by the organizer; those who see every completion see every session.
    if (completionUnits(actor, duties) !== "all") return [];
    const rows = rowsOf<{ id: string; held_on: string; title: string; place: string }>(
      await db.execute(sql`
        select s.id, s.held_on::text as held_on, c.title, s.place
          from training_sessions s join training_courses c on c.id = s.course_id
         where s.id = any(${uuidArraySql(ids)})`),
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => {
      const r = byId.get(id);
      return r
        ? [{ id, reference: r.held_on, title: r.title, detail: r.place, href: `/training/sessions/${id}` }]
        : [];
    });
  }
  const rows = rowsOf<{
    id: string;
    person_id: string;
    department_id: string | null;
    bureau_id: string | null;
    completed_on: string;
    title: string;
  }>(
    await db.execute(sql`
      select a.id, a.person_id, a.department_id, a.bureau_id, a.completed_on::text as completed_on, c.title
        from training_attendance a join training_courses c on c.id = a.course_id
       where a.id = any(${uuidArraySql(ids)})`),
  );
  const visible = rows.filter((r) =>
    canSeeCompletion(actor, {
      personId: r.person_id,
      departmentId: r.department_id,
      bureauId: r.bureau_id,
      duties,
    }),
  );
  const names = await personNames(
    db,
    visible.map((r) => r.person_id),
  );
  const byId = new Map(visible.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r
      ? [
          {
            id,
            reference: r.completed_on,
            title: r.title,
            detail: names.get(r.person_id) ?? "",
            href: "/training/completion",
          },
        ]
      : [];
  });
}
