import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveActor } from "../../auth/actor";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makeUser } from "../../test/factories";
import { makeAsset } from "../requests/test-support";
import { systemOwnersByZone } from "./index";

/**
 * The face's `systemOwnersByZone` (for a 横展開 by system kind, 西原村 10.1(7)): the 課 owning
 * systems of a zone, counting only systems the viewer may open — a 機密性3 system of another 課
 * (visible to the people named on it and its 課's manager) names no 課 to the ネットワーク管理者.
 */
let t: TestApp;
let a: string, b: string, c: string;

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const db = t.database.db;
  a = (await makeDepartment(db, { name: "住民課" })).id;
  b = (await makeDepartment(db, { name: "税務課" })).id;
  c = (await makeDepartment(db, { name: "福祉課" })).id;
  await makeAsset(db, { departmentId: a, kind: "system", zone: "lgwan", confidentiality: "2" });
  await makeAsset(db, { departmentId: a, kind: "system", zone: "lgwan", confidentiality: "2" });
  await makeAsset(db, { departmentId: a, kind: "system", zone: "internet", confidentiality: "1" });
  // Top level: only its named people and 税務課's manager may open it.
  await makeAsset(db, { departmentId: b, kind: "system", zone: "lgwan", confidentiality: "3" });
  // Not systems, or no longer held: never counted.
  await makeAsset(db, { departmentId: c, kind: "device", zone: "lgwan", confidentiality: "2" });
  await makeAsset(db, {
    departmentId: c,
    kind: "system",
    zone: "lgwan",
    confidentiality: "2",
    status: "disposed",
  });
}, 120_000);
afterAll(async () => t.close());

async function viewer(roles: Array<[string, string | null]>, departmentId: string | null) {
  const u = await makeUser(t.database.db, { departmentId, roles });
  const profile = t.deps.profile();
  return { actor: await resolveActor(t.database.db, profile, u.user, "s", t.clock.now), profile };
}

describe("systemOwnersByZone", () => {
  it("counts per zone and 課 the systems in use the viewer may open; a hidden one names no 課", async () => {
    const netAdmin = await viewer([["network_administrator", null]], a);
    expect(await systemOwnersByZone(t.database.db, netAdmin, ["lgwan", "internet"])).toEqual([
      { zone: "internet", departmentId: a, systems: 1 },
      { zone: "lgwan", departmentId: a, systems: 2 },
    ]);
    expect(await systemOwnersByZone(t.database.db, netAdmin, ["mynumber"])).toEqual([]);
    expect(await systemOwnersByZone(t.database.db, netAdmin, [])).toEqual([]);
  });

  it("税務課's manager sees their own 機密性3 system; the system itself reads every one", async () => {
    const headB = await viewer([["security_system_manager", b]], b);
    const seen = await systemOwnersByZone(t.database.db, headB, ["lgwan"]);
    expect(seen.find((o) => o.departmentId === b)).toEqual({ zone: "lgwan", departmentId: b, systems: 1 });
    const all = await systemOwnersByZone(t.database.db, "system", ["lgwan"]);
    expect(all.map((o) => o.departmentId).sort()).toEqual([a, b].sort());
  });
});
