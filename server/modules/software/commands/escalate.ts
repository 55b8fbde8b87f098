/**
 * Overdue vulnerability tasks (7.6(1): act according to urgency): once a task passes its deadline
 * while still open, its owner is reminded and the duties the profile names (escalate_to: the
 * ネットワーク管理者 / 情報監理者 and the CISO) are told — once per task, in the transaction that
 * marks it escalated, with its audit event. Each person gets one notice per run counting their
 * overdue tasks (an owner's own, a holder's over the departments they cover), and people with the
 * same count share one notify call: a run over thousands of tasks costs a few statements, not
 * three per task. Runs daily at 08:30 JST.
 */

import { sql } from "drizzle-orm";
import { todayJst } from "../../../../common/calendar";
import { recordEvent } from "../../../audit/record";
import type { DbOrTx } from "../../../db/client";
import { rowsOf } from "../../../db/sql";
import { holderFacts, matchHolders, parentUnitSql } from "../../../directory";
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
  const owed = new Map<string, number>();
  for (const m of due) if (m.owner) owed.set(m.owner, (owed.get(m.owner) ?? 0) + 1);
  for (const [n, to] of byCount(owed))
    await notify(tx, {
      to,
      module: "software",
      kind: "task_overdue",
      link,
      now,
      message: {
        ja: `担当の脆弱性対応 ${n} 件の期限が過ぎています。対応状況を記録してください。`,
        en: `${n} of your vulnerability tasks are past their deadline. Record what was done.`,
      },
    });
  // The escalation holders of each department with overdue tasks, read once for all duties and
  // matched per department in memory; each holder is told the total over what they cover.
  const byUnit = new Map<string, { bureau: string | null; n: number }>();
  for (const m of due) {
    const u = byUnit.get(m.department) ?? { bureau: m.bureau, n: 0 };
    u.n++;
    byUnit.set(m.department, u);
  }
  const facts = await holderFacts(tx, profile, rule.escalate_to, now);
  const told = new Map<string, number>();
  for (const [department, u] of byUnit) {
    const to = new Set<string>();
    for (const duty of rule.escalate_to)
      for (const h of matchHolders(
        profile,
        duty,
        { departmentId: department, bureauId: u.bureau },
        facts.assignments,
        facts.deputies,
      ))
        to.add(h.personId);
    for (const p of to) told.set(p, (told.get(p) ?? 0) + u.n);
  }
  for (const [n, to] of byCount(told))
    await notify(tx, {
      to,
      module: "software",
      kind: "task_overdue_escalated",
      link: `${link}?tab=overdue`,
      now,
      message: {
        ja: `期限を過ぎた脆弱性対応が ${n} 件あります。`,
        en: `${n} vulnerability tasks are overdue.`,
      },
    });
  const ids = due.map((m) => m.id);
  await tx.execute(
    sql`update vuln_matches set escalated_at = ${now} where id = any(${`{${ids.join(",")}}`}::uuid[])`,
  );
  await recordEvent(
    tx,
    null,
    {
      type: "vulnerability.escalated",
      targetType: "vuln_match",
      targetId: ids[0],
      data: { count: ids.length, matchIds: ids.slice(0, 100), owners: owed.size, escalatedTo: told.size },
    },
    now,
  );
  return ids.length;
}

/** People grouped by their count, so those told the same number share one notify call. */
function byCount(counts: Map<string, number>): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const [person, n] of counts) {
    const list = out.get(n);
    if (list) list.push(person);
    else out.set(n, [person]);
  }
  return out;
}

export const softwareEscalateJob = definePeriodicJob({
  kind: "software.escalate_overdue",
  nextRunAt: (now) => nextDailyAt(now, 8, 30),
  async run({ tx, now, profile }) {
    await escalateOverdue(tx, await profile(), now);
  },
});
