/**
 * External services as the screens show them: status, path and its clause, the request, the
 * checks and the next one due. The list pages in SQL (visibility, search, category, 課, ended or
 * not) with the total counted in the same statement, and asks the requests face where the page's
 * requests stand. Only a filter on a status that depends on the request (承認待ち, 不承認, 利用中)
 * or on the next check's due date is decided after that answer, over the services the SQL
 * filters leave (a few hundred at Kawasaki scale).
 */

import { type SQL, sql } from "drizzle-orm";
import { todayJst } from "../../../common/calendar";
import {
  EXTERNAL_SERVICE_CATEGORY_LABELS,
  EXTERNAL_SERVICE_PHASE_LABELS,
  EXTERNAL_SERVICE_STATUS_LABELS,
  type Label,
} from "../../../common/labels";
import { serialize } from "../../access";
import type { DbOrTx } from "../../db/client";
import { rowsOf } from "../../db/sql";
import { departmentNameSql, departmentNames, personNameSql, personNames } from "../../directory";
import type { Actor } from "../../http/context";
import type { Profile } from "../../profile";
import type { ExternalServiceCategory, ExternalServiceCheckPhase } from "../../profile/suppliers-schema";
import { requestOutcomes } from "../requests";
import { myServicesSql, serviceVisibilitySql } from "./access";
import { loadService, type ServiceRow, serviceState } from "./commands/external-services";
import { clauseLabel } from "./domain/contract";
import { nextCheck, pathFor, pendingBeforeUse, serviceStatus } from "./domain/external-services";
import { levelLabels } from "./presenter";

const CATEGORY: Record<ExternalServiceCategory, Label> = EXTERNAL_SERVICE_CATEGORY_LABELS;
export const STATUS_LABELS = EXTERNAL_SERVICE_STATUS_LABELS;
export const PHASE_LABELS: Record<ExternalServiceCheckPhase, Label> = EXTERNAL_SERVICE_PHASE_LABELS;

function pathView(
  profile: Profile,
  row: Pick<ServiceRow, "category" | "highestLevel" | "path" | "pathClause">,
) {
  const path = pathFor(profile, {
    category: row.category as ExternalServiceCategory,
    highestLevel: row.highestLevel,
  });
  return {
    path,
    view: {
      key: row.path,
      title: path?.title ?? null,
      clause: row.pathClause,
      clauseLabel: clauseLabel(row.pathClause),
    },
  };
}

export async function presentService(db: DbOrTx, actor: Actor, profile: Profile, id: string) {
  const { row, ref } = await loadService(db, id);
  const { outcome, checks, state } = await serviceState(db, row);
  const { path, view } = pathView(profile, row);
  const names = await personNames(db, [
    row.managerPersonId,
    row.createdByPersonId,
    row.consultedByPersonId ?? "",
    ...checks.map((c) => c.checkedByPersonId),
  ]);
  const nameOf = (pid: string | null) => (pid ? (names.get(pid) ?? null) : null);
  const depts = await departmentNames(db, [row.departmentId]);
  const status = path ? serviceStatus(path, state) : "requested";
  return {
    ...row,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    departmentName: depts.get(row.departmentId) ?? null,
    categoryLabel: CATEGORY[row.category as ExternalServiceCategory],
    highestLevelLabel: row.highestLevel
      ? levelLabels(profile, [row.highestLevel])[0]
      : { ja: "機密性の区分に当たる情報なし", en: "None of the guarded levels" },
    managerName: nameOf(row.managerPersonId),
    createdByName: nameOf(row.createdByPersonId),
    consultedByName: nameOf(row.consultedByPersonId),
    pathInfo: {
      ...view,
      needs: path
        ? {
            approval: path.approval,
            termsCheck: path.terms_check,
            necessityReason: path.necessity_reason,
            consultation: path.consultation,
            checks: path.checks,
          }
        : null,
    },
    request: outcome
      ? { id: outcome.id, number: outcome.number, status: outcome.status, decidedAt: outcome.decidedAt }
      : null,
    status,
    statusLabel: STATUS_LABELS[status],
    blockers: path
      ? pendingBeforeUse(path, state).map((b) => ({ ...b, clauseLabel: clauseLabel(b.clause) }))
      : [],
    nextCheck: path ? withLabel(nextCheck(profile, path, state)) : null,
    checks: checks.map((c) => ({
      ...c,
      createdAt: c.createdAt.toISOString(),
      phaseLabel: PHASE_LABELS[c.phase as ExternalServiceCheckPhase],
      checkedByName: nameOf(c.checkedByPersonId),
    })),
    policies: serialize(actor, "external_service", ref),
  };
}

function withLabel(d: { phase: ExternalServiceCheckPhase; dueOn: string } | null) {
  return d ? { ...d, phaseLabel: PHASE_LABELS[d.phase] } : null;
}

export interface ServiceFilter {
  q?: string;
  status?: "requested" | "refused" | "in_use" | "terminated";
  category?: ExternalServiceCategory;
  departmentId?: string;
  view: "all" | "mine" | "checks_due";
  limit: number;
  offset: number;
}

export async function listServices(db: DbOrTx, actor: Actor, profile: Profile, f: ServiceFilter, now: Date) {
  const conds: SQL[] = [serviceVisibilitySql(actor)];
  if (f.q) conds.push(sql`(s.name ilike ${`%${f.q}%`} or s.provider ilike ${`%${f.q}%`})`);
  if (f.category) conds.push(sql`s.category = ${f.category}`);
  if (f.departmentId) conds.push(sql`s.department_id = ${f.departmentId}::uuid`);
  if (f.status === "terminated") conds.push(sql`s.state = 'terminated'`);
  else if (f.status || f.view === "checks_due") conds.push(sql`s.state <> 'terminated'`);
  if (f.view === "mine") conds.push(myServicesSql(actor));
  // Ended is the row's own state; the other statuses and the due check need the request's outcome.
  const pagedInSql = (!f.status || f.status === "terminated") && f.view !== "checks_due";
  const rows = rowsOf<{
    total: number;
    id: string;
    name: string;
    provider: string;
    category: string;
    highestLevel: string | null;
    path: string;
    pathClause: string;
    departmentId: string;
    departmentName: string | null;
    managerPersonId: string;
    managerName: string | null;
    requestId: string | null;
    consultedOn: string | null;
    state: string;
    terminatedOn: string | null;
    createdAt: string;
    checks: Array<{ phase: ExternalServiceCheckPhase; checkedOn: string }> | null;
  }>(
    // The page's ids (and the total, counted before the limit) first; names and checks are read
    // for the page only — in one select list they were computed for every row the filters match.
    await db.execute(sql`
      with page as (
        select s.id, s.name, count(*) over ()::int as total
          from external_services s
         where ${sql.join(conds, sql` and `)}
         order by s.name, s.id
         ${pagedInSql ? sql`limit ${f.limit} offset ${f.offset}` : sql``})
      select s.id, s.name, s.provider, s.category, s.highest_level as "highestLevel", s.path, s.path_clause as "pathClause",
             s.department_id as "departmentId", ${departmentNameSql(sql`s.department_id`)} as "departmentName",
             s.manager_person_id as "managerPersonId", ${personNameSql(sql`s.manager_person_id`)} as "managerName",
             s.request_id as "requestId", s.consulted_on::text as "consultedOn", s.state, s.terminated_on::text as "terminatedOn",
             s.created_at::text as "createdAt", page.total,
             (select json_agg(json_build_object('phase', k.phase, 'checkedOn', k.checked_on::text))
                from external_service_checks k where k.service_id = s.id) as checks
        from page join external_services s on s.id = page.id
       order by page.name, page.id`),
  );
  const outcomes = await requestOutcomes(
    db,
    rows.map((r) => r.requestId).filter((x): x is string => !!x),
  );
  const today = todayJst(now);
  const all = rows.map((r) => {
    const o = r.requestId ? outcomes.get(r.requestId) : undefined;
    const state = {
      approved: r.requestId ? !!o?.approved : true,
      refused: !!o && ["rejected", "cancelled", "expired"].includes(o.status),
      consultedOn: r.consultedOn,
      approvedOn: o?.decidedAt ? o.decidedAt.slice(0, 10) : r.requestId ? null : r.createdAt.slice(0, 10),
      terminated: r.state === "terminated",
      checks: r.checks ?? [],
    };
    const { path } = pathView(profile, { ...r });
    const status = path ? serviceStatus(path, state) : "requested";
    const due = path ? nextCheck(profile, path, state) : null;
    const { checks: _c, createdAt: _t, total: _n, ...rest } = r;
    return {
      ...rest,
      categoryLabel: CATEGORY[r.category as ExternalServiceCategory],
      highestLevelLabel: r.highestLevel ? levelLabels(profile, [r.highestLevel])[0] : null,
      pathTitle: path?.title ?? null,
      pathClauseLabel: clauseLabel(r.pathClause),
      requestNumber: o?.number ?? null,
      status,
      statusLabel: STATUS_LABELS[status],
      nextCheck: withLabel(due),
      checkOverdue: !!due && due.dueOn < today,
    };
  });
  if (pagedInSql) {
    // An offset past the end returns no row and so no count: count what the filters match.
    const total = rows[0]?.total ?? (f.offset > 0 ? await countServices(db, conds) : 0);
    return { total, items: all };
  }
  const filtered = all.filter(
    (s) =>
      (!f.status || s.status === f.status) &&
      (f.view !== "checks_due" || (!!s.nextCheck && s.nextCheck.dueOn <= today)),
  );
  return { total: filtered.length, items: filtered.slice(f.offset, f.offset + f.limit) };
}

async function countServices(db: DbOrTx, conds: SQL[]) {
  const [row] = rowsOf<{ n: number }>(
    await db.execute(
      sql`select count(*)::int as n from external_services s where ${sql.join(conds, sql` and `)}`,
    ),
  );
  return row?.n ?? 0;
}
