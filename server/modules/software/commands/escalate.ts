/**
 * Overdue vulnerability tasks (7.6(1): act according to urgency): once a task passes its deadline
 * while still open, its owner is reminded and the duties the profile names (escalate_to: the
 * ネットワーク管理者 / 情報監理者 and the CISO) are told — once per task, in the transaction that
 * marks it escalated, with its audit event. Runs daily at 08:30 JST.
 */

import { sql } from "drizzle-orm";
import { todayJst } from "../../../../common/calendar";
import { recordEvent } from "../../../audit/record";
import type { DbOrTx } from "../../../db/client";
import { rowsOf, uuidListSql } from "../../../db/sql";
import { holdersOf, parentUnitSql } from "../../../directory";
import { definePeriodicJob, nextDailyAt } from "../../../jobs";
import { defineKindTexts, notify } from "../../../notify";
import type { Profile } from "../../../profile";

defineKindTexts("software", {
  task_overdue: { ja: "脆弱性対応の期限が過ぎています", en: "A vulnerability task is overdue" },
  task_overdue_escalated: { ja: "期限を過ぎた脆弱性対応があります", en: "Vulnerability tasks are overdue" },
});

export async function escalateOverdue(tx: DbOrTx, profile: Profile, now: Date): Promise<number> {
  const rule = profile.software?.vulnerabilities;
  if (!rule) return 0;
  const today = todayJst(now);
  const due = rowsOf<{ id: string; owner: string | null; department: string; bureau: string | null }>(
    await tx.execute(sql`
      select m.id, m.owner_person_id as owner, m.department_id as department, ${parentUnitSql(sql`m.department_id`)} as bureau
        from vuln_matches m
       where not m.stale and m.escalated_at is null and m.due_on < ${today}::date
         and m.state in ('unconfirmed', 'in_progress', 'workaround')
       for update of m`),
  );
  if (!due.length) return 0;
  const link = "/vulnerabilities";
  for (const m of due) {
    if (m.owner) {
      await notify(tx, {
        to: m.owner,
        module: "software",
        kind: "task_overdue",
        record: { type: "vuln_match", id: m.id },
        link,
        now,
        message: {
          ja: "脆弱性対応の期限が過ぎています。対応状況を記録してください。",
          en: "A vulnerability task is past its deadline. Record what was done.",
        },
      });
    }
  }
  // One notice per department to each escalation holder, naming how many tasks are overdue.
  const byUnit = new Map<string, { bureau: string | null; ids: string[] }>();
  for (const m of due) {
    const u = byUnit.get(m.department) ?? { bureau: m.bureau, ids: [] };
    u.ids.push(m.id);
    byUnit.set(m.department, u);
  }
  for (const [department, u] of byUnit) {
    const to = new Set<string>();
    for (const duty of rule.escalate_to) {
      for (const h of await holdersOf(
        tx,
        profile,
        duty,
        { departmentId: department, bureauId: u.bureau },
        now,
      ))
        to.add(h.personId);
    }
    if (!to.size) continue;
    await notify(tx, {
      to,
      module: "software",
      kind: "task_overdue_escalated",
      link: `${link}?tab=overdue`,
      now,
      message: {
        ja: `期限を過ぎた脆弱性対応が ${u.ids.length} 件あります。`,
        en: `${u.ids.length} vulnerability tasks are overdue.`,
      },
    });
  }
  const ids = due.map((m) => m.id);
  await tx.execute(sql`update vuln_matches set escalated_at = ${now} where id in (${uuidListSql(ids)})`);
  await recordEvent(
    tx,
    null,
    {
      type: "vulnerability.escalated",
      targetType: "vuln_match",
      targetId: ids[0],
      data: { count: ids.length, matchIds: ids.slice(0, 100) },
    },
    now,
  );
  return ids.length;
}

export const softwareEscalateJob = definePeriodicJob({
  kind: "software.escalate_overdue",
  nextRunAt: (now) => nextDailyAt(now, 8, 30),
  async run({ tx, now, profile }) {
    await escalateOverdue(tx, await profile(), now);
  },
});
