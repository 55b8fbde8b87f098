import { sql } from "drizzle-orm";
import type { Duty } from "../../../common/duties";
import type { DbOrTx } from "../../db/client";
import { jstDateSql, rowsOf } from "../../db/sql";
import type { Actor } from "../../http/context";
import { notFound } from "../../http/errors";
import type { Profile } from "../../profile";
import type { InspectionScopeT } from "../../profile/assurance-schema";
import { reportedScopes, respondentSheetsSql, type SheetRef, sheetVisibilitySql } from "./access";

import { personNames, unitsByIds } from "./directory";

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
    respondentDuty: (scope?.respondent_duty as Duty | undefined) ?? null,
    // A scope removed from the profile: only the office and all-readers keep access.
    reportToDuty: (scope?.report_to_duty as Duty | undefined) ?? "chief_information_security_officer",
    campaignOpen: row.campaign_status === "open",
  };
}

const SHEET_SELECT = sql`
  select s.id, s.campaign_id, s.unit_kind, s.person_id, s.department_id, s.bureau_id, s.item_count,
    s.answered_count, s.no_count, s.status, s.submitted_at, s.late,
    c.scope_key, c.fiscal_year, c.due_date::text as due_date, c.status as campaign_status, c.title as campaign_title, c.clause
  from assurance_sheets s
  join assurance_campaigns c on c.id = s.campaign_id`;

/** Unit and person names from the directory (one lookup each for the whole page). */
async function withNames(db: DbOrTx, rows: SheetRow[]): Promise<SheetRow[]> {
  const units = await unitsByIds(db, [
    ...new Set(rows.flatMap((r) => [r.department_id, r.bureau_id]).filter((x): x is string => !!x)),
  ]);
  const people = await personNames(
    db,
    rows.map((r) => r.person_id).filter((x): x is string => !!x),
  );
  return rows.map((r) => ({
    ...r,
    unit_name: units.get(r.department_id ?? "")?.name ?? units.get(r.bureau_id ?? "")?.name ?? null,
    person_name: r.person_id ? (people.get(r.person_id) ?? null) : null,
  }));
}

export async function loadSheet(db: DbOrTx, profileId: string, id: string, lock = false): Promise<SheetRow> {
  const rows = rowsOf<SheetRow>(
    await db.execute(
      sql`${SHEET_SELECT} where s.id = ${id}::uuid and c.profile_id = ${profileId}${lock ? sql` for update of s` : sql``}`,
    ),
  );
  if (!rows[0]) throw notFound({ ja: "点検票", en: "The inspection sheet" });
  return (await withNames(db, rows))[0];
}

/** The questions of a sheet with its answers and how many evidence files each answer has. */
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
    files: number;
    finding_id: string | null;
  }>(
    await db.execute(sql`
      select ci.item_id, ci.clause_id, ci.question, ci.audience, ci.ordinal,
        a.id as answer_id, a.value, a.comment, a.answered_at, a.late,
        (select count(*)::int from assurance_files f where f.owner_type = 'answer' and f.owner_id = a.id) as files,
        (select fi.id from assurance_findings fi where fi.answer_id = a.id) as finding_id
      from assurance_campaign_items ci
      left join assurance_answers a on a.sheet_id = ${sheetId}::uuid and a.item_id = ci.item_id
      where ci.campaign_id = ${campaignId}::uuid
      order by ci.ordinal`),
  );
}

/** Sheets the actor answers in open campaigns: their own, and their units' as respondent. */
export async function mySheets(db: DbOrTx, profile: Profile, actor: Actor): Promise<SheetRow[]> {
  return withNames(
    db,
    rowsOf<SheetRow>(
      await db.execute(sql`${SHEET_SELECT}
        where c.profile_id = ${profile.id} and c.status = 'open' and ${respondentSheetsSql(profile, actor)}
        order by c.due_date, c.scope_key, s.id
        limit 500`),
    ),
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
  return withNames(
    db,
    rowsOf<SheetRow>(
      await db.execute(sql`${SHEET_SELECT}
        where c.profile_id = ${profile.id} and s.campaign_id = ${campaignId}::uuid
          ${unit.departmentId ? sql`and s.department_id = ${unit.departmentId}::uuid` : sql``}
          ${unit.bureauId ? sql`and s.bureau_id = ${unit.bureauId}::uuid` : sql``}
          ${unit.status ? sql`and s.status = ${unit.status}` : sql``}
          and ${sheetVisibilitySql(actor, reportedScopes(profile, actor))}
        order by s.status, s.id
        limit 500`),
    ),
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

/** Progress of a campaign per 局 or 課 among the sheets the actor may read (one grouped query). */
export async function campaignProgress(
  db: DbOrTx,
  profile: Profile,
  actor: Actor,
  campaignId: string,
  by: "bureau" | "department",
  today: string,
  bureauId?: string,
): Promise<ProgressRow[]> {
  const key = by === "bureau" ? sql`s.bureau_id` : sql`s.department_id`;
  const rows = rowsOf<ProgressRow>(
    await db.execute(sql`
      select ${key} as unit_id, count(*)::int as sheets,
          count(*) filter (where s.status = 'submitted')::int as submitted,
          count(*) filter (where s.late)::int as late,
          count(*) filter (where s.status = 'in_progress')::int as in_progress,
          count(*) filter (where s.status = 'not_started')::int as not_started,
          count(*) filter (where s.status <> 'submitted' and c.due_date < ${today}::date)::int as overdue,
          sum(s.answered_count)::int as answers, sum(s.item_count)::int as items, sum(s.no_count)::int as no_answers
        from assurance_sheets s join assurance_campaigns c on c.id = s.campaign_id
        where s.campaign_id = ${campaignId}::uuid and c.profile_id = ${profile.id}
          ${bureauId ? sql`and s.bureau_id = ${bureauId}::uuid` : sql``}
          and ${sheetVisibilitySql(actor, reportedScopes(profile, actor))}
        group by ${key}`),
  );
  const names = await unitsByIds(
    db,
    rows.map((r) => r.unit_id).filter((x): x is string => !!x),
  );
  return rows
    .map((r) => ({ ...r, unit_name: r.unit_id ? (names.get(r.unit_id)?.name ?? null) : null }))
    .sort((a, b) => (a.unit_name ?? "").localeCompare(b.unit_name ?? "", "ja"));
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
