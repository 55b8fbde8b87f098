// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../profile/clauses/catalog";
import { computeCoverage, loadMapping } from "../../profile/mapping";
import { POLICIES_DIR } from "../../profile/paths";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makeUser } from "../../test/factories";
import { type AuthedClient, authed, signIn } from "../../test/session";

/**
 * #16 item 6: a `checklist` obligation counts as met only while an open self-inspection campaign
 * asks it (西原村 10.2(1): the inspections are carried out, not merely listed). The coverage
 * screen names the others by clause.
 */
let t: TestApp;
let office: AuthedClient;
let staff: AuthedClient;
type Cov = {
  total: number;
  byKind: Record<string, number>;
  byStatus: Record<string, number>;
  notInCampaign: string[];
};
const coverage = async (c: AuthedClient) =>
  ((await (await c.get("/api/profile")).json()) as any).coverage as Cov;

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const dept = await makeDepartment(t.database.db, { name: "総務課" });
  const o = await makeUser(t.database.db, {
    departmentId: dept.id,
    roles: [["network_administrator", null]],
  });
  const s = await makeUser(t.database.db, { departmentId: dept.id });
  office = authed(t, await signIn(t, o.user.loginId, o.password));
  staff = authed(t, await signIn(t, s.user.loginId, s.password));
});
afterAll(async () => t.close());

describe("coverage of self-inspection obligations follows the open campaigns", () => {
  it("with no campaign open, no checklist obligation is met, and each is named", async () => {
    const c = await coverage(staff);
    expect(c.byKind.checklist).toBeGreaterThan(100);
    expect(c.byStatus.self_inspection).toBe(0);
    expect(c.byStatus.not_in_campaign).toBe(c.byKind.checklist);
    expect(new Set(c.notInCampaign).size).toBe(c.byKind.checklist);
    expect(c.notInCampaign).toContain("nishihara:対策基準/6.4/(3)/⑤");
  });

  it("a 課 campaign makes exactly the clauses it asks met; closing it takes them back", async () => {
    const before = await coverage(staff);
    const created = await office.post("/api/assurance/campaigns", {
      fiscalYear: 2026,
      scopeKey: "department",
    });
    expect(created.status).toBe(201);
    const campaignId = ((await created.json()) as any).data.id as string;
    const summary = (await (
      await office.get(`/api/assurance/campaigns/${campaignId}/summary`)
    ).json()) as any;
    const asked = new Set<string>(summary.data.items.map((i: any) => i.clause_id as string));
    expect(asked.size).toBeGreaterThan(0);

    const during = await coverage(staff);
    expect(during.byStatus.self_inspection).toBe(asked.size);
    expect(during.byStatus.not_in_campaign).toBe(before.byKind.checklist - asked.size);
    for (const id of during.notInCampaign) expect(asked.has(id), id).toBe(false);
    // The figures still add up: every obligation is in exactly one status.
    expect(Object.values(during.byStatus).reduce((a, b) => a + b, 0)).toBe(during.total);
    // A campaign asks only some audiences (the 課's), so the others are still named.
    expect(during.notInCampaign.length).toBeGreaterThan(0);

    expect((await office.post(`/api/assurance/campaigns/${campaignId}/close`)).status).toBe(200);
    const after = await coverage(staff);
    expect(after.byStatus.self_inspection).toBe(0);
    expect(after.notInCampaign).toHaveLength(before.byKind.checklist);
  });

  it("without the campaigns (the CLI) every checklist obligation counts as a self-inspection item", () => {
    const catalog = loadCatalog("nishihara", POLICIES_DIR);
    const { entries } = loadMapping("nishihara", POLICIES_DIR);
    const cli = computeCoverage(catalog, entries);
    expect(cli.byStatus.not_in_campaign).toBe(0);
    expect(cli.notInCampaign).toEqual([]);
    const one = cli.byStatus.self_inspection;
    const first = computeCoverage(catalog, entries, new Set()).notInCampaign[0];
    const withOne = computeCoverage(catalog, entries, new Set([first]));
    expect(withOne.byStatus.self_inspection).toBe(1);
    expect(withOne.byStatus.not_in_campaign).toBe(one - 1);
  });

  it("property: for any set of asked clauses, exactly the self-inspection obligations it names are met; the other statuses do not move", () => {
    for (const id of ["nishihara", "kawasaki"]) {
      const catalog = loadCatalog(id, POLICIES_DIR);
      const { entries } = loadMapping(id, POLICIES_DIR);
      const cli = computeCoverage(catalog, entries);
      const checklist = computeCoverage(catalog, entries, new Set()).notInCampaign;
      const others = catalog.clauses
        .filter((c) => c.obligation && !checklist.includes(c.id))
        .map((c) => c.id);
      // Asked sets mixing self-inspection clauses, other obligations and ids of no clause at all.
      const asked = fc.uniqueArray(
        fc.oneof(fc.constantFrom(...checklist), fc.constantFrom(...others), fc.string()),
        {
          maxLength: 60,
        },
      );
      fc.assert(
        fc.property(asked, (ids) => {
          const set = new Set(ids);
          const cov = computeCoverage(catalog, entries, set);
          const met = checklist.filter((c) => set.has(c));
          expect(cov.byStatus.self_inspection).toBe(met.length);
          expect(cov.notInCampaign).toEqual(checklist.filter((c) => !set.has(c)));
          expect(cov.byStatus.self_inspection + cov.byStatus.not_in_campaign).toBe(
            cli.byStatus.self_inspection,
          );
          for (const s of ["enforced", "module", "planned", "out_of_scope"] as const)
            expect(cov.byStatus[s]).toBe(cli.byStatus[s]);
        }),
        { numRuns: 50 },
      );
    }
  });
});
