/**
 * The one place this module reads the asset register and the directory. Until the assets face
 * (`modules/assets/index.ts`, platform issue) lands, it reads the few columns it needs in SQL —
 * switching to the face changes this file only. Labels follow the face's rule: an asset at the
 * top confidentiality level is returned as hidden ({ id, hidden: true }), never its number or name.
 */
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import type { Profile } from "../../profile";
import { isTopLevel } from "../../profile/classification";

const rowsOf = <T>(res: unknown) => (res as { rows: T[] }).rows;

export interface HostAsset {
  id: string;
  kind: string;
  departmentId: string;
  bureauId: string | null;
  custodianPersonId: string | null;
}

export type AssetLabel =
  | { id: string; hidden: true }
  | { id: string; hidden: false; number: string; name: string; kind: string };

/** Systems and devices may carry software; nothing else of the register does. */
export const HOST_KINDS = ["system", "device"] as const;

/** The system or device an installation is registered on (null when absent, disposed or not a host). */
export async function hostAsset(db: DbOrTx, assetId: string): Promise<HostAsset | null> {
  const r = await db.execute(sql`
    select a.id, a.kind, a.department_id, d.parent_id as bureau_id, a.custodian_person_id
      from assets a left join departments d on d.id = a.department_id
     where a.id = ${assetId}::uuid and a.kind in ('system', 'device') and a.status <> 'disposed'`);
  const row = rowsOf<Record<string, string | null>>(r)[0];
  return row
    ? {
        id: String(row.id),
        kind: String(row.kind),
        departmentId: String(row.department_id),
        bureauId: row.bureau_id,
        custodianPersonId: row.custodian_person_id,
      }
    : null;
}

/** Labels for asset ids, hidden for top-level assets. */
export async function assetLabels(
  db: DbOrTx,
  profile: Profile,
  ids: readonly string[],
): Promise<Map<string, AssetLabel>> {
  const out = new Map<string, AssetLabel>();
  const unique = [...new Set(ids)];
  if (!unique.length) return out;
  const r = await db.execute(sql`
    select id, asset_number, name, kind, effective_confidentiality
      from assets where id in (${sql.join(
        unique.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`);
  const scheme = profile.classification.confidentiality;
  for (const row of rowsOf<Record<string, string | null>>(r)) {
    const id = String(row.id);
    const top = isTopLevel(scheme, row.effective_confidentiality);
    out.set(
      id,
      top
        ? { id, hidden: true }
        : {
            id,
            hidden: false,
            number: String(row.asset_number),
            name: String(row.name),
            kind: String(row.kind),
          },
    );
  }
  for (const id of unique) if (!out.has(id)) out.set(id, { id, hidden: true });
  return out;
}

/** Display names of people (the directory's names, until its face is in place). */
export async function personNames(db: DbOrTx, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((x): x is string => !!x))];
  if (!unique.length) return new Map();
  const r = await db.execute(
    sql`select id, name from people where id in (${sql.join(
      unique.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`,
  );
  return new Map(rowsOf<{ id: string; name: string }>(r).map((p) => [p.id, p.name]));
}

/** Department names. */
export async function departmentNames(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const r = await db.execute(
    sql`select id, name from departments where id in (${sql.join(
      unique.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`,
  );
  return new Map(rowsOf<{ id: string; name: string }>(r).map((p) => [p.id, p.name]));
}

/** The bureau above a department. */
export async function bureauOf(db: DbOrTx, departmentId: string): Promise<string | null> {
  const r = await db.execute(sql`select parent_id from departments where id = ${departmentId}::uuid`);
  return rowsOf<{ parent_id: string | null }>(r)[0]?.parent_id ?? null;
}
