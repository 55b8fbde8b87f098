import { randomUUID } from "node:crypto";
import type { SQL } from "drizzle-orm";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import type { Duty } from "../../common/duties";
import type { Db } from "../db/client";
import { selectRows } from "../db/sql";
import type { Actor } from "../http/context";
import { makeDepartment } from "./factories";

/**
 * Worlds for checking an access.ts predicate against its SQL twin over a unit: a small tree (two
 * bureaus, 課 below them, a loose 課 and a 課 nested under a 課) and random actors of it — own 課,
 * grants of the given duties at organization, bureau and 課 scope, some held as deputies.
 */
export interface TwinUnit {
  departmentId: string;
  /** The bureau above the 課 (null for a loose or nested 課, and for a bureau itself). */
  bureauId: string | null;
}

export async function unitTree(db: Db): Promise<TwinUnit[]> {
  const bureaus = [
    await makeDepartment(db, { kind: "bureau" }),
    await makeDepartment(db, { kind: "bureau" }),
  ];
  const units: TwinUnit[] = bureaus.map((b) => ({ departmentId: b.id, bureauId: null }));
  for (const parent of [bureaus[0], bureaus[0], bureaus[1], null]) {
    const d = await makeDepartment(db, { parentId: parent?.id ?? null });
    units.push({ departmentId: d.id, bureauId: parent?.id ?? null });
  }
  const nested = await makeDepartment(db, { parentId: units[2].departmentId });
  units.push({ departmentId: nested.id, bureauId: null });
  return units;
}

/** A random actor of the tree whose grants are drawn from `duties`. */
export function actorOf(units: readonly TwinUnit[], duties: readonly Duty[]): fc.Arbitrary<Actor> {
  const unit = fc.constantFrom(...units);
  const grant = fc.record({
    duty: fc.constantFrom(...duties),
    scope: fc.constantFrom("organization", "bureau", "department") as fc.Arbitrary<
      "organization" | "bureau" | "department"
    >,
    unit,
    deputy: fc.boolean(),
  });
  return fc
    .record({ own: fc.option(unit, { nil: null }), grants: fc.array(grant, { maxLength: 3 }) })
    .map(({ own, grants }) => ({
      userId: randomUUID(),
      personId: randomUUID(),
      loginId: "twin",
      name: "twin",
      departmentId: own?.departmentId ?? null,
      bureauId: own?.bureauId ?? null,
      sessionId: "twin",
      grants: grants.map((g) => ({
        duty: g.duty,
        scope: g.scope,
        scopeDepartmentId:
          g.scope === "organization"
            ? null
            : g.scope === "bureau"
              ? (g.unit.bureauId ?? g.unit.departmentId)
              : g.unit.departmentId,
        roleKey: "twin",
        deputyFor: g.deputy ? randomUUID() : null,
      })),
    }));
}

/** Does the SQL twin keep the row? `where` is evaluated over one row of `columns` (an alias). */
export async function sqlKeeps(
  db: Db,
  alias: string,
  columns: Record<string, string | null>,
  types: Record<string, string>,
  where: SQL,
): Promise<boolean> {
  const names = Object.keys(columns);
  const values = sql.join(
    names.map((n) => sql`${columns[n]}::${sql.raw(types[n] ?? "uuid")}`),
    sql`, `,
  );
  const [row] = await selectRows<{ ok: boolean }>(
    db,
    sql`select coalesce((${where}), false) as ok from (values (${values})) as ${sql.raw(alias)}(${sql.raw(names.join(", "))})`,
  );
  return row.ok;
}
