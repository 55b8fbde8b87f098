/**
 * 神栖市 基本方針 第3/1 「学校における教育のために用いるネットワーク及びパソコン等は、本基本方針の対象外とする。」
 * Before, the exclusion was shown on the Policy screen and applied to nothing. Now the profile says
 * where it acts (`organization.exclusions[].assets`: networks and devices) and the register refuses
 * a network or PC its registrant says is used for education in schools, citing the clause.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment } from "../../test/factories";
import type { AuthedClient } from "../../test/session";
import { body, eventsSince, lastEventId, userClient } from "./test-helpers";

let t: TestApp;
let dept: string;
let staff: AuthedClient;
const L = { confidentiality: "2", integrity: "2", availability: "2" };

beforeAll(async () => {
  t = await createTestApp({ profileId: "kamisu" });
  dept = (await makeDepartment(t.database.db, { code: "KYOIKU", name: "学務課" })).id;
  ({ client: staff } = await userClient(t, { departmentId: dept }));
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe("神栖市 基本方針 第3/1 適用除外: school-education networks and PCs are not registered", () => {
  it("a PC the registrant says is used for education in schools is refused (422, the field named, the clause cited); nothing is written", async () => {
    const before = await lastEventId(t);
    const res = await staff.post("/api/assets", {
      name: "児童用タブレット",
      kind: "device",
      departmentId: dept,
      ...L,
      extra: { school_education_network: true },
    });
    expect(res.status).toBe(422);
    const { error } = await body(res);
    expect(error.code).toBe("out_of_scope");
    expect(error.fields["extra.school_education_network"].message_ja).toContain("kamisu:基本方針/第3/1");
    expect(error.fields["extra.school_education_network"].message_ja).toContain("学校における教育");
    expect(await eventsSince(t, before, "asset.created")).toHaveLength(0);
    const network = await staff.post("/api/assets", {
      name: "校内学習用ネットワーク",
      kind: "network",
      departmentId: dept,
      ...L,
      extra: { school_education_network: true },
    });
    expect(network.status).toBe(422);
  });

  it("a PC that is not (the answer kept) and an asset of another kind are registered; the question is not put to other kinds", async () => {
    const pc = await staff.post("/api/assets", {
      name: "学務課 事務用PC",
      kind: "device",
      departmentId: dept,
      ...L,
      extra: { school_education_network: false },
    });
    expect(pc.status).toBe(201);
    expect((await body(pc)).data.extra).toMatchObject({ school_education_network: false });
    const info = await staff.post("/api/assets", {
      name: "就学援助の名簿",
      kind: "information",
      departmentId: dept,
      ...L,
      extra: { school_education_network: true },
    });
    expect(info.status).toBe(400);
    expect((await body(info)).error.fields).toHaveProperty(["extra.school_education_network"]);
  });

  it("the Policy screen says the exclusion is applied, with where it acts", async () => {
    const profile = await body(await staff.get("/api/profile"));
    expect(profile.exclusions).toEqual([
      expect.objectContaining({
        key: "school_education_network",
        clause: "kamisu:基本方針/第3/1",
        applied: true,
        assets: expect.objectContaining({ kinds: ["network", "device"] }),
      }),
    ]);
  });
});
