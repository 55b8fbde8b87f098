/** Who sees what, and case work from triage to closing, with audit events. */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "../../db/schema";
import { createTestApp, type TestApp } from "../../test/app";
import type { AuthedClient } from "../../test/session";
import { client, eventsOf, type Json, makeAsset, ok, village } from "./test-helpers";

let t: TestApp;
let v: Awaited<ReturnType<typeof village>>;
let csirt: AuthedClient;

beforeAll(async () => {
  t = await createTestApp();
  v = await village(t);
  csirt = await client(t, v.csirt1);
});
afterAll(async () => {
  await t.close();
});

async function staffReport(who = v.staffA, summary = "USBメモリ紛失") {
  const c = await client(t, who);
  return ok<Json>(await c.post("/api/incidents", { summary, details: "詳細", personalInfo: false }), 201);
}
const ids = (list: Json) => list.items.map((i: Json) => i.id);

describe("who sees what (list and detail by the same rule)", () => {
  it("CSIRT sees every case; a reporter their own; a department the cases involving its assets", async () => {
    const mine = await staffReport(v.staffA, "自分の報告");
    const staffA = await client(t, v.staffA);
    const staffB = await client(t, v.staffB);
    const staffC = await client(t, v.staffC);
    expect(ids(await ok<Json>(await staffA.get("/api/incidents")))).toContain(mine.id);
    expect(ids(await ok<Json>(await csirt.get("/api/incidents")))).toContain(mine.id);
    expect(ids(await ok<Json>(await staffB.get("/api/incidents")))).not.toContain(mine.id);
    expect((await staffB.get(`/api/incidents/${mine.id}`)).status).toBe(404);

    // Linking an asset of 税務課 makes the case visible to 税務課 (its staff and its manager), not 教育課.
    const asset = await makeAsset(t, v.deptB.id, "税務課USBメモリ", "ZEIMU-000001");
    const linked = await ok<Json>(
      await csirt.post(`/api/incidents/${mine.id}/assets`, { assetId: asset.id }),
    );
    expect(linked.assets).toMatchObject([
      { assetId: asset.id, assetNumber: "ZEIMU-000001", assetName: "税務課USBメモリ" },
    ]);
    expect(ids(await ok<Json>(await staffB.get("/api/incidents")))).toContain(mine.id);
    expect((await staffB.get(`/api/incidents/${mine.id}`)).status).toBe(200);
    const managerB = await client(t, v.managerB);
    expect(ids(await ok<Json>(await managerB.get("/api/incidents")))).toContain(mine.id);
    expect(ids(await ok<Json>(await staffC.get("/api/incidents")))).not.toContain(mine.id);
    expect((await staffC.get(`/api/incidents/${mine.id}`)).status).toBe(404);
    expect((await eventsOf(t, "incident.asset_linked")).some((e) => e.targetId === mine.id)).toBe(true);
    // A nonexistent asset is refused; the same asset twice is a conflict.
    expect(
      (await csirt.post(`/api/incidents/${mine.id}/assets`, { assetId: crypto.randomUUID() })).status,
    ).toBe(400);
    expect((await csirt.post(`/api/incidents/${mine.id}/assets`, { assetId: asset.id })).status).toBe(409);
  });

  it("a restricted case is seen only by its named members (list and detail)", async () => {
    const c = await staffReport(v.staffA, "内部不正の疑い");
    const r = await ok<Json>(
      await csirt.put(`/api/incidents/${c.id}/restriction`, {
        restricted: true,
        memberPersonIds: [v.ciso.personId],
      }),
    );
    expect(r.restricted).toBe(true);
    const csirtOther = await client(t, v.csirt2);
    const staffA = await client(t, v.staffA);
    const ciso = await client(t, v.ciso);
    for (const outsider of [csirtOther, staffA]) {
      expect(ids(await ok<Json>(await outsider.get("/api/incidents")))).not.toContain(c.id);
      expect((await outsider.get(`/api/incidents/${c.id}`)).status).toBe(404);
    }
    for (const insider of [csirt, ciso]) {
      expect(ids(await ok<Json>(await insider.get("/api/incidents")))).toContain(c.id);
      expect((await insider.get(`/api/incidents/${c.id}`)).status).toBe(200);
    }
    // Not a member: even the rest of the CSIRT cannot act on it.
    expect(
      (await csirtOther.post(`/api/incidents/${c.id}/triage`, { decision: "not_incident", reason: "x" }))
        .status,
    ).toBe(404);
    const ev = (await eventsOf(t, "incident.restriction_set")).find((e) => e.targetId === c.id) as Json;
    expect(ev.data.members.sort()).toEqual([v.csirt1.personId, v.ciso.personId].sort());
  });

  it("a named member can be removed by the CSIRT (audited) and loses sight at once", async () => {
    const c = await staffReport(v.staffA, "内部調査");
    await ok<Json>(
      await csirt.put(`/api/incidents/${c.id}/restriction`, {
        restricted: true,
        memberPersonIds: [v.ciso.personId, v.staffB.personId],
      }),
    );
    const ciso = await client(t, v.ciso);
    const staffB = await client(t, v.staffB);
    // staffB is a member (sees it) but not the CSIRT: cannot remove anyone.
    expect((await staffB.get(`/api/incidents/${c.id}`)).status).toBe(200);
    expect((await staffB.delete(`/api/incidents/${c.id}/members/${v.ciso.personId}`)).status).toBe(403);
    // The CISO is a member too, yet removing is the CSIRT's.
    expect((await ciso.delete(`/api/incidents/${c.id}/members/${v.staffB.personId}`)).status).toBe(403);

    const view = await ok<Json>(await csirt.delete(`/api/incidents/${c.id}/members/${v.staffB.personId}`));
    expect(view.members.map((m: Json) => m.id).sort()).toEqual([v.csirt1.personId, v.ciso.personId].sort());
    // At once, with the same session: gone from the list and the detail.
    expect(ids(await ok<Json>(await staffB.get("/api/incidents")))).not.toContain(c.id);
    expect((await staffB.get(`/api/incidents/${c.id}`)).status).toBe(404);
    expect(ids(await ok<Json>(await ciso.get("/api/incidents")))).toContain(c.id);
    const ev = (await eventsOf(t, "incident.member_removed")).find((e) => e.targetId === c.id) as Json;
    expect(ev.data.personId).toBe(v.staffB.personId);
    expect(ev.actorUserId).toBe(v.csirt1.userId);
    expect(ev.data.members.sort()).toEqual([v.csirt1.personId, v.ciso.personId].sort());

    // Not a member (any more): 404; the last member of a restricted case stays.
    expect((await csirt.delete(`/api/incidents/${c.id}/members/${v.staffB.personId}`)).status).toBe(404);
    await ok<Json>(await csirt.delete(`/api/incidents/${c.id}/members/${v.ciso.personId}`));
    expect((await ciso.get(`/api/incidents/${c.id}`)).status).toBe(404);
    expect((await csirt.delete(`/api/incidents/${c.id}/members/${v.csirt1.personId}`)).status).toBe(409);
    expect((await csirt.get(`/api/incidents/${c.id}`)).status).toBe(200);
  });

  it("only the CSIRT triages; staff cannot", async () => {
    const c = await staffReport();
    const staffA = await client(t, v.staffA);
    expect(
      (
        await staffA.post(`/api/incidents/${c.id}/triage`, {
          decision: "incident",
          severity: "low",
          category: "other",
        })
      ).status,
    ).toBe(403);
    const view = await ok<Json>(await staffA.get(`/api/incidents/${c.id}`));
    expect(view.policies).toMatchObject({ read: true, triage: false, manage: false });
  });
});

describe("case work", () => {
  it("6.3(3)③④: triage → containment → recovery → closed with cause, measures and prevention actions tracked after closing", async () => {
    const c = await staffReport(v.staffA, "USBメモリ紛失（住民票データ）");
    // Incident needs severity and category.
    const missing = await csirt.post(`/api/incidents/${c.id}/triage`, { decision: "incident" });
    expect(missing.status).toBe(400);
    expect(Object.keys((await missing.json()).error.fields)).toEqual(["severity"]);
    let view = await ok<Json>(
      await csirt.post(`/api/incidents/${c.id}/triage`, {
        decision: "incident",
        severity: "high",
        category: "loss_theft",
      }),
    );
    expect(view).toMatchObject({
      stage: "containment",
      triageDecision: "incident",
      severity: "high",
      category: "loss_theft",
    });
    expect(view.categoryLabel.ja).toBe("紛失・盗難");
    const triaged = (await eventsOf(t, "incident.triaged")).find((e) => e.targetId === c.id) as Json;
    expect(triaged.data).toMatchObject({ decision: "incident", stage: { from: "new", to: "containment" } });

    // Tasks and the timeline.
    view = await ok<Json>(
      await csirt.post(`/api/incidents/${c.id}/tasks`, {
        title: "紛失場所の捜索",
        assigneePersonId: v.managerA.personId,
        dueDate: "2026-04-03",
      }),
    );
    const task = view.tasks[0];
    expect(task).toMatchObject({
      title: "紛失場所の捜索",
      assignee: { id: v.managerA.personId },
      done: false,
    });
    view = await ok<Json>(
      await csirt.patch(`/api/incidents/${c.id}/tasks/${task.id}`, { result: "発見できず", done: true }),
    );
    expect(view.tasks[0]).toMatchObject({ result: "発見できず", done: true });
    const happened = new Date(t.clock.now.getTime() - 2 * 86_400_000).toISOString();
    view = await ok<Json>(
      await csirt.post(`/api/incidents/${c.id}/timeline`, {
        kind: "detection",
        occurredAt: happened,
        text: "紛失に気付いた",
      }),
    );
    const entry = view.timeline.find((e: Json) => e.text === "紛失に気付いた");
    expect(entry.occurredAt).toBe(happened);
    expect(entry.recordedAt).toBe(t.clock.now.toISOString());
    expect(
      (
        await csirt.post(`/api/incidents/${c.id}/timeline`, {
          kind: "detection",
          occurredAt: "2099-01-01T00:00:00Z",
          text: "x",
        })
      ).status,
    ).toBe(400);

    view = await ok<Json>(
      await csirt.post(`/api/incidents/${c.id}/stage`, { stage: "recovery", note: "パスワード変更済み" }),
    );
    expect(view.stage).toBe("recovery");
    expect(view.containedAt).toBeTruthy();

    // Closing needs cause, measures and at least one prevention action.
    const bad = await csirt.post(`/api/incidents/${c.id}/close`, {
      cause: "",
      measures: "",
      preventionActions: [],
    });
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).error.fields).sort()).toEqual([
      "cause",
      "measures",
      "preventionActions",
    ]);
    view = await ok<Json>(
      await csirt.post(`/api/incidents/${c.id}/close`, {
        cause: "持ち出し記録の不備",
        measures: "関係者への連絡",
        preventionActions: [
          { title: "USBメモリの暗号化を義務化", ownerPersonId: v.netAdmin.personId, dueDate: "2026-06-30" },
          { title: "持ち出し簿の点検" },
        ],
      }),
    );
    expect(view.stage).toBe("closed");
    expect(view.preventionActions.map((p: Json) => p.status)).toEqual(["open", "open"]);
    expect(view.policies).toMatchObject({ manage: false, trackPrevention: true });
    expect((await csirt.post(`/api/incidents/${c.id}/tasks`, { title: "late" })).status).toBe(403);
    // Prevention actions stay tracked after closing, until done.
    const open = await ok<Json>(await csirt.get("/api/incidents?stage=closed"));
    expect(ids(open)).toContain(c.id);
    view = await ok<Json>(
      await csirt.post(`/api/incidents/${c.id}/prevention-actions/${view.preventionActions[1].id}/done`, {
        result: "点検完了",
      }),
    );
    expect(view.preventionActions.map((p: Json) => p.status)).toEqual(["open", "done"]);
    const closed = (await eventsOf(t, "incident.closed")).find((e) => e.targetId === c.id) as Json;
    expect(closed.data.preventionActions).toHaveLength(2);
    expect((await eventsOf(t, "incident.prevention_done")).some((e) => e.targetId === c.id)).toBe(true);
  });

  it("not an incident needs a reason; a duplicate is merged into another case", async () => {
    const a = await staffReport(v.staffA, "迷惑メール");
    const b = await staffReport(v.staffA, "迷惑メール（同じもの）");
    expect((await csirt.post(`/api/incidents/${a.id}/triage`, { decision: "not_incident" })).status).toBe(
      400,
    );
    const na = await ok<Json>(
      await csirt.post(`/api/incidents/${a.id}/triage`, {
        decision: "not_incident",
        reason: "迷惑メールのみで開封なし",
      }),
    );
    expect(na).toMatchObject({
      stage: "closed",
      triageDecision: "not_incident",
      triageReason: "迷惑メールのみで開封なし",
    });
    const dup = await ok<Json>(
      await csirt.post(`/api/incidents/${b.id}/triage`, { decision: "duplicate", duplicateOfId: a.id }),
    );
    expect(dup).toMatchObject({ stage: "closed", triageDecision: "duplicate", duplicateOfId: a.id });
  });

  it("2(7)④⑤, 7.5(3): PPC facts decide the duty and the JST deadlines; outside reports (総務省, NISC, 熊本県, 警察) and the press decision are recorded", async () => {
    const c = await staffReport(v.staffA, "個人情報の漏えい");
    await ok<Json>(
      await csirt.post(`/api/incidents/${c.id}/triage`, {
        decision: "incident",
        severity: "critical",
        category: "data_leak",
      }),
    );
    let view = await ok<Json>(
      await csirt.put(`/api/incidents/${c.id}/ppc`, {
        personCount: 150,
        sensitive: false,
        financialHarm: false,
        improperPurpose: false,
        awareAt: "2026-04-01T23:30:00+09:00",
      }),
    );
    expect(view.ppc.mandatory).toBe(true);
    expect(view.ppc.reasons.map((r: Json) => r.key)).toEqual(["over_100_people"]);
    expect(view.ppc.deadlines.map((d: Json) => [d.key, d.due])).toEqual([
      ["preliminary", "2026-04-06"],
      ["final", "2026-05-01"],
    ]);
    view = await ok<Json>(
      await csirt.put(`/api/incidents/${c.id}/ppc`, {
        personCount: 3,
        sensitive: false,
        financialHarm: false,
        improperPurpose: true,
        awareAt: "2026-04-01T23:30:00+09:00",
      }),
    );
    expect(view.ppc.deadlines.map((d: Json) => [d.key, d.due])).toEqual([
      ["preliminary", "2026-04-06"],
      ["final_improper_purpose", "2026-05-31"],
    ]);
    expect(view.outsideReports.map((o: Json) => o.bodyKey)).toEqual([
      "mic",
      "nisc",
      "prefecture",
      "ppc",
      "police",
    ]);
    expect(view.outsideReports.find((o: Json) => o.bodyKey === "prefecture").name.ja).toBe("熊本県");
    view = await ok<Json>(
      await csirt.put(`/api/incidents/${c.id}/outside-reports/ppc`, {
        decision: "report",
        sentOn: "2026-04-03",
        referenceNumber: "PPC-123",
      }),
    );
    expect(view.outsideReports.find((o: Json) => o.bodyKey === "ppc")).toMatchObject({
      decision: "report",
      sentOn: "2026-04-03",
      referenceNumber: "PPC-123",
    });
    expect(
      (await csirt.put(`/api/incidents/${c.id}/outside-reports/police`, { decision: "not_report" })).status,
    ).toBe(400);
    view = await ok<Json>(
      await csirt.put(`/api/incidents/${c.id}/outside-reports/police`, {
        decision: "not_report",
        reason: "犯罪性なし",
      }),
    );
    expect(view.outsideReports.find((o: Json) => o.bodyKey === "police").reason).toBe("犯罪性なし");
    expect(
      (await csirt.put(`/api/incidents/${c.id}/outside-reports/fbi`, { decision: "not_report", reason: "x" }))
        .status,
    ).toBe(400);
    view = await ok<Json>(
      await csirt.put(`/api/incidents/${c.id}/press`, {
        decision: "publish",
        reason: "影響が広範",
        approverPersonId: v.ciso.personId,
      }),
    );
    expect(view.press).toMatchObject({
      decision: "publish",
      approver: { id: v.ciso.personId, name: "副村長" },
    });
    expect(view.timeline.some((e: Json) => e.kind === "outside_report")).toBe(true);
    expect(view.timeline.some((e: Json) => e.kind === "press")).toBe(true);
    for (const type of ["incident.ppc_assessed", "incident.outside_report_decided", "incident.press_decided"])
      expect(
        (await eventsOf(t, type)).some((e) => e.targetId === c.id),
        type,
      ).toBe(true);
    // The people to call now, with phones for the CSIRT.
    const step2 = view.callNow.find((s: Json) => s.step === 2);
    expect(step2.people).toMatchObject([{ personId: v.netAdmin.personId, phone: "096-000-0001" }]);
  });

  it("evidence: type by content, 10 MB, SHA-256 and chain of custody", async () => {
    const c = await staffReport(v.staffA, "証拠あり");
    await ok<Json>(
      await csirt.post(`/api/incidents/${c.id}/triage`, {
        decision: "incident",
        severity: "low",
        category: "other",
      }),
    );
    const form = new FormData();
    form.set("file", new File([Buffer.from("ログ: 不審な通信", "utf8")], "log.txt", { type: "text/plain" }));
    form.set("kind", "evidence");
    let view = await ok<Json>(await csirt.post(`/api/incidents/${c.id}/files`, form));
    const file = view.files[0];
    expect(file).toMatchObject({ kind: "evidence", fileName: "log.txt", contentType: "text/plain" });
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    const dl = await csirt.get(`/api/incidents/${c.id}/files/${file.id}`);
    expect(dl.headers.get("content-disposition")).toContain("attachment");
    expect(await dl.text()).toBe("ログ: 不審な通信");

    const exe = new FormData();
    exe.set("file", new File([Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03])], "report.pdf"));
    exe.set("kind", "evidence");
    expect((await csirt.post(`/api/incidents/${c.id}/files`, exe)).status).toBe(400);
    const big = new FormData();
    big.set("file", new File([Buffer.alloc(10 * 1024 * 1024 + 10, 0x41)], "big.txt"));
    expect((await csirt.post(`/api/incidents/${c.id}/files`, big)).status).toBe(413);

    view = await ok<Json>(
      await csirt.post(`/api/incidents/${c.id}/files/${file.id}/custody`, {
        handedFrom: "住民 職員",
        handedTo: "CSIRT 一郎",
        handedAt: "2026-04-01T10:00:00+09:00",
      }),
    );
    expect(view.files[0].custody).toMatchObject([{ handedFrom: "住民 職員", handedTo: "CSIRT 一郎" }]);
    const ev = (await eventsOf(t, "incident.custody_recorded")).find((e) => e.targetId === c.id) as Json;
    expect(ev.data.sha256).toBe(file.sha256);
    // The reporter may attach to their own open report, not evidence.
    const staffA = await client(t, v.staffA);
    const att = new FormData();
    att.set("file", new File([Buffer.from("%PDF-1.4\n%test")], "memo.pdf"));
    expect((await staffA.post(`/api/incidents/${c.id}/files`, att)).status).toBe(200);
    const ev2 = new FormData();
    ev2.set("file", new File([Buffer.from("x")], "x.txt"));
    ev2.set("kind", "evidence");
    expect((await staffA.post(`/api/incidents/${c.id}/files`, ev2)).status).toBe(403);
  });

  it("metrics per 年度 for the CSIRT, not for staff", async () => {
    const m = await ok<Json>(await csirt.get("/api/incidents/metrics?fiscalYear=2026"));
    expect(m.fiscalYear).toBe(2026);
    expect(m.incidents).toBeGreaterThanOrEqual(3);
    expect(m.byCategory.loss_theft).toBeGreaterThanOrEqual(1);
    expect(m.timeToTriage.count).toBeGreaterThanOrEqual(3);
    const staffA = await client(t, v.staffA);
    expect((await staffA.get("/api/incidents/metrics")).status).toBe(403);
  });
});

describe("violations (違反) and the emergency response plan", () => {
  it("report, notify the department manager (the ネットワーク管理者 who found it is not told again), record measures, suspend the login (8.6(2)①③)", async () => {
    const net = await client(t, v.netAdmin);
    const staffC = await client(t, v.staffC);
    expect(
      (await staffC.post("/api/violations", { personId: v.staffA.personId, description: "x" })).status,
    ).toBe(403);
    const created = await ok<Json>(
      await net.post("/api/violations", {
        personId: v.staffA.personId,
        description: "私物USBメモリの無断使用",
      }),
      201,
    );
    expect(created.policies).toMatchObject({ read: true, suspendRights: true, withdrawRights: true });
    let view = await ok<Json>(await net.post(`/api/violations/${created.id}/notify-manager`, {}));
    expect(view.managersNotified.map((m: Json) => m.personId)).toEqual([v.managerA.personId]);
    const managerA = await client(t, v.managerA);
    const list = await ok<Json>(await managerA.get("/api/violations"));
    expect(list.items.map((i: Json) => i.id)).toContain(created.id);
    const managerB = await client(t, v.managerB);
    expect(
      (await ok<Json>(await managerB.get("/api/violations"))).items.map((i: Json) => i.id),
    ).not.toContain(created.id);
    view = await ok<Json>(
      await managerA.post(`/api/violations/${created.id}/measures`, { measures: "指導を実施" }),
    );
    expect(view.measures).toBe("指導を実施");
    // The manager may not suspend rights; the network administrator may.
    expect(
      (await managerA.post(`/api/violations/${created.id}/rights`, { action: "suspend", reason: "x" }))
        .status,
    ).toBe(403);
    const staffA = await client(t, v.staffA);
    view = await ok<Json>(
      await net.post(`/api/violations/${created.id}/rights`, {
        action: "suspend",
        reason: "指導後も改善されない",
      }),
    );
    expect(view.rightsAction).toBe("suspend");
    const [u] = await t.database.db.select().from(users).where(eq(users.id, v.staffA.userId));
    expect(u.disabled).toBe(true);
    expect((await staffA.get("/api/incidents")).status).toBe(401);
    for (const type of [
      "violation.reported",
      "violation.manager_notified",
      "violation.measures_recorded",
      "violation.rights_suspended",
    ])
      expect(
        (await eventsOf(t, type)).some((e) => e.targetId === created.id),
        type,
      ).toBe(true);
    view = await ok<Json>(
      await net.post(`/api/violations/${created.id}/rights`, { action: "restore", reason: "改善を確認" }),
    );
    expect(view.rightsAction).toBe("none");
    const [u2] = await t.database.db.select().from(users).where(eq(users.id, v.staffA.userId));
    expect(u2.disabled).toBe(false);
  });

  it("a 課長 who finds a violation tells the ネットワーク管理者 as well as the person's 課長 (8.6(2)②: ネットワーク管理者及び…情報セキュリティ・システム管理者)", async () => {
    const managerA = await client(t, v.managerA);
    const created = await ok<Json>(
      await managerA.post("/api/violations", {
        personId: v.staffA.personId,
        description: "パスワードの貼り紙",
      }),
      201,
    );
    const view = await ok<Json>(await managerA.post(`/api/violations/${created.id}/notify-manager`, {}));
    const told = view.managersNotified.map((m: Json) => m.personId);
    expect(told).toContain(v.netAdmin.personId);
    expect(told).toContain(v.managerA.personId);
    expect(told).not.toContain(v.staffA.personId);
    const ev = (await eventsOf(t, "violation.manager_notified")).find(
      (e) => e.targetId === created.id,
    ) as Json;
    expect(ev.data.alsoClause).toBe("nishihara:対策基準/8.6/(2)/②");
    const net = await client(t, v.netAdmin);
    expect((await ok<Json>(await net.get("/api/violations"))).items.map((i: Json) => i.id)).toContain(
      created.id,
    );
  });

  it("the emergency response plan is versioned; staff read it, the CISO and CSIRT draft it, another approves it", async () => {
    const plan = {
      contacts: [{ role: "CISO", name: "副村長", phone: "096-000-0009" }],
      whatToReport: ["発生日時", "影響範囲"],
      responseMeasures: ["ネットワークから切り離す"],
      recurrencePrevention: ["原因を究明し再発防止策を策定"],
    };
    const staffC = await client(t, v.staffC);
    const ciso = await client(t, v.ciso);
    expect((await staffC.put("/api/emergency-plan", plan)).status).toBe(403);
    // The CSIRT drafts; the CISO (the kind's approver, not the drafter) approves and publishes (#12).
    const inForce = async (note: string, whatToReport: string[]) => {
      const draft = await ok<Json>(await csirt.put("/api/emergency-plan", { ...plan, whatToReport, note }));
      const n = draft.pending.version;
      const url = `/api/documents/${draft.documentId}/versions/${n}`;
      expect((await ciso.post(`${url}/approve`, { effectiveOn: "2026-04-01" })).status).toBe(200);
      expect((await ciso.post(`${url}/publish`, {})).status).toBe(200);
      return ok<Json>(await csirt.get("/api/emergency-plan"));
    };
    let view = await inForce("初版", plan.whatToReport);
    expect(view.current.version).toBe(1);
    view = await inForce("改訂", ["発生日時"]);
    expect(view.current.version).toBe(2);
    expect(view.versions.map((x: Json) => x.version)).toEqual([2, 1]);
    expect(view.rule.clause).toBe("nishihara:対策基準/8.3/(2)");
    const v1 = await ok<Json>(await staffC.get("/api/emergency-plan/versions/1"));
    expect(v1.current.content.whatToReport).toEqual(["発生日時", "影響範囲"]);
    expect((await eventsOf(t, "emergency_plan.drafted")).length).toBe(2);
  });
});
