/**
 * Reminders (督促) for self-inspection deadlines and overdue findings, daily at 08:00 JST:
 * - a sheet not yet submitted in an open campaign: its respondent (the person, or the holders of
 *   one of the scope's respondent duties over the unit) 7 days and 1 day before the deadline, the day after
 *   it, and every 7 days after that;
 * - a finding still open or in progress after its due date: its owner (without one, the holders of
 *   the profile's verifier duty over the unit) the day after and every 7 days after that.
 * The rhythm comes from the dates, so a run repeated the same day sends nothing twice and nothing
 * needs to be stored; the run's audit event counts what was sent.
 */

import { sql } from "drizzle-orm";
import { daysBetween, todayJst } from "../../../../common/calendar";
import type { Duty } from "../../../../common/duties";
import { recordEvent } from "../../../audit/record";
import type { DbOrTx } from "../../../db/client";
import { rowsOf } from "../../../db/sql";
import { holdersOf, type Over } from "../../../directory";
import { definePeriodicJob, nextDailyAt } from "../../../jobs";
import { defineKindTexts, notify } from "../../../notify";
import type { Profile } from "../../../profile";

defineKindTexts("assurance", {
  sheet_due: { ja: "自己点検の回答期限が近づいています", en: "A self-inspection deadline is near" },
  sheet_overdue: { ja: "自己点検の回答期限が過ぎています", en: "A self-inspection is past its deadline" },
  finding_overdue: { ja: "指摘事項の対応期限が過ぎています", en: "A finding is past its due date" },
});

/** Days before (positive) or after (negative) the deadline on which a reminder goes out. */
export function remindToday(daysLeft: number, before: readonly number[] = [7, 1]): boolean {
  if (daysLeft >= 0) return before.includes(daysLeft);
  return (-daysLeft - 1) % 7 === 0;
}

async function holders(tx: DbOrTx, profile: Profile, duty: string, over: Over, now: Date) {
  return (await holdersOf(tx, profile, duty, over, now)).map((h) => h.personId);
}

/** The holders of any of a scope's respondent duties over a sheet's unit (each person once). */
async function respondentHolders(
  tx: DbOrTx,
  profile: Profile,
  duties: readonly string[],
  s: { unit_kind: string; department_id: string | null; bureau_id: string | null },
  now: Date,
) {
  const over: Over =
    s.unit_kind === "organization"
      ? "organization"
      : { departmentId: s.department_id, bureauId: s.bureau_id };
  const ids = new Set<string>();
  for (const duty of duties) for (const id of await holders(tx, profile, duty, over, now)) ids.add(id);
  return [...ids];
}

export async function sendReminders(tx: DbOrTx, profile: Profile, now: Date) {
  const section = profile.assurance;
  if (!section) return { sheets: 0, findings: 0 };
  const today = todayJst(now);
  const sheets = rowsOf<{
    id: string;
    scope_key: string;
    title: string;
    due_date: string;
    unit_kind: string;
    person_id: string | null;
    department_id: string | null;
    bureau_id: string | null;
  }>(
    await tx.execute(sql`
      select s.id, c.scope_key, c.title, c.due_date::text as due_date, s.unit_kind, s.person_id, s.department_id, s.bureau_id
      from assurance_sheets s join assurance_campaigns c on c.id = s.campaign_id
      where c.profile_id = ${profile.id} and c.status = 'open' and s.status <> 'submitted'
        and ((c.due_date - ${today}::date) in (7, 1)
          or (c.due_date < ${today}::date and mod(${today}::date - c.due_date - 1, 7) = 0))`),
  );
  let sheetCount = 0;
  for (const s of sheets) {
    const daysLeft = daysBetween(today, s.due_date);
    if (!remindToday(daysLeft)) continue;
    const scope = section.self_inspection.find((x) => x.key === s.scope_key);
    const to =
      s.unit_kind === "person"
        ? [s.person_id]
        : await respondentHolders(tx, profile, scope?.respondent_duties ?? [], s, now);
    const sent = await notify(tx, {
      to,
      module: "assurance",
      kind: daysLeft >= 0 ? "sheet_due" : "sheet_overdue",
      record: { type: "assurance_sheet", id: s.id },
      link: `/assurance/sheets/${s.id}`,
      now,
      message:
        daysLeft >= 0
          ? {
              ja: `「${s.title}」の回答期限まであと${daysLeft}日です。`,
              en: `${daysLeft} day(s) left to answer the self-inspection.`,
            }
          : {
              ja: `「${s.title}」の回答期限を${-daysLeft}日過ぎています。回答して提出してください。`,
              en: `The self-inspection is ${-daysLeft} day(s) past its deadline. Answer and submit it.`,
            },
    });
    if (sent.ids.length) sheetCount++;
  }
  const findings = rowsOf<{
    id: string;
    title: string;
    due_date: string;
    owner_person_id: string | null;
    department_id: string | null;
    bureau_id: string | null;
  }>(
    await tx.execute(sql`
      select f.id, f.title, f.due_date::text as due_date, f.owner_person_id, f.department_id, f.bureau_id
      from assurance_findings f
      where f.profile_id = ${profile.id} and f.state in ('open', 'in_progress')
        and f.due_date < ${today}::date and mod(${today}::date - f.due_date - 1, 7) = 0`),
  );
  let findingCount = 0;
  for (const f of findings) {
    const to = f.owner_person_id
      ? [f.owner_person_id]
      : await holders(
          tx,
          profile,
          section.findings.verifier_duty as Duty,
          f.department_id || f.bureau_id
            ? { departmentId: f.department_id, bureauId: f.bureau_id }
            : "organization",
          now,
        );
    const late = -daysBetween(today, f.due_date);
    const sent = await notify(tx, {
      to,
      module: "assurance",
      kind: "finding_overdue",
      record: { type: "assurance_finding", id: f.id },
      link: `/assurance/findings/${f.id}`,
      now,
      message: {
        ja: `指摘事項「${f.title}」の対応期限を${late}日過ぎています。`,
        en: `A finding is ${late} day(s) past its due date.`,
      },
    });
    if (sent.ids.length) findingCount++;
  }
  if (sheetCount || findingCount)
    await recordEvent(
      tx,
      null,
      {
        type: "assurance.reminders_sent",
        targetType: "assurance_campaign",
        data: { sheets: sheetCount, findings: findingCount, date: today },
      },
      now,
    );
  return { sheets: sheetCount, findings: findingCount };
}

export const assuranceReminderJob = definePeriodicJob({
  kind: "assurance.remind",
  nextRunAt: (now) => nextDailyAt(now, 8, 0),
  async run({ tx, now, profile }) {
    await sendReminders(tx, await profile(), now);
  },
});
