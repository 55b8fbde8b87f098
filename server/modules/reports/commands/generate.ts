/**
 * Generates a yearly report (年次報告) for a 年度 from a snapshot frozen at its date: each
 * module's figures with the ids of the records they count, the breakdowns, and the audit log's
 * signed head (kept as a checkpoint) as evidence of integrity — all stored in one transaction with
 * the audit event, and never changed afterwards (triggers refuse it).
 */
import { sql } from "drizzle-orm";
import { todayJst } from "../../../../common/calendar";
import type { Duty } from "../../../../common/duties";
import { authorize } from "../../../access";
import { exportSignedHead, printableHead } from "../../../audit/anchor";
import { recordEvent } from "../../../audit/record";
import type { Db } from "../../../db/client";
import { rowsOf } from "../../../db/sql";
import type { RequestContext } from "../../../http/context";
import { conflict, fieldError } from "../../../http/errors";
import type { Profile } from "../../../profile";
import type { YearlyReportRuleT } from "../../../profile/reports-schema";
import { defaultSnapshotDate, reportPeriod } from "../domain/period";
import { yearlyReports } from "../tables";
import { yearlySections } from "./sections";

export function yearlyRule(profile: Profile): YearlyReportRuleT {
  const rule = profile.reports?.yearly;
  if (!rule)
    throw conflict(
      "not_configured",
      "このプロファイルには年次報告の定めがありません。",
      "This profile defines no yearly report.",
    );
  return rule;
}

export function ruleRef(rule: YearlyReportRuleT, state: "draft" | "approved" = "draft") {
  return { preparedBy: rule.prepared_by as Duty, approverDuty: rule.approver_duty as Duty, state };
}

export interface GenerateInput {
  fiscalYear: number;
  asOf?: string;
}

export async function generateYearlyReport(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  input: GenerateInput,
  now: Date,
) {
  const rule = yearlyRule(profile);
  const actor = authorize(ctx.actor, "generate", "yearly_report", ruleRef(rule));
  const asOf = input.asOf ?? defaultSnapshotDate(input.fiscalYear, rule.default_snapshot);
  const checked = reportPeriod(input.fiscalYear, asOf);
  if (!checked.ok)
    throw fieldError(
      "asOf",
      `基準日は${input.fiscalYear}年度（${input.fiscalYear}年4月1日〜${input.fiscalYear + 1}年3月31日）の日付にしてください。`,
      `The snapshot date must lie within the fiscal year ${input.fiscalYear} (April 1 to March 31).`,
    );
  if (asOf > todayJst(now))
    throw fieldError(
      "asOf",
      "基準日は今日以前の日付にしてください（まだ来ていない日の記録は固定できません）。",
      "The snapshot date must be today or earlier (a day still to come cannot be frozen).",
    );
  const period = checked.period;
  return db.transaction(async (tx) => {
    const sections = await yearlySections(tx, period, profile);
    const head = await exportSignedHead(tx, now);
    const organizationName = profile.organization.name;
    const [report] = await tx
      .insert(yearlyReports)
      .values({
        profileId: profile.id,
        fiscalYear: period.fiscalYear,
        asOf,
        rule: rule as unknown as Record<string, unknown>,
        organizationName,
        tables: sections.flatMap((s) => s.tables.map((t) => ({ ...t, module: s.module }))),
        signedHead: head ? { ...head, printable: printableHead(head, organizationName) } : null,
        generatedByPersonId: actor.personId,
        generatedAt: now,
      })
      .returning();
    // Each figure counted and its ids frozen by one INSERT … SELECT: the ids (up to 200,000 for a
    // figure at Kawasaki scale) go from the module's table into the report's row inside the
    // database and never through the server's memory.
    const figures: Array<{ key: string; count: number }> = [];
    let ordinal = 0;
    for (const s of sections)
      for (const f of s.figures) {
        const [row] = rowsOf<{ key: string; count: number }>(
          await tx.execute(sql`
            insert into yearly_report_figures (report_id, module, key, ordinal, label, count, record_ids)
            select ${report.id}::uuid, ${s.module}, ${f.key}, ${ordinal++}, ${JSON.stringify(f.label)}::jsonb,
                   count(*)::int, coalesce(array_agg(r.id), '{}'::uuid[])
              from (${f.records}) r
            returning key, count`),
        );
        figures.push(row);
      }
    await recordEvent(
      tx,
      ctx,
      {
        type: "report.yearly_generated",
        targetType: "yearly_report",
        targetId: report.id,
        data: {
          fiscalYear: period.fiscalYear,
          asOf,
          required: rule.required,
          figures: Object.fromEntries(figures.map((f) => [f.key, f.count])),
          signedHeadSeq: head?.seq ?? null,
          clause: rule.clause,
        },
      },
      now,
    );
    return report;
  });
}
