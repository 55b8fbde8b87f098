/**
 * The requests module's face (DESIGN.md §4 rule 4): the only file another module may import.
 * A request the viewer may not open (or that does not exist) comes back as `{ id, hidden: true }`,
 * never its number or kind.
 */

import { type SQL, sql } from "drizzle-orm";
import type { AuditRecordFace } from "../../audit/faces";
import type { DbOrTx } from "../../db/client";
import { rowsOf, selectRows, uuidArraySql } from "../../db/sql";
import { departmentNameSql, personNameSql } from "../../directory";
import type { Actor } from "../../http/context";
import { requestVisibilitySql } from "./access";

export { dashboardCounts, overviewFigures } from "./dashboard";

/** Shown instead of a hidden request (ja / en). */
export const HIDDEN_REQUEST_LABEL = {
  ja: "閲覧権限のない申請",
  en: "Request you may not view",
} as const;

export type RequestLabel =
  | { id: string; hidden: false; number: number; kind: string }
  | { id: string; hidden: true };

/** Labels of these requests for the viewer, by id (every id present; hidden when not readable). */
export async function requestLabels(
  db: DbOrTx,
  actor: Actor,
  ids: ReadonlyArray<string | null | undefined>,
): Promise<Map<string, RequestLabel>> {
  const unique = [...new Set(ids.filter((x): x is string => !!x))];
  const out = new Map<string, RequestLabel>(unique.map((id) => [id, { id, hidden: true }]));
  if (!unique.length) return out;
  const rows = await selectRows<{ id: string; number: number; kind: string }>(
    db,
    sql`select r.id, r.number, r.kind from requests r where r.id = any(${uuidArraySql(unique)}) and ${requestVisibilitySql(actor)}`,
  );
  for (const r of rows) out.set(r.id, { id: r.id, hidden: false, number: Number(r.number), kind: r.kind });
  return out;
}

/**
 * Rows of the carry-out / bring-in register (持ち出し・持ち込み記録, kept by this module) matching
 * `conds` over the alias `l` (the caller's visibility and filters), newest first. The request
 * number is given only when the viewer may open the request; the asset is named by id and by the
 * label written at the time — the caller shows it through the assets face.
 */
export async function carryOutLog(db: DbOrTx, actor: Actor, conds: SQL[], limit: number) {
  const rows = await selectRows<Record<string, unknown>>(
    db,
    sql`
    select l.id, l.seq, l.request_id, l.asset_id, l.asset_label, l.event,
           l.department_id, ${departmentNameSql(sql`l.department_id`)} as department_name,
           l.person_id, ${personNameSql(sql`l.person_id`)} as person_name,
           l.destination, l.purpose, l.due_at, l.occurred_at, l.note, l.corrects_id,
           ${personNameSql(sql`l.recorded_by_person_id`)} as recorded_by_name, l.recorded_at
    from carry_out_log l
    where ${sql.join(conds, sql` and `)}
    order by l.occurred_at desc, l.seq desc
    limit ${limit}`,
  );
  const labels = await requestLabels(
    db,
    actor,
    rows.map((r) => r.request_id as string | null),
  );
  return rows.map((r) => {
    const label = r.request_id ? labels.get(r.request_id as string) : undefined;
    const row: Record<string, unknown> = {
      ...r,
      request_number: label && !label.hidden ? label.number : null,
    };
    return row;
  });
}

/** How the audit log shows requests (server/audit/faces.ts). */
export const requestAuditFace: AuditRecordFace = {
  targetType: "request",
  idKeys: ["requestId", "sourceRequestId"],
  describingKeys: ["number", "requestNumber", "title"],
  hiddenLabel: HIDDEN_REQUEST_LABEL,
  async read(db, actor, profile, ids) {
    const labels = await requestLabels(db, actor, ids);
    const hidden = new Set<string>();
    const names = new Map<string, string>();
    for (const l of labels.values())
      if (l.hidden) hidden.add(l.id);
      else
        names.set(
          l.id,
          `申請 No.${l.number}（${profile.request_kinds.find((k) => k.key === l.kind)?.title.ja ?? "申請"}）`,
        );
    return { hidden, names };
  },
};

/** What another module does, in the approving transaction, when a request of a kind is approved. */
export {
  type ApprovalEffect,
  type ApprovedRequest,
  registerApprovalEffect,
} from "./commands/approval-effects";
export type { Requester } from "./commands/evaluate";
/** Filing a request with another module's record, and reading where requests stand (no viewer). */
export { fileRequest, type RequestOutcome, requestOutcomes } from "./commands/file";
/** How a module that files requests with its own record rebuilds them when they are resubmitted. */
export { type Refiler, type Refiling, registerRefiler } from "./commands/refilers";
/**
 * Requests these people made that are still open (submitted, approved, in effect — a carried-out
 * asset not yet returned, an exception not yet post-reported): what a leaver leaves for the old
 * 課's manager to take over (西原村 6.1(1)⑧). Labels are the viewer's: a hidden request is counted,
 * never described.
 */
export async function openRequestsOf(
  db: DbOrTx,
  actor: Actor,
  personIds: readonly string[],
): Promise<Array<{ personId: string; label: RequestLabel }>> {
  if (!personIds.length) return [];
  const rows = await selectRows<{ id: string; personId: string }>(
    db,
    sql`select r.id, r.requester_person_id as "personId" from requests r
        where r.requester_person_id = any(${uuidArraySql([...new Set(personIds)])}) and r.status in ('submitted', 'approved', 'in_effect')
        order by r.number`,
  );
  const labels = await requestLabels(
    db,
    actor,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    personId: r.personId,
    label: labels.get(r.id) ?? { id: r.id, hidden: true },
  }));
}

/** The yearly report (年次報告): this module's section and the records behind its figures. */
export { requestYearlyRecords, requestYearlySection } from "./yearly";
/** A request as another module checks it as evidence (no viewer: the caller authorizes its own record). */
export interface RequestEvidence {
  id: string;
  number: number;
  kind: string;
  status: string;
  /** Approved and not over: approved, in effect or completed. */
  approved: boolean;
  fields: Record<string, unknown>;
  /** The assets the request names (e.g. the system whose privilege a deputy takes over). */
  assetIds: string[];
  startsAt: Date | null;
  endsAt: Date | null;
}

/** The request with this number, or null (e.g. the 特権代行者 request naming a deputy of a privileged ID). */
export async function requestByNumber(db: DbOrTx, number: number): Promise<RequestEvidence | null> {
  const res = rowsOf<
    Omit<RequestEvidence, "approved" | "startsAt" | "endsAt" | "assetIds"> & {
      startsAt: unknown;
      endsAt: unknown;
      assetIds: string[] | null;
    }
  >(
    await db.execute(
      sql`select r.id, r.number, r.kind, r.status, r.fields, r.starts_at as "startsAt", r.ends_at as "endsAt",
                 (select array_agg(ra.asset_id::text order by ra.asset_id) from request_assets ra
                   where ra.request_id = r.id) as "assetIds"
          from requests r where r.number = ${number}`,
    ),
  );
  const r = res[0];
  if (!r) return null;
  const at = (v: unknown) => (v ? new Date(v as string) : null);
  return {
    ...r,
    number: Number(r.number),
    assetIds: r.assetIds ?? [],
    approved: ["approved", "in_effect", "completed"].includes(r.status),
    startsAt: at(r.startsAt),
    endsAt: at(r.endsAt),
  };
}
