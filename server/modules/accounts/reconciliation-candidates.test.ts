import { and, eq, inArray } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayJst } from "../../../common/calendar";
import type { Database } from "../../db/client";
import { allPeople } from "../../directory";
import { loadProfile } from "../../profile";
import { openTestDatabase } from "../../test/db";
import { makeDepartment, makePerson } from "../../test/factories";
import { appliedTransfers } from "../org";
import { accountsRule, reconcileOptions, reconcileSystems } from "./commands/reconciliation";
import { type ReconAccount, type ReconTransfer, reconcile } from "./domain/reconcile";
import { listSystems } from "./queries";
import { accountSystems, systemAccounts } from "./tables";

/**
 * The reconciliation reads only the IDs that could have a finding (`candidateSql`), so that
 * 150,000 IDs do not all cross from the database. The filter must drop no ID the rule would flag:
 * on random IDs (holders active, retired, of another 課, unknown, none; duplicates; dates of use
 * around the period's edge; privileged and development IDs) over systems of each scope, the
 * findings equal those of the pure `reconcile` over every active ID, read whole.
 */
let database: Database;
const depts: string[] = [];
const people: string[] = [];
const systemIds: string[] = [];
const profile = loadProfile("nishihara");
const now = new Date("2026-04-02T09:00:00+09:00");

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  for (let i = 0; i < 3; i++) depts.push((await makeDepartment(db)).id);
  for (let i = 0; i < 6; i++)
    people.push((await makePerson(db, { departmentId: depts[i % 3], active: i !== 5 })).id);
  // A person with no 課 at all.
  people.push((await makePerson(db, { departmentId: null })).id);
  for (const [scope, users] of [
    ["departments", []],
    ["departments", [depts[1], depts[2]]],
    ["organization", []],
  ] as const) {
    const [s] = await db
      .insert(accountSystems)
      .values({
        assetId: crypto.randomUUID(),
        departmentId: depts[0],
        userScope: scope,
        userDepartmentIds: [...users],
      })
      .returning();
    systemIds.push(s.id);
  }
});
afterAll(async () => {
  await database?.close();
});

const day = fc.option(
  fc
    .integer({ min: 0, max: 400 })
    .map((n) => new Date(Date.UTC(2026, 3, 2) - n * 86_400_000).toISOString().slice(0, 10)),
);
const account = fc.record({
  system: fc.nat(2),
  holderKind: fc.constantFrom("person", "person", "person", "shared", "system"),
  // 7 people in the register (one retired, one without a 課); 7 and 8 are unknown to it.
  person: fc.option(fc.nat(8)),
  privileged: fc.boolean(),
  createdOn: day,
  lastUsedOn: day,
  state: fc.constantFrom("active", "active", "active", "suspended"),
  approvalRef: fc.option(fc.constant("R8-1")),
  purpose: fc.constantFrom("operation", "operation", "development"),
  developmentEndsOn: day,
});

describe("the reconciliation's candidate filter (#18 scale: only IDs that could be flagged are read)", () => {
  it("finds exactly what the pure rule finds over every active ID", async () => {
    const db = database.db;
    const rule = accountsRule(profile);
    await fc.assert(
      fc.asyncProperty(fc.array(account, { maxLength: 25 }), async (accounts) => {
        await db.delete(systemAccounts);
        if (accounts.length)
          await db.insert(systemAccounts).values(
            accounts.map((a, i) => ({
              systemId: systemIds[a.system],
              departmentId: depts[0],
              loginName: `u${i}`,
              holderKind: a.holderKind as "person" | "shared" | "system",
              // An index past the register: a person the register does not know.
              personId:
                a.person === null ? null : (people[a.person] ?? "00000000-0000-4000-8000-00000000dead"),
              privileged: a.privileged,
              createdOn: a.createdOn,
              lastUsedOn: a.lastUsedOn,
              state: a.state as "active" | "suspended",
              approvalRef: a.approvalRef,
              purpose: a.purpose as "operation" | "development",
              developmentEndsOn: a.developmentEndsOn,
            })),
          );
        const systems = await listSystems(db, "all");
        const got = await reconcileSystems(db, profile, now, systems);
        // The same rule over every active ID, read whole as before the filter.
        const all = (await db
          .select()
          .from(systemAccounts)
          .where(
            and(
              eq(systemAccounts.state, "active"),
              inArray(
                systemAccounts.systemId,
                systems.map((s) => s.id),
              ),
            ),
          )) as ReconAccount[];
        const register = new Map((await allPeople(db)).map((p) => [p.id, p]));
        const transfers = new Map<string, ReconTransfer[]>();
        for (const t of await appliedTransfers(db))
          transfers.set(t.personId, [...(transfers.get(t.personId) ?? []), t]);
        const expected = reconcile(systems, all, register, transfers, reconcileOptions(rule), todayJst(now));
        const key = (f: { kind: string; accountId: string; others: string[] }) =>
          `${f.kind}/${f.accountId}/${[...f.others].sort().join(",")}`;
        expect(got.findings.map(key).sort()).toEqual(expected.map(key).sort());
        expect(got.activeCount).toBe(all.length);
        // Every finding's ID is among those read (the route shows its login name).
        for (const f of got.findings) expect(got.accounts.has(f.accountId)).toBe(true);
      }),
      { numRuns: 60 },
    );
    // The filter does filter: an ID in order (an active person of the 課 that uses the system,
    // used yesterday, not privileged) is counted but not read.
    await db.delete(systemAccounts);
    await db.insert(systemAccounts).values({
      systemId: systemIds[0],
      departmentId: depts[0],
      loginName: "ok",
      holderKind: "person",
      personId: people[0],
      lastUsedOn: "2026-04-01",
    });
    const inOrder = await reconcileSystems(db, profile, now, await listSystems(db, "all"));
    expect(inOrder.activeCount).toBe(1);
    expect(inOrder.accounts.size).toBe(0);
    expect(inOrder.findings).toEqual([]);
  });
});
