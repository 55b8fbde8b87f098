/**
 * The incident routes answer what they declare (server/modules/incidents/responses.ts): real
 * answers, from a case with every part filled in, parsed against the declared response schemas.
 * tsc holds the view functions to the schemas' types; this holds the JSON itself to them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { expectDeclaredShape } from "../../test/response-schema";
import { client, type Json, makeAsset, ok, village } from "./test-helpers";

let t: TestApp;
let v: Awaited<ReturnType<typeof village>>;

beforeAll(async () => {
  t = await createTestApp();
  v = await village(t);
});
afterAll(async () => {
  await t.close();
});

const CASE = { method: "GET", path: "/api/incidents/{id}" };

describe("incident routes answer their declared response schemas", () => {
  it("a report, the list, and a case with every part (escalation, PPC, outside reports, press, timeline, task, evidence, asset)", async () => {
    const staff = await client(t, v.staffA);
    const csirt = await client(t, v.csirt1);
    const created = (await expectDeclaredShape(
      t,
      await staff.post("/api/incidents", {
        summary: "個人情報の漏えい",
        details: "詳細",
        occurredAt: new Date(t.clock.now.getTime() - 3_600_000).toISOString(),
        personalInfo: true,
        personCount: 150,
      }),
      { method: "POST", path: "/api/incidents", status: 201 },
    )) as Json;
    const id = created.id as string;
    const at = (p: string) => `/api/incidents/${id}${p}`;
    await ok(
      await csirt.post(at("/triage"), { decision: "incident", severity: "high", category: "data_leak" }),
    );
    await ok(
      await csirt.put(at("/ppc"), {
        personCount: 150,
        sensitive: true,
        financialHarm: false,
        improperPurpose: false,
        awareAt: "2026-04-01T23:30:00+09:00",
      }),
    );
    await ok(await csirt.put(at("/outside-reports/ppc"), { decision: "report", sentOn: "2026-04-03" }));
    await ok(
      await csirt.put(at("/press"), {
        decision: "not_publish",
        reason: "本人への連絡が済むまで",
        approverPersonId: v.ciso.personId,
      }),
    );
    await ok(
      await csirt.post(at("/timeline"), {
        kind: "note",
        occurredAt: new Date(t.clock.now.getTime() - 60_000).toISOString(),
        text: "記録",
      }),
    );
    await ok(await csirt.post(at("/tasks"), { title: "本人へ連絡", assigneePersonId: v.csirt2.personId }));
    const asset = await makeAsset(t, v.deptA.id, "住民名簿", "A-RESP-1");
    await ok(await csirt.post(at("/assets"), { assetId: asset.id }));
    const form = new FormData();
    form.set("file", new File([Buffer.from("ログ", "utf8")], "log.txt", { type: "text/plain" }));
    form.set("kind", "evidence");
    const withFile = (await expectDeclaredShape(t, await csirt.post(at("/files"), form), {
      method: "POST",
      path: "/api/incidents/{id}/files",
    })) as Json;
    await expectDeclaredShape(
      t,
      await csirt.post(at(`/files/${withFile.files[0].id}/custody`), {
        handedFrom: "住民 職員",
        handedTo: "CSIRT 一郎",
        handedAt: new Date(t.clock.now.getTime() - 60_000).toISOString(),
      }),
      { method: "POST", path: "/api/incidents/{id}/files/{fileId}/custody" },
    );
    await expectDeclaredShape(t, await csirt.get(at("")), CASE);
    await expectDeclaredShape(t, await staff.get(at("")), CASE);
    await expectDeclaredShape(t, await csirt.get("/api/incidents"), {
      method: "GET",
      path: "/api/incidents",
    });
    // The 年度's metrics count the triaged case; the CSIRT was told of the report.
    const metrics = (await expectDeclaredShape(t, await csirt.get("/api/incidents/metrics"), {
      method: "GET",
      path: "/api/incidents/metrics",
    })) as Json;
    expect(metrics).toMatchObject({ reports: 1, incidents: 1, bySeverity: { high: 1 } });
    const told = (await expectDeclaredShape(t, await csirt.get("/api/incidents/notifications"), {
      method: "GET",
      path: "/api/incidents/notifications",
    })) as { items: Array<{ incidentId: string | null }> };
    expect(told.items.map((n) => n.incidentId)).toContain(id);
  });

  it("violations and the emergency plan", async () => {
    const net = await client(t, v.netAdmin);
    const created = (await expectDeclaredShape(
      t,
      await net.post("/api/violations", {
        personId: v.staffA.personId,
        description: "私物USBメモリの無断使用",
      }),
      { method: "POST", path: "/api/violations", status: 201 },
    )) as Json;
    await expectDeclaredShape(t, await net.post(`/api/violations/${created.id}/notify-manager`, {}), {
      method: "POST",
      path: "/api/violations/{id}/notify-manager",
    });
    await expectDeclaredShape(t, await net.get("/api/violations"), {
      method: "GET",
      path: "/api/violations",
    });
    const csirt = await client(t, v.csirt1);
    await expectDeclaredShape(
      t,
      await csirt.put("/api/emergency-plan", {
        contacts: [{ role: "CISO", name: "副村長", phone: "096-000-0009" }],
        whatToReport: ["発生日時"],
        responseMeasures: ["切り離す"],
        recurrencePrevention: ["原因の究明"],
        note: "初版",
      }),
      { method: "PUT", path: "/api/emergency-plan" },
    );
    await expectDeclaredShape(t, await csirt.get("/api/emergency-plan"), {
      method: "GET",
      path: "/api/emergency-plan",
    });
  });
});
