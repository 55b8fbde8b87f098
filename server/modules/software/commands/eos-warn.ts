/**
 * End of support ahead (#19 item 2; 西原村 7.4(1)⑦, 川崎市 第10章4(3)): once the profile's budget
 * lead time before a product's end of support has begun, the owner of each installation running
 * it is told — early enough to put the replacement into the budget request. Once per installation
 * and date (a corrected end of support warns again), in the transaction that marks it, with its
 * audit event. Runs daily at 08:40 JST.
 */
import { sql } from "drizzle-orm";
import { addMonths, formatDateJa, todayJst } from "../../../../common/calendar";
import { clauseLabel } from "../../../../common/clause-label";
import { recordEvent } from "../../../audit/record";
import type { DbOrTx } from "../../../db/client";
import { rowsOf, uuidListSql } from "../../../db/sql";
import { definePeriodicJob, nextDailyAt } from "../../../jobs";
import { defineKindTexts, notify } from "../../../notify";
import type { Profile } from "../../../profile";
import { warnFrom } from "../domain/end-of-support";

defineKindTexts("software", {
  eos_ahead: { ja: "ソフトウェアのサポート終了が近づいています", en: "Software support is ending" },
});

export async function warnEndOfSupport(tx: DbOrTx, profile: Profile, now: Date): Promise<number> {
  const rule = profile.software?.end_of_support;
  if (!rule) return 0;
  const today = todayJst(now);
  // Candidates within a month past the lead time; then exactly the calendar's rule (warnFrom ≤
  // today), so the day a product is shown as warned and the day its owner is told are the same.
  const horizon = addMonths(today, rule.budget_lead_months + 1);
  const due = rowsOf<{
    id: string;
    owner: string | null;
    department: string;
    vendor: string;
    product: string;
    version: string;
    eos: string;
  }>(
    await tx.execute(sql`
      select i.id, i.owner_person_id as owner, i.department_id as department,
             p.vendor, p.product, p.version, p.end_of_support::text as eos
        from software_installations i join software_products p on p.id = i.product_id
       where i.removed_at is null and i.eos_warned_at is null
         and p.end_of_support is not null and p.end_of_support <= ${horizon}::date
       order by i.id
       for update of i`),
  ).filter((d) => warnFrom(d.eos, rule.budget_lead_months) <= today);
  if (!due.length) return 0;
  for (const d of due) {
    if (!d.owner) continue;
    const name = `${d.vendor} ${d.product} ${d.version}`.trim();
    // The owner reads the clause's label (「基準 第10章4.(3)」), not the profile's id.
    await notify(tx, {
      to: d.owner,
      module: "software",
      kind: "eos_ahead",
      record: { type: "software_installation", id: d.id },
      link: "/vulnerabilities",
      now,
      message: {
        ja: `${name} のサポートは ${formatDateJa(d.eos)} に終了します。更新・移行を予算要求に含めてください（根拠: ${clauseLabel(rule.clause)}）。`,
        en: `Support for ${name} ends on ${d.eos}. Include its replacement in the budget request (clause: ${clauseLabel(rule.clause)}).`,
      },
    });
  }
  const ids = due.map((d) => d.id);
  await tx.execute(
    sql`update software_installations set eos_warned_at = ${now} where id in (${uuidListSql(ids)})`,
  );
  await recordEvent(
    tx,
    null,
    {
      type: "software.eos_warned",
      targetType: "software_installation",
      targetId: ids[0],
      data: { count: ids.length, installationIds: ids.slice(0, 100), clause: rule.clause },
    },
    now,
  );
  return ids.length;
}

export const softwareEosWarnJob = definePeriodicJob({
  kind: "software.warn_end_of_support",
  nextRunAt: (now) => nextDailyAt(now, 8, 40),
  async run({ tx, now, profile }) {
    await warnEndOfSupport(tx, await profile(), now);
  },
});
