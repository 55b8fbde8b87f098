/**
 * Demo training: the current 年度's plan with a mandatory 集合研修 for everyone and two of its
 * sessions (one held a month ago, one a month ahead, inside the 年度), organized by a holder of the
 * profile's organizer duty, so the sessions list and each session's printable sign-in sheet have
 * something to show. Written through the training module's own commands (their audit events).
 */
import { addDays, fiscalYear, fiscalYearRange, formatFiscalYear, todayJst } from "../../common/calendar";
import type { AuditContext } from "../audit/record";
import type { Db, DbOrTx } from "../db/client";
import { createSession } from "../modules/training/commands/attendance";
import { addCourse, createPlan } from "../modules/training/commands/plans";
import type { Profile } from "../profile";
import type { DemoUser } from "./index";

const clamp = (day: string, range: { start: string; end: string }) =>
  day < range.start ? range.start : day > range.end ? range.end : day;

/** Returns the number of sessions made (0 when the profile has no training section). */
export async function loadDemoTraining(
  tx: DbOrTx,
  ctx: AuditContext,
  profile: Profile,
  users: readonly DemoUser[],
  personIds: ReadonlyMap<string, string>,
  now: Date,
): Promise<number> {
  const rules = profile.training;
  if (!rules) return 0;
  const organizer = users.find((u) => u.duties.includes(rules.organizer.duty as DemoUser["duties"][number]));
  const organizerId = organizer ? personIds.get(organizer.loginId) : undefined;
  if (!organizerId) return 0;
  const db = tx as Db; // the commands open their own (nested) transactions
  const today = todayJst(now);
  const fy = fiscalYear(today);
  const range = fiscalYearRange(fy);
  const plan = await createPlan(
    db,
    ctx,
    profile,
    { fiscalYear: fy, title: `${formatFiscalYear(fy)} 情報セキュリティ研修計画` },
    now,
  );
  const course = await addCourse(
    db,
    ctx,
    profile,
    {
      planId: plan.id,
      title: "情報セキュリティ集合研修（全職員）",
      description: "情報セキュリティポリシーの要点、標的型攻撃メールへの対応、インシデントの報告手順",
      delivery: "classroom",
      mandatory: true,
      audience: { kind: "everyone" },
      newHire: false,
    },
    now,
  );
  const days = [clamp(addDays(today, -30), range), clamp(addDays(today, 30), range)];
  for (const [i, heldOn] of days.entries())
    await createSession(
      db,
      ctx,
      profile,
      {
        courseId: course.id,
        heldOn,
        startTime: i === 0 ? "10:00" : "14:00",
        place: i === 0 ? "本庁舎 大会議室" : "本庁舎 第2会議室",
        capacity: 60,
        organizerPersonId: organizerId,
      },
      now,
    );
  return days.length;
}
