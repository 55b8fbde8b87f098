// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assets } from "../../db/schema";
import type { TestApp } from "../../test/app";
import { at, json, kawasakiRegisters, type U } from "./test-fixtures";

// The registers under 川崎市's own clauses, through the routes. What the profile asks an entry to record
// beyond the register's schema — 第4章4(3) (quantity and photo of the destroyed media), 第7章3(5)イ(イ)
// (the contractor's certificate), 第8章5 (相互で確認) — is in kawasaki-register-rules.test.ts.
let t: TestApp;
let a1: U, a2: U, b1: U;
let deptA: string;

beforeAll(async () => {
  ({ t, deptA, a1, a2, b1 } = await kawasakiRegisters());
}, 120_000);
afterAll(async () => t?.close());

describe("川崎市 基準 第7章1(3), 第4章4(1)コ・サ, 第4章1(9)ウ, 第8章1(3), 第8章1(4): the registers", () => {
  it("each register names its 川崎市 clause", async () => {
    const list = (await json(await a1.client.get("/api/registers"))).data as any[];
    const clause = (k: string) => list.find((r) => r.key === k).clause;
    expect(clause("area_access_log")).toBe("kawasaki:基準/第7章/1/(3)");
    expect(clause("media_loan_log")).toBe("kawasaki:基準/第4章/4/(1)/サ");
    expect(clause("disposal_log")).toBe("kawasaki:基準/第4章/1/(9)/ウ");
    expect(clause("work_log")).toBe("kawasaki:基準/第8章/1/(3)");
    expect(clause("failure_log")).toBe("kawasaki:基準/第8章/1/(4)");
  });

  it("第7章1(3) 入退室管理簿: a visitor to the 情報セキュリティ管理エリア needs an escort; the exit closes the entry", async () => {
    const noEscort = await a1.client.post("/api/registers/area_access_log", {
      entryType: "in",
      occurredAt: at("09:00"),
      data: { area: "電算室", visitorName: "保守業者 川崎", purpose: "定期保守" },
    });
    expect(noEscort.status).toBe(400);
    const entered = await json(
      await a1.client.post("/api/registers/area_access_log", {
        entryType: "in",
        occurredAt: at("09:00"),
        data: {
          area: "電算室",
          visitorName: "保守業者 川崎",
          purpose: "定期保守",
          escortPersonId: a1.personId,
        },
      }),
    );
    const out = await a1.client.post("/api/registers/area_access_log", {
      entryType: "out",
      occurredAt: at("10:00"),
      closesId: entered.data.id,
      data: {},
    });
    expect(out.status).toBe(201);
    expect((await json(await b1.client.get("/api/registers/area_access_log"))).data).toHaveLength(0);
  });

  it("第4章4(1)コ・サ 利用記録と貸出返却: a USB stick is listed as lent until it is returned", async () => {
    const [usb] = await t.database.db
      .insert(assets)
      .values({ assetNumber: "K-USB-1", name: "USBメモリ 貸出用", kind: "medium", departmentId: deptA })
      .returning();
    const lent = await json(
      await a1.client.post("/api/registers/media_loan_log", {
        entryType: "lend",
        occurredAt: at("09:00"),
        personId: a2.personId,
        assetId: usb.id,
        data: { dueAt: at("17:00"), purpose: "窓口データの受け取り" },
      }),
    );
    const unreturned = async () =>
      (await json(await a1.client.get("/api/registers/media_loan_log/unreturned"))).data.map(
        (r: any) => r.id,
      );
    expect(await unreturned()).toContain(lent.data.id);
    await a1.client.post("/api/registers/media_loan_log", {
      entryType: "return",
      occurredAt: at("11:00"),
      closesId: lent.data.id,
      data: {},
    });
    expect(await unreturned()).not.toContain(lent.data.id);
  });

  it("第4章1(9)ウ 廃棄の記録: 日時、担当者及び処理内容 are required", async () => {
    const noMethod = await a1.client.post("/api/registers/disposal_log", {
      entryType: "record",
      occurredAt: at("13:00"),
      personId: a1.personId,
      data: { assetLabel: "旧住民票写し" },
    });
    expect(noMethod.status).toBe(400);
    expect(Object.keys((await json(noMethod)).error.fields)).toContain("data.method");
    const noPerson = await a1.client.post("/api/registers/disposal_log", {
      entryType: "record",
      occurredAt: at("13:00"),
      data: { assetLabel: "旧住民票写し", method: "溶解処理" },
    });
    expect(noPerson.status).toBe(400);
    const ok = await a1.client.post("/api/registers/disposal_log", {
      entryType: "record",
      occurredAt: at("13:00"),
      personId: a1.personId,
      data: { assetLabel: "旧住民票写し", method: "溶解処理" },
    });
    expect(ok.status).toBe(201);
    expect((await json(ok)).data).toMatchObject({ occurredAt: expect.any(String), personId: a1.personId });
  });

  it("第8章1(3) オペレーション実施記録 with a second person who confirms; 第8章1(4) 障害記録書", async () => {
    const rec = await json(
      await a1.client.post("/api/registers/work_log", {
        entryType: "record",
        occurredAt: at("14:00"),
        personId: a1.personId,
        data: { system: "住民記録システム", work: "夜間バッチの再実行", secondPersonId: a2.personId },
      }),
    );
    expect(
      (
        await a2.client.post("/api/registers/work_log", {
          entryType: "confirm",
          occurredAt: at("14:10"),
          closesId: rec.data.id,
          data: {},
        })
      ).status,
    ).toBe(201);
    const failure = await a1.client.post("/api/registers/failure_log", {
      entryType: "record",
      occurredAt: at("15:00"),
      personId: a1.personId,
      data: { system: "住民記録システム", symptom: "帳票が出力されない", action: "プリンタキューの再起動" },
    });
    expect(failure.status).toBe(201);
    const noSymptom = await a1.client.post("/api/registers/failure_log", {
      entryType: "record",
      occurredAt: at("15:00"),
      personId: a1.personId,
      data: { system: "住民記録システム", action: "再起動" },
    });
    expect(noSymptom.status).toBe(400);
  });
});

describe("川崎市 基準 第4章1(3)イ, 第4章1(4): 作成・取得時に第3章2の区分を定め、情報資産台帳に載せる", () => {
  it("an asset is not registered without its 機密性・完全性・可用性 区分; with them it is in the register", async () => {
    const none = await a1.client.post("/api/assets", {
      kind: "information",
      departmentId: deptA,
      name: "窓口受付簿",
    });
    expect(none.status).toBe(400);
    expect(Object.keys((await json(none)).error.fields)).toContain("confidentiality");
    const ok = await a1.client.post("/api/assets", {
      kind: "information",
      departmentId: deptA,
      name: "窓口受付簿",
      confidentiality: "II",
      integrity: "II",
      availability: "III",
    });
    expect(ok.status).toBe(201);
    const asset = (await json(ok)).data;
    expect(asset.effective.confidentiality.label).toBe("区分Ⅱ");
    const listed = ((await (await a1.client.get("/api/assets?limit=200")).json()) as any).items as any[];
    expect(listed.map((a) => a.id)).toContain(asset.id);
  });
});
