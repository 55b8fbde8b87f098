import { randomUUID } from "node:crypto";
import { and, inArray, sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DUTIES, type Duty } from "../../common/duties";
import type { Database } from "../db/client";
import type { Actor } from "../http/context";
import { type AssetRef, assetVisibilitySql, canSeeAsset } from "../modules/assets/access";
import { loadAssetRef } from "../modules/assets/queries";
import { assetNamedPeople, assets } from "../modules/assets/tables";
import { canReadIncident, type IncidentRecord, visibilityWhere } from "../modules/incidents/access";
import { recordOf } from "../modules/incidents/queries";
import { incidentAccess, incidentAssets, incidents } from "../modules/incidents/tables";
import { canSeeRequest, type RequestRef, requestVisibilitySql } from "../modules/requests/access";
import { deciderIds, loadRequest, refOf } from "../modules/requests/queries";
import { REQUEST_STATUSES, requestDecisions, requests } from "../modules/requests/tables";
import { loadProfile, type Profile } from "../profile";
import { openTestDatabase } from "../test/db";
import { makeDepartment } from "../test/factories";

/**
 * The lists of requests, incidents and assets filter in SQL (`requestVisibilitySql`,
 * `visibilityWhere`, `assetVisibilitySql`); their detail views load the record's access facts
 * (`refOf` + `deciderIds`, `recordOf`, `loadAssetRef`) and decide with access.ts (`canSeeRequest`,
 * `canReadIncident`, `canSeeAsset`). On a random world of records — over a unit tree with
 * bureaus, 課 below them, a loose 課 and a 課 nested under a 課 — both must allow exactly the same
 * records, for any actor (own unit, grants at organization, bureau and 課 scope, deputies), so a
 * list never shows what the detail refuses and never hides what it would open (#11 item 3).
 */
let database: Database;
let profile: Profile;
const units: Array<{ id: string; bureauId: string | null }> = [];
/** People who request, report, decide, are told, named or custodians — and who act. */
const pool = Array.from({ length: 4 }, () => randomUUID());
const requestRefs = new Map<string, RequestRef>();
const incidentRecords = new Map<string, IncidentRecord>();
const assetRefs = new Map<string, AssetRef>();

const dutyKeys = Object.keys(DUTIES) as Duty[];
/** Duties the three rules read, drawn more often than the rest so that grants matter. */
const RELEVANT: Duty[] = [
  "view_all_departments",
  "chief_information_security_officer",
  "manage_department_security",
  "own_assets",
  "classify_assets",
  "inspect_bureau",
  "triage_incident",
  "approve_carry_out",
  "approve_exception",
];

const pick = <T>(xs: readonly T[], n: number) => xs[n % xs.length];

beforeAll(async () => {
  database = await openTestDatabase();
  profile = loadProfile("nishihara");
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

  const n = fc.nat(50);
  const people = fc.uniqueArray(n, { maxLength: 3 });
  const step = fc.record({
    duty: fc.constantFrom(...RELEVANT),
    scope: fc.constantFrom("organization", "bureau", "department"),
  });
  const requestRows = fc.sample(
    fc.record({
      unit: n,
      status: fc.constantFrom(...REQUEST_STATUSES),
      requester: n,
      steps: fc.array(step, { minLength: 1, maxLength: 2 }),
      current: fc.nat(2),
      deciders: people,
    }),
    { numRuns: 40, seed: 11 },
  );
  for (const r of requestRows) {
    const u = pick(units, r.unit);
    const [row] = await db
      .insert(requests)
      .values({
        kind: "carry_out",
        status: r.status,
        requesterPersonId: pick(pool, r.requester),
        departmentId: u.id,
        bureauId: u.bureauId,
        approvalRequired: true,
        resolved: r.steps.map((s, i) => ({
          step: i + 1,
          duty: s.duty,
          scope: s.scope,
          scopeDepartmentId: s.scope === "organization" ? null : s.scope === "bureau" ? u.bureauId : u.id,
          candidates: [],
        })),
        currentStep: r.status === "submitted" ? Math.min(r.current, r.steps.length) : 0,
      })
      .returning({ id: requests.id });
    for (const d of r.deciders)
      await db.insert(requestDecisions).values({
        requestId: row.id,
        step: 1,
        duty: r.steps[0].duty,
        decision: "approved",
        personId: pick(pool, d),
        decidedAt: new Date(),
      });
    const loaded = await loadRequest(db, row.id);
    if (!loaded) throw new Error("request not stored");
    requestRefs.set(row.id, refOf(loaded, await deciderIds(db, row.id)));
  }

  const incidentRows = fc.sample(
    fc.record({
      restricted: fc.boolean(),
      closed: fc.boolean(),
      reporter: fc.option(n),
      access: fc.array(fc.record({ person: n, via: fc.constantFrom("reporter", "notified", "member") }), {
        maxLength: 3,
      }),
      assetUnits: fc.array(n, { maxLength: 2 }),
    }),
    { numRuns: 40, seed: 12 },
  );
  for (const [i, r] of incidentRows.entries()) {
    const [row] = await db
      .insert(incidents)
      .values({
        receiptNumber: `R-TWIN-${i}`,
        source: "staff",
        summary: "twin",
        restricted: r.restricted,
        stage: r.closed ? "closed" : "new",
        reporterPersonId: r.reporter == null ? null : pick(pool, r.reporter),
      })
      .returning();
    const seen = new Set<string>();
    for (const a of r.access) {
      const key = `${pick(pool, a.person)}/${a.via}`;
      if (seen.has(key)) continue;
      seen.add(key);
      await db
        .insert(incidentAccess)
        .values({ incidentId: row.id, personId: pick(pool, a.person), via: a.via });
    }
    for (const u of r.assetUnits)
      await db.insert(incidentAssets).values({
        incidentId: row.id,
        assetId: randomUUID(),
        assetNumber: "A-1",
        assetName: "twin",
        departmentId: pick(units, u).id,
        linkedAt: new Date(),
      });
    incidentRecords.set(row.id, await recordOf(db, row));
  }

  const levels = [null, ...profile.classification.confidentiality.levels.map((l) => l.key)];
  const assetRows = fc.sample(fc.record({ unit: n, custodian: fc.option(n), level: n, named: people }), {
    numRuns: 40,
    seed: 13,
  });
  for (const [i, r] of assetRows.entries()) {
    const [row] = await db
      .insert(assets)
      .values({
        assetNumber: `TWIN-${i}`,
        name: "twin",
        kind: "information",
        departmentId: pick(units, r.unit).id,
        custodianPersonId: r.custodian == null ? null : pick(pool, r.custodian),
        effectiveConfidentiality: pick(levels, r.level),
      })
      .returning({ id: assets.id });
    for (const p of new Set(r.named.map((x) => pick(pool, x))))
      await db.insert(assetNamedPeople).values({ assetId: row.id, personId: p });
    const loaded = await loadAssetRef(db, profile, row.id);
    if (!loaded) throw new Error("asset not stored");
    assetRefs.set(row.id, loaded.ref);
  }
}, 120_000);

afterAll(async () => {
  await database?.close();
});

function actorArb(): fc.Arbitrary<Actor> {
  const grant = fc.record({
    duty: fc.oneof(fc.constantFrom(...RELEVANT), fc.constantFrom(...dutyKeys)),
    scope: fc.constantFrom("organization", "bureau", "department"),
    unit: fc.nat(),
    deputy: fc.boolean(),
  });
  return fc
    .record({ person: fc.nat(), home: fc.option(fc.nat()), grants: fc.array(grant, { maxLength: 4 }) })
    .map(({ person, home, grants }) => {
      const homeUnit = home == null ? null : pick(units, home);
      const bureaus = units.filter((u) => u.bureauId === null).slice(0, 2);
      return {
        userId: randomUUID(),
        personId: pick(pool, person),
        loginId: "p",
        name: "p",
        departmentId: homeUnit?.id ?? null,
        bureauId: homeUnit?.bureauId ?? null,
        sessionId: "s",
        grants: grants.map((g) => ({
          duty: g.duty,
          scope: g.scope as "organization" | "bureau" | "department",
          // A bureau-scope role is assigned over a bureau; a 課-scope one over any unit.
          scopeDepartmentId:
            g.scope === "organization"
              ? null
              : g.scope === "bureau"
                ? pick(bureaus, g.unit).id
                : pick(units, g.unit).id,
          roleKey: "generated",
          deputyFor: g.deputy ? pick(pool, g.unit + 1) : null,
        })),
      };
    });
}

const rowsOf = (r: unknown) => (r as { rows: Array<{ id: string }> }).rows.map((x) => x.id).sort();

describe("list SQL twins agree with the detail views' predicates on random worlds", () => {
  it("requests: requestVisibilitySql ≡ canSeeRequest over refOf", async () => {
    const ids = [...requestRefs.keys()];
    await fc.assert(
      fc.asyncProperty(actorArb(), async (actor) => {
        const inSql = rowsOf(
          await database.db.execute(
            sql`select r.id from requests r where r.id in (${sql.join(
              ids.map((id) => sql`${id}::uuid`),
              sql`, `,
            )}) and ${requestVisibilitySql(actor)}`,
          ),
        );
        const inTs = ids.filter((id) => canSeeRequest(actor, requestRefs.get(id) as RequestRef)).sort();
        expect(inSql).toEqual(inTs);
      }),
      { numRuns: 150 },
    );
  });

  it("incidents: visibilityWhere ≡ canReadIncident over recordOf", async () => {
    const ids = [...incidentRecords.keys()];
    await fc.assert(
      fc.asyncProperty(actorArb(), async (actor) => {
        const rows = await database.db
          .select({ id: incidents.id })
          .from(incidents)
          .where(and(inArray(incidents.id, ids), visibilityWhere(actor)));
        const inSql = rows.map((r) => r.id).sort();
        const inTs = ids
          .filter((id) => canReadIncident(actor, incidentRecords.get(id) as IncidentRecord))
          .sort();
        expect(inSql).toEqual(inTs);
      }),
      { numRuns: 150 },
    );
  });

  it("assets: assetVisibilitySql ≡ canSeeAsset over loadAssetRef", async () => {
    const ids = [...assetRefs.keys()];
    await fc.assert(
      fc.asyncProperty(actorArb(), async (actor) => {
        const rows = await database.db
          .select({ id: assets.id })
          .from(assets)
          .where(and(inArray(assets.id, ids), await assetVisibilitySql(database.db, actor, profile)));
        const inSql = rows.map((r) => r.id).sort();
        const inTs = ids.filter((id) => canSeeAsset(actor, assetRefs.get(id) as AssetRef)).sort();
        expect(inSql).toEqual(inTs);
      }),
      { numRuns: 150 },
    );
  });
});
