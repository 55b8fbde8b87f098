import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMPLOYMENT_TYPES } from "../../../../common/employment";
import { type Database, openDatabase } from "../../../db/client";
import { type AudiencePerson, audienceSql, inAudience } from "./audience";
import type { AudienceT } from "./types";

/** The SQL twin of inAudience (the completion figures count in the database) gives the same answer. */
const EMPLOYMENT = [...EMPLOYMENT_TYPES];
const units = [
  "00000000-0000-4000-8000-000000000001",
  "00000000-0000-4000-8000-000000000002",
  "00000000-0000-4000-8000-000000000003",
];
const roles = ["ciso", "network_administrator", "security_system_manager", "system_staff"];
const person: fc.Arbitrary<AudiencePerson> = fc.record({
  employmentType: fc.constantFrom(...EMPLOYMENT),
  departmentId: fc.option(fc.constantFrom(...units), { nil: null }),
  bureauId: fc.option(fc.constantFrom(...units), { nil: null }),
  roleKeys: fc.uniqueArray(fc.constantFrom(...roles)),
});
const audience: fc.Arbitrary<AudienceT> = fc.oneof(
  fc.constant({ kind: "everyone" as const }),
  fc.record({
    kind: fc.constant("roles" as const),
    roleKeys: fc.uniqueArray(fc.constantFrom(...roles), { minLength: 1 }),
  }),
  fc.record({
    kind: fc.constant("employment" as const),
    types: fc.uniqueArray(fc.constantFrom(...(EMPLOYMENT as ["regular"])), { minLength: 1 }),
  }),
  fc.record({
    kind: fc.constant("departments" as const),
    unitIds: fc.uniqueArray(fc.constantFrom(...units), { minLength: 1 }),
  }),
);

let database: Database;
beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory://" });
});
afterAll(async () => database?.close());

describe("audienceSql (the SQL twin of inAudience)", () => {
  it("answers as inAudience for random audiences and people (with and without 課, 局 and roles)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(audience, person), { minLength: 1, maxLength: 12 }),
        async (cases) => {
          // One statement per batch of cases: a VALUES list of (audience, facts).
          const rows = sql.join(
            cases.map(
              ([a, p], i) =>
                sql`(${i}::int, ${JSON.stringify(a)}::jsonb, ${p.employmentType}::text, ${p.departmentId}::uuid, ${p.bureauId}::uuid, ${`{${p.roleKeys.join(",")}}`}::text[])`,
            ),
            sql`, `,
          );
          const res = (await database.db.execute(sql`
          select i, ${audienceSql(sql`a`, {
            employmentType: sql`e`,
            departmentId: sql`d`,
            bureauId: sql`b`,
            roleKeys: sql`r`,
          })} as inside
            from (values ${rows}) as x(i, a, e, d, b, r) order by i`)) as unknown as {
            rows: Array<{ i: number; inside: boolean }>;
          };
          expect(res.rows.map((r) => r.inside)).toEqual(cases.map(([a, p]) => inAudience(a, p)));
        },
      ),
      { numRuns: 40 },
    );
  });
});
