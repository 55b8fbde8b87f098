/**
 * The findings board's query, shared by the board (GET /api/assurance/findings) and its export
 * (findings-export.ts, issue 20 item 3), so a file holds exactly the findings the board shows the
 * viewer: the same filters, the same visibility (access.ts's findingVisibilitySql).
 */
import type { z } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { rowsOf } from "../../../db/sql";
import type { Actor } from "../../../http/context";
import { findingVisibilitySql } from "../access";
import { personNames, unitsByIds } from "../directory";
import { FINDING_CREATED_DAY } from "../queries";
import type { FindingsQuery } from "../schema";

export async function listFindings(
  db: DbOrTx,
  actor: Actor,
  profileId: string,
  today: string,
  q: z.infer<typeof FindingsQuery>,
  limit: number,
) {
  const state =
    q.state === "overdue"
      ? sql`f.state <> 'closed' and f.due_date < ${today}::date`
      : q.state === "not_closed"
        ? sql`f.state <> 'closed'`
        : q.state
          ? sql`f.state = ${q.state}`
          : sql`true`;
  return rowsOf<Record<string, string | null>>(
    await db.execute(sql`
    select f.id, f.source, f.origin_finding_id, f.clause_id, f.department_id, f.bureau_id, f.title, f.severity,
      f.owner_person_id, f.due_date::text as due_date, f.state, f.plan_id, f.created_at,
      (f.state <> 'closed' and f.due_date < ${today}::date) as overdue
    from assurance_findings f
    where f.profile_id = ${profileId} and ${findingVisibilitySql(actor)} and ${state}
      ${q.departmentId ? sql`and f.department_id = ${q.departmentId}::uuid` : sql``}
      ${q.auditId ? sql`and f.audit_id = ${q.auditId}::uuid` : sql``}
      ${q.createdFrom ? sql`and ${FINDING_CREATED_DAY} >= ${q.createdFrom}::date` : sql``}
      ${q.createdTo ? sql`and ${FINDING_CREATED_DAY} <= ${q.createdTo}::date` : sql``}
    order by f.due_date, f.created_at
    limit ${limit}`),
  );
}

/** Unit and owner names for rows of findings (one directory lookup each). */
export async function withNames<T extends Record<string, unknown>>(db: DbOrTx, rows: T[]) {
  const ids = (key: string) => rows.map((r) => r[key]).filter((x): x is string => typeof x === "string");
  const units = await unitsByIds(db, [...new Set([...ids("department_id"), ...ids("bureau_id")])]);
  const people = await personNames(db, ids("owner_person_id"));
  return rows.map((r) => ({
    ...r,
    unit_name:
      units.get(String(r.department_id ?? ""))?.name ?? units.get(String(r.bureau_id ?? ""))?.name ?? null,
    owner_name: people.get(String(r.owner_person_id ?? "")) ?? null,
  }));
}
