/**
 * The owners' daily digest (#19 item 5: "a daily digest per owner"; 西原村 7.6(1), 川崎市 第8章8(7)):
 * every morning each person with open vulnerability tasks gets ONE notice summing up their to-do
 * list — how many are open, new since yesterday, still unconfirmed, due within the week and
 * overdue — instead of having to open the list to find out. "Their tasks" is the task list's own
 * rule (access.ts `isMatchTask`): the tasks they own, and for the holders of the 課's asset duties
 * the tasks of its installations without a named owner. Runs at 07:50 JST, before the mail
 * digest at 08:00, so someone who chose the mail digest finds it in the same morning's mail.
 * Recipients told the same figures share one notify call; the counting is one grouped statement.
 */
import { sql } from "drizzle-orm";
import { addDays, todayJst } from "../../../../common/calendar";
import { recordEvent } from "../../../audit/record";
import type { DbOrTx } from "../../../db/client";
import { rowsOf } from "../../../db/sql";
import { holderFacts, matchHolders, parentUnitSql } from "../../../directory";
import { definePeriodicJob, nextDailyAt } from "../../../jobs";
import { defineKindTexts, notify } from "../../../notify";
import type { Profile } from "../../../profile";
import { TASK_DUTIES } from "../access";

defineKindTexts("software", {
  task_digest: { ja: "脆弱性対応の日次まとめ", en: "Daily summary of your vulnerability tasks" },
});

/** Days ahead that count as "due soon" in the digest. */
export const DUE_SOON_DAYS = 7;

export interface TaskFigures {
  open: number;
  fresh: number;
  unconfirmed: number;
  dueSoon: number;
  overdue: number;
}

/** The digest's in-app text for one set of figures (only figures above zero are named). */
export function digestMessage(f: TaskFigures): { ja: string; en: string } {
  const ja = [`未完了の脆弱性対応が ${f.open} 件あります`];
  const en = [`You have ${f.open} open vulnerability tasks`];
  const parts: Array<[number, string, string]> = [
    [f.fresh, "新規", "new since yesterday"],
    [f.unconfirmed, "未確認", "unconfirmed"],
    [f.dueSoon, `${DUE_SOON_DAYS}日以内に期限`, `due within ${DUE_SOON_DAYS} days`],
    [f.overdue, "期限超過", "overdue"],
  ];
  const shown = parts.filter(([n]) => n > 0);
  if (shown.length) {
    ja.push(`（${shown.map(([n, j]) => `${j} ${n} 件`).join("、")}）`);
    en.push(` (${shown.map(([n, , e]) => `${n} ${e}`).join(", ")})`);
  }
  return { ja: `${ja.join("")}。`, en: `${en.join("")}.` };
}

export async function sendTaskDigests(
  tx: DbOrTx,
  profile: Profile,
  now: Date,
): Promise<{ recipients: number; tasks: number }> {
  if (!profile.software?.vulnerabilities) return { recipients: 0, tasks: 0 };
  const today = todayJst(now);
  const soon = addDays(today, DUE_SOON_DAYS);
  const since = new Date(now.getTime() - 24 * 3600 * 1000);
  // One row per owner, and per 課 for the tasks without a named owner.
  const groups = rowsOf<{
    owner: string | null;
    department: string | null;
    bureau: string | null;
    open: number;
    fresh: number;
    unconfirmed: number;
    dueSoon: number;
    overdue: number;
  }>(
    await tx.execute(sql`
      select g.owner, g.department, case when g.department is null then null else ${parentUnitSql(sql`g.department`)} end as bureau,
             g.open, g.fresh, g.unconfirmed, g."dueSoon", g.overdue
        from (select m.owner_person_id as owner,
                     case when m.owner_person_id is null then m.department_id end as department,
                     count(*)::int as open,
                     count(*) filter (where m.first_matched_at > ${since})::int as fresh,
                     count(*) filter (where m.state = 'unconfirmed')::int as unconfirmed,
                     count(*) filter (where m.due_on >= ${today}::date and m.due_on <= ${soon}::date)::int as "dueSoon",
                     count(*) filter (where m.due_on < ${today}::date)::int as overdue
                from vuln_matches m
               where not m.stale and m.state in ('unconfirmed', 'in_progress', 'workaround')
               group by 1, 2) g`),
  );
  if (!groups.length) return { recipients: 0, tasks: 0 };
  const figures = new Map<string, TaskFigures>();
  const add = (person: string, g: TaskFigures) => {
    const f = figures.get(person) ?? { open: 0, fresh: 0, unconfirmed: 0, dueSoon: 0, overdue: 0 };
    for (const k of Object.keys(f) as Array<keyof TaskFigures>) f[k] += g[k];
    figures.set(person, f);
  };
  const unowned = groups.filter((g) => g.owner === null && g.department !== null);
  const facts = unowned.length ? await holderFacts(tx, profile, TASK_DUTIES, now) : null;
  for (const g of groups) {
    if (g.owner) {
      add(g.owner, g);
      continue;
    }
    if (!facts || !g.department) continue;
    const to = new Set<string>();
    for (const duty of TASK_DUTIES)
      for (const h of matchHolders(
        profile,
        duty,
        { departmentId: g.department, bureauId: g.bureau },
        facts.assignments,
        facts.deputies,
      ))
        to.add(h.personId);
    for (const p of to) add(p, g);
  }
  // Recipients with the same figures share one notify call.
  const byFigures = new Map<string, { f: TaskFigures; to: string[] }>();
  for (const [person, f] of figures) {
    const key = `${f.open}/${f.fresh}/${f.unconfirmed}/${f.dueSoon}/${f.overdue}`;
    const group = byFigures.get(key);
    if (group) group.to.push(person);
    else byFigures.set(key, { f, to: [person] });
  }
  for (const { f, to } of byFigures.values())
    await notify(tx, {
      to,
      module: "software",
      kind: "task_digest",
      link: "/vulnerabilities",
      now,
      message: digestMessage(f),
    });
  const tasks = groups.reduce((n, g) => n + g.open, 0);
  await recordEvent(
    tx,
    null,
    {
      type: "vulnerability.digest_sent",
      targetType: "vuln_match_digest",
      targetId: today,
      data: { day: today, recipients: figures.size, tasks },
    },
    now,
  );
  return { recipients: figures.size, tasks };
}

export const softwareDigestJob = definePeriodicJob({
  kind: "software.task_digest",
  nextRunAt: (now) => nextDailyAt(now, 7, 50),
  async run({ tx, now, profile }) {
    await sendTaskDigests(tx, await profile(), now);
  },
});
