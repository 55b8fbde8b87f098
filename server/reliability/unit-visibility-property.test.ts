import { type SQL, sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DUTIES, type Duty } from "../../common/duties";
import type { Database } from "../db/client";
import type { Actor } from "../http/context";
import { canSeeUnit, registerVisibilitySql } from "../modules/registers/access";
import { canSeeSoftware, softwareVisibilitySql } from "../modules/software/access";
import { canSeeContract, contractVisibilitySql } from "../modules/suppliers/access";
import { openTestDatabase } from "../test/db";
import { makeDepartment } from "../test/factories";

/**
 * The lists of registers, contracts and software filter by a department column in SQL; their detail
 * views decide with access.ts. Both must allow exactly the same departments, for any actor: an own
 * unit that is a bureau or a 課, grants over bureaus, over 課, and over a 課 that has a 課 nested
 * under it (only a bureau covers the 課 below it). The departments table itself stands for the
 * records: a record of department d is visible iff d passes the SQL predicate.
 */
let database: Database;
const units: Array<{ id: string; bureauId: string | null }> = [];

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  const bureaus = [
    await makeDepartment(db, { kind: "bureau" }),
    await makeDepartment(db, { kind: "bureau" }),
  ];
  for (const b of bureaus) units.push({ id: b.id, bureauId: null });
  for (const parent of [bureaus[0], bureaus[0], bureaus[1], null]) {
    const d = await makeDepartment(db, { parentId: parent?.id ?? null });
    units.push({ id: d.id, bureauId: parent?.id ?? null });
  }
  const nested = await makeDepartment(db, { parentId: units[2].id });
  units.push({ id: nested.id, bureauId: null });
});
afterAll(async () => {
  await database?.close();
});

const dutyKeys = Object.keys(DUTIES) as Duty[];

function actorArb(): fc.Arbitrary<Actor> {
  const grant = fc.record({ duty: fc.constantFrom(...dutyKeys), organization: fc.boolean(), unit: fc.nat() });
  return fc
    .record({ home: fc.option(fc.nat()), grants: fc.array(grant, { maxLength: 4 }) })
    .map(({ home, grants }) => {
      const homeUnit = home == null ? null : units[home % units.length];
      return {
        userId: crypto.randomUUID(),
        personId: crypto.randomUUID(),
        loginId: "p",
        name: "p",
        departmentId: homeUnit?.id ?? null,
        bureauId: homeUnit?.bureauId ?? null,
        sessionId: "s",
        grants: grants.map((g) => ({
          duty: g.duty,
          scope: g.organization ? ("organization" as const) : ("department" as const),
          scopeDepartmentId: g.organization ? null : units[g.unit % units.length].id,
          roleKey: "generated",
          deputyFor: null,
        })),
      };
    });
}

const twins: Array<{
  name: string;
  inSql: (a: Actor, column: SQL) => SQL;
  inTs: (a: Actor, u: { departmentId: string; bureauId: string | null }) => boolean;
}> = [
  { name: "registers", inSql: (a, c) => registerVisibilitySql(a, c, sql`now()`), inTs: canSeeUnit },
  { name: "contracts", inSql: contractVisibilitySql, inTs: canSeeContract },
  { name: "software", inSql: (a, c) => softwareVisibilitySql(a, c), inTs: canSeeSoftware },
];

describe("list SQL and detail predicates allow the same departments", () => {
  for (const twin of twins)
    it(`${twin.name}: the SQL twin agrees with access.ts`, async () => {
      await fc.assert(
        fc.asyncProperty(actorArb(), async (actor) => {
          const rows = (await database.db.execute(
            sql`select d.id from departments d where d.id in (${sql.join(
              units.map((u) => sql`${u.id}::uuid`),
              sql`, `,
            )}) and ${twin.inSql(actor, sql`d.id`)}`,
          )) as unknown as { rows: Array<{ id: string }> };
          const inSql = rows.rows.map((r) => r.id).sort();
          const inTs = units
            .filter((u) => twin.inTs(actor, { departmentId: u.id, bureauId: u.bureauId }))
            .map((u) => u.id)
            .sort();
          expect(inSql).toEqual(inTs);
        }),
        { numRuns: 80 },
      );
    });
});
