import { type SQL, sql } from "drizzle-orm";
import type { Duty } from "../../../common/duties";
import type { DbOrTx } from "../../db/client";
import { jstDateSql, rowsOf } from "../../db/sql";
import type { Actor } from "../../http/context";
import { notFound } from "../../http/errors";
import type { Profile } from "../../profile";
import type { InspectionScopeT } from "../../profile/assurance-schema";
import {
  campaignSheetReach,
  reportedScopes,
  respondentSheetsSql,
  type SheetRef,
  sheetVisibilitySql,
  unitsSql,
} from "./access";

import { departmentNameSql, personNameSql } from "./directory";

/** Read by the dashboard and the yearly report; the rule itself lives in access.ts. */
export { reportedScopes };

export interface SheetRow {
  id: string;
  campaign_id: string;
  unit_kind: SheetRef["unitKind"];
  person_id: string | null;
  department_id: string | null;
  bureau_id: string | null;
  item_count: number;
  answered_count: number;
  no_count: number;
  status: "not_started" | "in_progress" | "submitted";
  submitted_at: string | null;
  late: boolean;
  scope_key: string;
  fiscal_year: number;
  due_date: string;
  campaign_status: "open" | "closed";
  campaign_title: string;
  clause: string;
  unit_name: string | null;
  person_name: string | null;
}

export function scopeOf(profile: Profile, key: string): InspectionScopeT | undefined {
  return profile.assurance?.self_inspection.find((s) => s.key === key);
}

export function sheetRef(profile: Profile, row: SheetRow): SheetRef {
  const scope = scopeOf(profile, row.scope_key);
  return {
    unitKind: row.unit_kind,
    personId: row.person_id,
    departmentId: row.department_id,
    bureauId: row.bureau_id,
    respondentDuties: (scope?.respondent_duties as Duty[] | undefined) ?? [],
    // A scope removed from the profile: only the office and all-readers keep access.
    reportToDuty: (scope?.report_to_duty as Duty | undefined) ?? "chief_information_security_officer",
    reportWithinGrant: scope?.report_reach?.within === "grant",
    campaignOpen: row.campaign_status === "open",
  };
}

/** A sheet with its campaign, and the unit's and person's names from the directory (one statement). */
const SHEET_SELECT = sql`
  select s.id, s.campaign_id, s.unit_kind, s.person_id, s.department_id, s.bureau_id, s.item_count,
    s.answered_count, s.no_count, s.status, s.submitted_at, s.late,
    c.scope_key, c.fiscal_year, c.due_date::text as due_date, c.status as campaign_status, c.title as campaign_title, c.clause,
    coalesce(${departmentNameSql(sql`s.department_id`)}, ${departmentNameSql(sql`s.bureau_id`)}) as unit_name,
    ${personNameSql(sql`s.person_id`)} as person_name
  from assurance_sheets s
  join assurance_campaigns c on c.id = s.campaign_id`;

export async function loadSheet(db: DbOrTx, profileId: string, id: string, lock = false): Promise<SheetRow> {
  const rows = rowsOf<SheetRow>(
    await db.execute(
      sql`${SHEET_SELECT} where s.id = ${id}::uuid and c.profile_id = ${profileId}${lock ? sql` for update of s` : sql``}`,
    ),
  );
  if (!rows[0]) throw notFound({ ja: "点検票", en: "The inspection sheet" });
  return rows[0];
}

export interface EvidenceFile {
  id: string;
  ownerId: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  /** ISO 8601 in UTC, as Date.toISOString() writes it. */
  createdAt: string;
}

/**
 * The questions of a sheet with its answers, each answer's evidence files (metadata) and finding,
 * in one statement: the staff member's form. The files are aggregated once for the sheet's
 * answers that have any (most have none) and joined, rather than a json_agg subquery run for each
 * of the ~40 items, answered or not — that per-row aggregate was most of the form's time (#16).
 */
export async function sheetItems(db: DbOrTx, sheetId: string, campaignId: string) {
  return rowsOf<{
    item_id: string;
    clause_id: string;
    question: string;
    audience: string;
    ordinal: number;
    answer_id: string | null;
    value: string | null;
    comment: string | null;
    answered_at: string | null;
    late: boolean | null;
    files: EvidenceFile[];
    finding_id: string | null;
  }>(
    await db.execute(sql`
      select ci.item_id, ci.clause_id, ci.question, ci.audience, ci.ordinal,
        a.id as answer_id, a.value, a.comment, a.answered_at, a.late,
        coalesce(fl.files, '[]'::json) as files, fi.id as finding_id
      from assurance_campaign_items ci
      left join assurance_answers a on a.sheet_id = ${sheetId}::uuid and a.item_id = ci.item_id
      left join (
        select f.owner_id, json_agg(json_build_object('id', f.id, 'ownerId', f.owner_id, 'fileName', f.file_name,
            'contentType', f.content_type, 'size', f.size, 'sha256', f.sha256,
            'createdAt', to_char(f.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
            order by f.created_at, f.id) as files
          from assurance_files f
          join assurance_answers fa on fa.id = f.owner_id and fa.sheet_id = ${sheetId}::uuid
          where f.owner_type = 'answer'
          group by f.owner_id
      ) fl on fl.owner_id = a.id
      left join assurance_findings fi on fi.answer_id = a.id
      where ci.campaign_id = ${campaignId}::uuid
      order by ci.ordinal`),
  );
}

/**
 * 局点検: the bureau's sheets of the same 年度 in the scopes this sheet confirms, per campaign,
 * from the kept tallies (the bureau's rows, not its sheets).
 */
export async function sheetConfirmations(db: DbOrTx, profile: Profile, sheet: SheetRow) {
  const scope = scopeOf(profile, sheet.scope_key);
  if (!scope?.confirms.length || !sheet.bureau_id) return [];
  const keys = sql.join(
    scope.confirms.map((k) => sql`${k}`),
    sql`, `,
  );
  return rowsOf<{
    scope_key: string;
    title: string;
    sheets: number;
    submitted: number;
    late: number;
    no_answers: number;
  }>(
    await db.execute(sql`
      select c.scope_key, c.title, sum(t.sheets)::int as sheets, sum(t.submitted)::int as submitted,
        sum(t.late)::int as late, sum(t.no_answers)::int as no_answers
      from assurance_sheet_tallies t join assurance_campaigns c on c.id = t.campaign_id
      where c.profile_id = ${profile.id} and c.fiscal_year = ${sheet.fiscal_year} and c.scope_key in (${keys})
        and t.bureau_id = ${sheet.bureau_id}::uuid
      group by c.scope_key, c.title
      having sum(t.sheets) > 0`),
  );
}

/** Sheets the actor answers in open campaigns: their own, and their units' as respondent. */
export async function mySheets(db: DbOrTx, profile: Profile, actor: Actor): Promise<SheetRow[]> {
  return rowsOf<SheetRow>(
    await db.execute(sql`${SHEET_SELECT}
      where c.profile_id = ${profile.id} and c.status = 'open' and ${respondentSheetsSql(profile, actor)}
      order by c.due_date, c.scope_key, s.id
      limit 500`),
  );
}

/** A unit's sheets of a campaign among those the actor may read (the 課長 / 局長 follow-up list). */
export async function unitSheets(
  db: DbOrTx,
  profile: Profile,
  actor: Actor,
  campaignId: string,
  unit: { departmentId?: string; bureauId?: string; status?: SheetRow["status"] },
): Promise<SheetRow[]> {
  return rowsOf<SheetRow>(
    await db.execute(sql`${SHEET_SELECT}
      where c.profile_id = ${profile.id} and s.campaign_id = ${campaignId}::uuid
        ${unit.departmentId ? sql`and s.department_id = ${unit.departmentId}::uuid` : sql``}
        ${unit.bureauId ? sql`and s.bureau_id = ${unit.bureauId}::uuid` : sql``}
        ${unit.status ? sql`and s.status = ${unit.status}` : sql``}
        and ${sheetVisibilitySql(actor, reportedScopes(profile, actor))}
      order by s.status, s.id
      limit 500`),
  );
}

export interface ProgressRow {
  unit_id: string | null;
  unit_name: string | null;
  sheets: number;
  submitted: number;
  late: number;
  in_progress: number;
  not_started: number;
  overdue: number;
  answers: number;
  items: number;
  no_answers: number;
}

/** What progress needs of a campaign (the route has loaded it, within the active profile). */
export interface CampaignKey {
  id: string;
  scopeKey: string;
  dueDate: string;
}

/**
 * Progress of a campaign per 局 or 課 among the sheets the actor may read, in one statement over
 * the kept tallies (assurance_sheet_tallies, one row per 局 and 課): every unit's row when the
 * actor reads every sheet, else the rows of the units they head plus their own sheet when it lies
 * outside those units (campaignSheetReach: the read rule of sheetVisibilitySql for this campaign).
 * A 20,000-sheet campaign is read as its few dozen unit rows, not its sheets.
 */
export async function campaignProgress(
  db: DbOrTx,
  profile: Profile,
  actor: Actor,
  campaign: CampaignKey,
  by: "bureau" | "department",
  today: string,
  bureauId?: string,
): Promise<ProgressRow[]> {
  const reach = campaignSheetReach(actor, reportedScopes(profile, actor), campaign.scopeKey);
  const inBureau = (alias: string) =>
    bureauId ? sql`and ${sql.raw(alias)}.bureau_id = ${bureauId}::uuid` : sql``;
  const tallies = sql`select t.bureau_id, t.department_id, t.sheets, t.submitted, t.late, t.in_progress,
      t.not_started, t.answers, t.items, t.no_answers
    from assurance_sheet_tallies t
    where t.campaign_id = ${campaign.id}::uuid ${inBureau("t")}`;
  let source: SQL;
  if (reach.all) source = tallies;
  else {
    // The actor's own sheet, counted one by one unless a headed unit's row already holds it.
    const ownSheet = sql`select s.bureau_id, s.department_id, 1, (s.status = 'submitted')::int, s.late::int,
        (s.status = 'in_progress')::int, (s.status = 'not_started')::int, s.answered_count, s.item_count, s.no_count
      from assurance_sheets s
      where s.campaign_id = ${campaign.id}::uuid and s.person_id = ${actor.personId}::uuid ${inBureau("s")}`;
    source = reach.heads.length
      ? sql`${tallies} and ${unitsSql("t", reach.heads)}
          union all ${ownSheet} and not coalesce(${unitsSql("s", reach.heads)}, false)`
      : ownSheet;
  }
  const key = by === "bureau" ? sql`x.bureau_id` : sql`x.department_id`;
  const overdue = campaign.dueDate < today ? sql`sum(x.sheets) - sum(x.submitted)` : sql`0`;
  const rows = rowsOf<ProgressRow>(
    await db.execute(sql`
      select ${key} as unit_id, ${departmentNameSql(key)} as unit_name,
          sum(x.sheets)::int as sheets, sum(x.submitted)::int as submitted, sum(x.late)::int as late,
          sum(x.in_progress)::int as in_progress, sum(x.not_started)::int as not_started,
          (${overdue})::int as overdue, sum(x.answers)::int as answers, sum(x.items)::int as items,
          sum(x.no_answers)::int as no_answers
        from (${source}) x (bureau_id, department_id, sheets, submitted, late, in_progress, not_started,
          answers, items, no_answers)
        group by ${key}
        having sum(x.sheets) > 0`),
  );
  return rows.sort((a, b) => (a.unit_name ?? "").localeCompare(b.unit_name ?? "", "ja"));
}

/** Per item: how a campaign was answered (the summary per item). */
export async function itemSummary(db: DbOrTx, profile: Profile, actor: Actor, campaignId: string) {
  return rowsOf<{
    item_id: string;
    clause_id: string;
    question: string;
    yes: number;
    partial: number;
    no: number;
    na: number;
  }>(
    await db.execute(sql`
      select ci.item_id, ci.clause_id, ci.question,
        count(*) filter (where a.value = 'yes')::int as yes,
        count(*) filter (where a.value = 'partial')::int as partial,
        count(*) filter (where a.value = 'no')::int as no,
        count(*) filter (where a.value = 'na')::int as na
      from assurance_campaign_items ci
      left join (
        select a.item_id, a.value from assurance_answers a
        join assurance_sheets s on s.id = a.sheet_id join assurance_campaigns c on c.id = s.campaign_id
        where s.campaign_id = ${campaignId}::uuid and ${sheetVisibilitySql(actor, reportedScopes(profile, actor))}
      ) a on a.item_id = ci.item_id
      where ci.campaign_id = ${campaignId}::uuid
      group by ci.item_id, ci.clause_id, ci.question, ci.ordinal
      order by ci.ordinal`),
  );
}

/** The JST day a finding (alias `f`) was recorded: its age counts from it. */
export const FINDING_CREATED_DAY = jstDateSql(sql`f.created_at`);
