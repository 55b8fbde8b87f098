/**
 * #13 item 5: the deciders of a case (CSIRT, CISO — 西原村 6.3(3)②⑤) can link any affected asset,
 * a top-level one (機密性3, 7.1(1)③) they may not open included, through an audited need-to-know
 * grant limited to that case. Nobody else learns anything about the asset.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assets } from "../../db/schema";
import { createTestApp, type TestApp } from "../../test/app";
import { client, eventsOf, type Json, makeAsset, ok, village } from "./test-helpers";

let t: TestApp;
let v: Awaited<ReturnType<typeof village>>;

beforeAll(async () => {
  t = await createTestApp();
  v = await village(t);
});
afterAll(async () => {
  await t.close();
});

async function topLevelAsset(departmentId: string, number: string) {
  const row = await makeAsset(t, departmentId, "住民情報バックアップ媒体", number);
  await t.database.db
    .update(assets)
    .set({ confidentiality: "3", effectiveConfidentiality: "3" })
    .where(eq(assets.id, row.id));
  return row;
}

describe("need-to-know grant for an affected asset (#13 item 5)", () => {
  it("the CSIRT links a 機密性3 asset it may not open, by its number and with a reason; only the case's deciders see it, and only there", async () => {
    const staffA = await client(t, v.staffA);
    const report = await ok<Json>(
      await staffA.post("/api/incidents", {
        summary: "媒体が見当たらない",
        details: "詳細",
        personalInfo: true,
      }),
      201,
    );
    const asset = await topLevelAsset(v.deptB.id, "ZEIMU-TOP-001");
    const csirt = await client(t, v.csirt1);
    // The CSIRT may not open the asset itself (7.1(1)③).
    expect((await csirt.get(`/api/assets/${asset.id}`)).status).toBe(404);

    // Without a reason: refused, naming the reason field; nothing linked.
    const noReason = await csirt.post(`/api/incidents/${report.id}/assets`, { assetNumber: "ZEIMU-TOP-001" });
    expect(noReason.status).toBe(400);
    expect(JSON.stringify(await noReason.json())).toContain("needToKnowReason");

    const linked = await ok<Json>(
      await csirt.post(`/api/incidents/${report.id}/assets`, {
        assetNumber: "ZEIMU-TOP-001",
        needToKnowReason: "紛失届の媒体が当該資産か確認するため",
      }),
    );
    expect(linked.assets).toMatchObject([
      {
        assetId: asset.id,
        hidden: false,
        assetNumber: "ZEIMU-TOP-001",
        needToKnowReason: "紛失届の媒体が当該資産か確認するため",
      },
    ]);
    // Audited with the reason, in the same transaction as the link.
    const events = (await eventsOf(t, "incident.asset_linked")).filter((e) => e.targetId === report.id);
    expect(events.map((e) => (e.data as Json).needToKnowReason)).toEqual([
      "紛失届の媒体が当該資産か確認するため",
    ]);

    // The grant opens nothing else: the asset itself stays hidden from the CSIRT.
    expect((await csirt.get(`/api/assets/${asset.id}`)).status).toBe(404);
    // The other CSIRT member decides on the case too and sees it there (the CISO does once told,
    // at the chain's step 4 — before that the case itself is not theirs to read).
    const other = await client(t, v.csirt2);
    const detail = await ok<Json>(await other.get(`/api/incidents/${report.id}`));
    expect(detail.assets[0]).toMatchObject({ hidden: false, assetNumber: "ZEIMU-TOP-001" });
    // The reporter sees the case but not the asset, nor the reason.
    const mine = await ok<Json>(await staffA.get(`/api/incidents/${report.id}`));
    expect(mine.assets[0]).toMatchObject({ hidden: true, assetNumber: null, needToKnowReason: null });
    expect(JSON.stringify(mine)).not.toContain("ZEIMU-TOP-001");
    expect(JSON.stringify(mine)).not.toContain("住民情報バックアップ媒体");
  });

  it("a reporter cannot use a number to learn of an asset they may not open: same answer as a missing one", async () => {
    const staffA = await client(t, v.staffA);
    const report = await ok<Json>(
      await staffA.post("/api/incidents", { summary: "不審なメール", details: "詳細", personalInfo: false }),
      201,
    );
    await topLevelAsset(v.deptB.id, "ZEIMU-TOP-002");
    const hidden = await staffA.post(`/api/incidents/${report.id}/assets`, {
      assetNumber: "ZEIMU-TOP-002",
      needToKnowReason: "理由",
    });
    const missing = await staffA.post(`/api/incidents/${report.id}/assets`, {
      assetNumber: "NO-SUCH-ASSET",
      needToKnowReason: "理由",
    });
    expect(hidden.status).toBe(400);
    expect(missing.status).toBe(400);
    expect(await hidden.json()).toEqual(await missing.json());
  });

  it("an asset the CSIRT may open is linked without a reason; neither id nor number is a clear error", async () => {
    const staffA = await client(t, v.staffA);
    const report = await ok<Json>(
      await staffA.post("/api/incidents", { summary: "端末の異常", details: "詳細", personalInfo: false }),
      201,
    );
    const csirt = await client(t, v.csirt1);
    const plain = await makeAsset(t, v.deptB.id, "税務課ノートPC", "ZEIMU-PC-001");
    const linked = await ok<Json>(
      await csirt.post(`/api/incidents/${report.id}/assets`, { assetNumber: "ZEIMU-PC-001" }),
    );
    expect(linked.assets).toMatchObject([{ assetId: plain.id, hidden: false, needToKnowReason: null }]);
    const none = await csirt.post(`/api/incidents/${report.id}/assets`, { note: "メモ" });
    expect(none.status).toBe(400);
    expect(JSON.stringify(await none.json())).toContain("assetId");
  });
});
