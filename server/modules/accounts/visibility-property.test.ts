import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DUTIES, type Duty } from "../../../common/duties";
import type { Database } from "../../db/client";
import type { Actor } from "../../http/context";
import { openTestDatabase } from "../../test/db";
import { makeDepartment, makePerson } from "../../test/factories";
import { canSeeCard, canSeeSystem, cardVisibilitySql, systemVisibilitySql } from "./access";
import { accountSystems, icCards } from "./tables";

/**
 * The SQL twins of the ID and IC card read predicates (they filter every list) agree with the
 * predicates of access.ts, on random actors over a real database: bureaus with their 課 and 課
 * outside any bureau, a 課 under a 課, systems and cards in each, random grants (any duty, organization-wide or
 * over a random unit) and a random own 課. Same rows allowed by both, or the property fails.
 */
let database: Database;
const units: Array<{ id: string; bureauId: string | null }> = [];
const personIds: string[] = [];
const systems: Array<{
  id: string;
  departmentId: string;
  bureauId: string | null;
  administratorPersonId: string | null;
}> = [];
const cards: Array<{ id: string; departmentId: string; bureauId: string | null; personId: string | null }> =
  [];

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
  // A 課 nested under a 課 (a 係 kept as its own unit): the upper 課 is not its bureau, so a grant
  // over the upper 課 does not cover it.
  const nested = await makeDepartment(db, { parentId: units[2].id });
  units.push({ id: nested.id, bureauId: null });
  for (let i = 0; i < 4; i++) personIds.push((await makePerson(db)).id);
  let n = 0;
  for (const u of units)
    for (const admin of [null, personIds[n++ % personIds.length]]) {
      const [s] = await db
        .insert(accountSystems)
        .values({ assetId: crypto.randomUUID(), departmentId: u.id, administratorPersonId: admin })
        .returning();
      systems.push({ id: s.id, departmentId: u.id, bureauId: u.bureauId, administratorPersonId: admin });
      const holder = admin ? personIds[(n + 1) % personIds.length] : null;
      const [c] = await db
        .insert(icCards)
        .values({
          cardNumber: `C${systems.length}`,
          departmentId: u.id,
          personId: holder,
          issuedOn: "2026-04-01",
        })
        .returning();
      cards.push({ id: c.id, departmentId: u.id, bureauId: u.bureauId, personId: holder });
    }
});
afterAll(async () => {
  await database?.close();
});

const dutyKeys = Object.keys(DUTIES) as Duty[];

function actorArb(): fc.Arbitrary<Actor> {
  const grant = fc.record({
    duty: fc.constantFrom(...dutyKeys),
    organization: fc.boolean(),
    unit: fc.nat(),
  });
  return fc
    .record({ person: fc.nat(), home: fc.option(fc.nat()), grants: fc.array(grant, { maxLength: 4 }) })
    .map(({ person, home, grants }) => {
      const homeUnit = home == null ? null : units[home % units.length];
      return {
        userId: crypto.randomUUID(),
        personId: personIds[person % personIds.length],
        loginId: "p",
        name: "p",
        departmentId: homeUnit?.id ?? null,
        bureauId: homeUnit?.bureauId ?? null,
        sessionId: "s",
        grants: grants.map((g) => {
          const unit = units[g.unit % units.length];
          return {
            duty: g.duty,
            scope: g.organization ? ("organization" as const) : ("department" as const),
            scopeDepartmentId: g.organization ? null : unit.id,
            roleKey: "generated",
            deputyFor: null,
          };
        }),
      };
    });
}

const idsOf = (res: unknown) => (res as { rows: Array<{ id: string }> }).rows.map((r) => r.id).sort();

describe("accounts: SQL twins agree with access.ts", () => {
  it("systems: systemVisibilitySql allows exactly what canSeeSystem allows", async () => {
    await fc.assert(
      fc.asyncProperty(actorArb(), async (actor) => {
        const inSql = idsOf(
          await database.db.execute(
            sql`select s.id from account_systems s where ${systemVisibilitySql(actor, sql`s.department_id`, sql`s.administrator_person_id`)}`,
          ),
        );
        const inTs = systems
          .filter((s) => canSeeSystem(actor, s))
          .map((s) => s.id)
          .sort();
        expect(inSql).toEqual(inTs);
      }),
      { numRuns: 60 },
    );
  });

  it("IC cards: cardVisibilitySql allows exactly what canSeeCard allows", async () => {
    await fc.assert(
      fc.asyncProperty(actorArb(), async (actor) => {
        const inSql = idsOf(
          await database.db.execute(
            sql`select c.id from ic_cards c where ${cardVisibilitySql(actor, sql`c.department_id`, sql`c.person_id`)}`,
          ),
        );
        const inTs = cards
          .filter((c) => canSeeCard(actor, c))
          .map((c) => c.id)
          .sort();
        expect(inSql).toEqual(inTs);
      }),
      { numRuns: 60 },
    );
  });
});
