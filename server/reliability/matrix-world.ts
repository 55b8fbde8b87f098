/**
 * The world of the write authorization matrix: departments A and B (and a home department for
 * the organization-wide roles), the eight personas of the GET matrix, two witnesses (people who
 * hold what none of the eight personas holds, to prove a fixture valid where the matrix expects
 * nobody to be allowed), department A's base records, and makers that create department A's
 * records anew — through the API as the persona whose act it is, or the test factories.
 */
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { generateSecret } from "otplib";
import { users } from "../auth/tables";
import type { TestApp } from "../test/app";
import { assignRole, makeDepartment, makePerson, makeUser } from "../test/factories";
import { type AuthedClient, authed, signIn } from "../test/session";

export type Persona = "anonymous" | "staffA" | "managerA" | "staffB" | "ciso" | "csirt" | "auditor" | "admin";
export type SignedInPersona = Exclude<Persona, "anonymous">;
/** Not in the matrix: they prove a fixture valid when none of the eight may act. */
export type Witness = "netAdmin" | "deputyA" | "committee" | "auditLead";
export type Actor = SignedInPersona | Witness;

export const PERSONAS: Persona[] = [
  "anonymous",
  "staffA",
  "managerA",
  "staffB",
  "ciso",
  "csirt",
  "auditor",
  "admin",
];
export const SIGNED_IN = PERSONAS.filter((p): p is SignedInPersona => p !== "anonymous");

/** Department (or null: the home department) and roles of each signed-in persona and witness. */
type RoleSpec = ["A" | "B" | "home", Array<[string, "A" | null]>];
export const ROLES: Record<Actor, RoleSpec> = {
  staffA: ["A", []],
  managerA: ["A", [["security_system_manager", "A"]]],
  staffB: ["B", []],
  ciso: ["home", [["ciso", null]]],
  csirt: ["home", [["csirt", null]]],
  auditor: ["home", [["auditor", null]]],
  admin: ["home", [["system_staff", null]]],
  netAdmin: ["home", [["network_administrator", null]]],
  deputyA: ["home", []],
  committee: ["home", [["committee", null]]],
  auditLead: ["home", [["audit_lead", null]]],
};

export interface Member {
  personId: string;
  userId: string;
  loginId: string;
  password: string;
}

export interface World {
  t: TestApp;
  deptA: { id: string; name: string };
  deptB: { id: string; name: string };
  home: { id: string; name: string };
  members: Record<Actor, Member>;
  clients: Record<Actor, AuthedClient>;
  /** Department A's base records (read by fixtures that only refer to them). */
  base: { asset: string; registerEntry: string; deputy: string };
  /** Next unique number (names, codes, fiscal years). */
  seq(): number;
}

let ipSeq = 0;
/** A distinct client address per sign-in: the login rate limit is per address. */
export const nextIp = () => {
  ipSeq++;
  return `10.77.${Math.floor(ipSeq / 250) % 250}.${(ipSeq % 250) + 1}`;
};

/** A signed-in user with MFA already enabled (the profile requires it of everyone). */
export async function signedInUser(
  t: TestApp,
  departmentId: string | null,
  roles: Array<[string, string | null]>,
  name?: string,
): Promise<{ member: Member; client: AuthedClient }> {
  const { person, user, password } = await makeUser(t.database.db, { departmentId, roles, name });
  const secret = generateSecret();
  await t.database.db
    .update(users)
    .set({ totpSecret: secret, totpEnabled: true })
    .where(eq(users.id, user.id));
  const session = await signIn(t, user.loginId, password, secret, { ip: nextIp() });
  return {
    member: { personId: person.id, userId: user.id, loginId: user.loginId, password },
    client: authed(t, session),
  };
}

/** The response body (unwrapping `data`), or an error naming the step when it is not a success. */
export async function ok<T = Record<string, unknown>>(res: Response | Promise<Response>, what: string) {
  const r = await res;
  const text = await r.text();
  if (r.status >= 300) throw new Error(`world: ${what} → ${r.status} ${text.slice(0, 300)}`);
  const body = text ? JSON.parse(text) : {};
  return (body && typeof body === "object" && "data" in body ? body.data : body) as T;
}

export async function buildWorld(t: TestApp): Promise<World> {
  const db = t.database.db;
  const deptA = await makeDepartment(db, { code: "WM-A", name: "住民課" });
  const deptB = await makeDepartment(db, { code: "WM-B", name: "税務課" });
  const home = await makeDepartment(db, { code: "WM-H", name: "総務課" });
  const unit = { A: deptA.id, B: deptB.id, home: home.id };
  const members = {} as Record<Actor, Member>;
  const clients = {} as Record<Actor, AuthedClient>;
  for (const [who, [dept, roles]] of Object.entries(ROLES) as Array<[Actor, RoleSpec]>) {
    const r = roles.map(([key, scope]) => [key, scope ? unit[scope] : null] as [string, string | null]);
    const { member, client } = await signedInUser(t, unit[dept], r, `行列 ${who}`);
    members[who] = member;
    clients[who] = client;
  }
  let n = 0;
  const w: World = {
    t,
    deptA: { id: deptA.id, name: deptA.name },
    deptB: { id: deptB.id, name: deptB.name },
    home: { id: home.id, name: home.name },
    members,
    clients,
    base: { asset: "", registerEntry: "", deputy: "" },
    seq: () => ++n,
  };
  // The deputy (代行) of department A's manager, in force now: the witness deputyA.
  w.base.deputy = (
    await ok<{ id: string }>(
      clients.admin.post("/api/deputies", {
        principalPersonId: members.managerA.personId,
        deputyPersonId: members.deputyA.personId,
        validFrom: "2026-03-01",
        validTo: "2026-12-31",
        reason: "長期出張",
      }),
      "deputy of managerA",
    )
  ).id;
  w.base.asset = await makeAsset(w);
  w.base.registerEntry = (
    await ok<{ id: string }>(
      clients.staffA.post("/api/registers/failure_log", registerBody(w)),
      "register entry",
    )
  ).id;
  return w;
}

// ── makers: department A's records, created anew ─────────────────────────────

export const person = async (w: World, departmentId = w.deptA.id) =>
  (await makePerson(w.t.database.db, { departmentId, name: `対象 ${w.seq()}` })).id;

/** A person of department A with a login (not a persona: safe to disable, reset, transfer). */
export async function loginUser(w: World) {
  const { person: p, user } = await makeUser(w.t.database.db, {
    departmentId: w.deptA.id,
    name: `対象利用者 ${w.seq()}`,
  });
  return { personId: p.id, userId: user.id };
}

export async function roleAssignment(w: World) {
  const p = await person(w);
  return (await assignRole(w.t.database.db, p, "committee", null)).id;
}

export const deputyBody = async (w: World) => ({
  principalPersonId: await person(w),
  deputyPersonId: await person(w),
  validFrom: "2026-04-01",
  validTo: "2026-04-30",
  reason: "研修のため",
});

export async function deputy(w: World) {
  return (await ok<{ id: string }>(w.clients.admin.post("/api/deputies", await deputyBody(w)), "deputy")).id;
}

export const transferBody = async (w: World, effectiveDate = "2026-04-10") => ({
  title: `人事異動 ${w.seq()}`,
  effectiveDate,
  items: [{ personId: await person(w), toDepartmentId: w.deptB.id }],
});

export async function transfer(w: World, effectiveDate?: string) {
  return (
    await ok<{ id: string }>(
      w.clients.admin.post("/api/transfers", await transferBody(w, effectiveDate)),
      "transfer",
    )
  ).id;
}

export async function department(w: World) {
  const n = w.seq();
  return (
    await ok<{ id: string }>(
      w.clients.admin.post("/api/departments", { code: `WM-D${n}`, name: `新設課${n}`, kind: "department" }),
      "department",
    )
  ).id;
}

export const assetBody = (w: World, over: Record<string, unknown> = {}) => ({
  kind: "medium",
  subkind: "usb_memory",
  departmentId: w.deptA.id,
  name: `住民課USBメモリ ${w.seq()}`,
  confidentiality: "2",
  integrity: "1",
  availability: "1",
  ...over,
});

/** An asset of department A, registered by its own staff. */
export async function makeAsset(w: World, over: Record<string, unknown> = {}) {
  return (await ok<{ id: string }>(w.clients.staffA.post("/api/assets", assetBody(w, over)), "asset")).id;
}

export async function relation(w: World) {
  const from = await makeAsset(w, { kind: "medium" });
  const to = await makeAsset(w, { kind: "information", subkind: null });
  const view = await ok<{ relations?: Array<{ id: string }> }>(
    w.clients.staffA.post(`/api/assets/${from}/relations`, { type: "contains", toAssetId: to }),
    "relation",
  );
  const relationId = await relationIdOf(w, from, to);
  return { from, to, relationId, view };
}

async function relationIdOf(w: World, from: string, to: string): Promise<string> {
  const rows = await rowsOf<{ id: string }>(
    w,
    sql`select id from asset_relations where (from_asset_id = ${from} and to_asset_id = ${to}) or (from_asset_id = ${to} and to_asset_id = ${from})`,
  );
  if (!rows[0]) throw new Error("world: relation not found");
  return rows[0].id;
}

export async function namedPerson(w: World) {
  const asset = await makeAsset(w);
  const p = await person(w);
  await ok(w.clients.managerA.post(`/api/assets/${asset}/named-people`, { personId: p }), "named person");
  return { asset, personId: p };
}

export async function savedView(w: World) {
  return (
    await ok<{ id: string }>(
      w.clients.staffA.post("/api/assets/views", { name: `棚卸し用 ${w.seq()}`, query: { q: "USB" } }),
      "saved view",
    )
  ).id;
}

/**
 * A fiscal year no inventory campaign of this world has used yet (one campaign per year and
 * department). Its own counter from 2000, the schema's lowest year: the world's shared `seq`
 * grows with every fixture and once passed 2200, the highest.
 */
const inventoryYears = new WeakMap<World, number>();
export function nextInventoryYear(w: World): number {
  const year = (inventoryYears.get(w) ?? 1999) + 1;
  inventoryYears.set(w, year);
  return year;
}

/** An inventory campaign of department A (each one its own fiscal year: one per year and department). */
export async function campaign(w: World) {
  const asset = await makeAsset(w);
  const id = (
    await ok<{ id: string }>(
      w.clients.managerA.post("/api/assets/inventory/campaigns", {
        fiscalYear: nextInventoryYear(w),
        departmentId: w.deptA.id,
      }),
      "campaign",
    )
  ).id;
  return { id, asset };
}

export const carryOutFields = () => ({
  purpose: "説明会資料",
  destination: "公民館",
  startsAt: "2026-04-01T09:30:00+09:00",
  returnDueAt: "2026-04-01T17:00:00+09:00",
  encrypted: true,
});

export type RequestState = "draft" | "submitted" | "approved" | "in_effect" | "returned";

/** A carry-out request of staffA for a medium of department A, moved to `state` by the right people. */
export async function request(w: World, state: RequestState) {
  const asset = await makeAsset(w);
  const { staffA, managerA } = w.clients;
  const id = (
    await ok<{ id: string }>(
      staffA.post("/api/requests", { kind: "carry_out", assetIds: [asset], fields: carryOutFields() }),
      "request",
    )
  ).id;
  if (state === "draft") return id;
  await ok(staffA.post(`/api/requests/${id}/submit`, {}), "submit");
  if (state === "submitted") return id;
  await ok(managerA.post(`/api/requests/${id}/approve`, { comment: "確認" }), "approve");
  if (state === "approved") return id;
  await ok(staffA.post(`/api/requests/${id}/start`, {}), "start");
  if (state === "in_effect") return id;
  await ok(
    staffA.post(`/api/requests/${id}/return-report`, { returnedAt: w.t.clock.now.toISOString() }),
    "return report",
  );
  return id;
}

/** An emergency exception of managerA (8.4(1)(2): the 課長 takes it), in effect at once and owing its post-report. */
export async function emergencyException(w: World) {
  const id = (
    await ok<{ id: string }>(
      w.clients.managerA.post("/api/requests", {
        kind: "exception",
        assetIds: [],
        fields: {
          rule: "7.1(17) ソフトウェア導入の許可",
          reason: "障害復旧のため緊急でツールを導入",
          measures: "作業後に削除",
          startsAt: "2026-04-01",
          endsAt: "2026-04-02",
          emergency: true,
        },
      }),
      "exception",
    )
  ).id;
  await ok(w.clients.managerA.post(`/api/requests/${id}/submit`, {}), "submit exception");
  return id;
}

/** The approver's (managerA's) notification about a newly submitted request. */
export async function notification(w: World) {
  const requestId = await request(w, "submitted");
  const rows = await rowsOf<{ id: string }>(
    w,
    sql`select id from notifications where record_id = ${requestId} and person_id = ${w.members.managerA.personId} and read_at is null`,
  );
  if (!rows[0]) throw new Error("world: no notification for managerA");
  return rows[0].id;
}

export type IncidentState = "new" | "triaged" | "closed";

/** An incident reported by staffA (told at step 1: managerA and the deputy), moved to `state` by the CSIRT. */
export async function incident(w: World, state: IncidentState) {
  const { staffA, csirt } = w.clients;
  const id = (
    await ok<{ id: string }>(
      staffA.post("/api/incidents", {
        summary: `USBメモリ紛失 ${w.seq()}`,
        details: "庁舎内で紛失",
        personalInfo: false,
      }),
      "incident",
    )
  ).id;
  if (state === "new") return id;
  await ok(
    csirt.post(`/api/incidents/${id}/triage`, {
      decision: "incident",
      severity: "low",
      category: "loss_theft",
    }),
    "triage",
  );
  if (state === "triaged") return id;
  await ok(
    csirt.post(`/api/incidents/${id}/close`, {
      cause: "持ち出し記録の不備",
      measures: "関係者への連絡",
      preventionActions: [{ title: "持ち出し簿の点検" }],
    }),
    "close",
  );
  return id;
}

/** A restricted incident whose named members are the CSIRT member and a person of department A. */
export async function restrictedIncident(w: World) {
  const id = await incident(w, "new");
  const member = await person(w);
  await ok(
    w.clients.csirt.put(`/api/incidents/${id}/restriction`, { restricted: true, memberPersonIds: [member] }),
    "restrict",
  );
  return { id, member };
}

export async function incidentTask(w: World) {
  const id = await incident(w, "triaged");
  const view = await ok<{ tasks: Array<{ id: string }> }>(
    w.clients.csirt.post(`/api/incidents/${id}/tasks`, { title: "紛失場所の捜索" }),
    "task",
  );
  return { id, taskId: view.tasks[0].id };
}

export async function preventionAction(w: World) {
  const id = await incident(w, "closed");
  const rows = await rowsOf<{ id: string }>(
    w,
    sql`select id from incident_prevention_actions where incident_id = ${id}`,
  );
  if (!rows[0]) throw new Error("world: no prevention action");
  return { id, actionId: rows[0].id };
}

export const textFile = (kind: "attachment" | "evidence" = "attachment") => {
  const form = new FormData();
  form.set("file", new File([Buffer.from("ログ: 不審な通信", "utf8")], "log.txt", { type: "text/plain" }));
  form.set("kind", kind);
  return form;
};

export async function incidentFile(w: World) {
  const id = await incident(w, "triaged");
  const view = await ok<{ files: Array<{ id: string }> }>(
    w.clients.csirt.request("POST", `/api/incidents/${id}/files`, textFile("evidence")),
    "evidence",
  );
  return { id, fileId: view.files[0].id };
}

/** A step-1 escalation acknowledged by the deputy acting for managerA: the deputy owes a post-report. */
export async function deputyAcknowledged(w: World) {
  const id = await incident(w, "new");
  await ok(w.clients.deputyA.post(`/api/incidents/${id}/acknowledge`, { note: "代行で確認" }), "acknowledge");
  const rows = await rowsOf<{ id: string }>(
    w,
    sql`select id from incident_escalations where incident_id = ${id} and acknowledged_by_person_id = ${w.members.deputyA.personId}`,
  );
  if (!rows[0]) throw new Error("world: the deputy acknowledged nothing");
  return { id, escalationId: rows[0].id };
}

export async function violation(w: World) {
  const target = await loginUser(w);
  const id = (
    await ok<{ id: string }>(
      w.clients.csirt.post("/api/violations", {
        personId: target.personId,
        description: "私物USBメモリの無断使用",
      }),
      "violation",
    )
  ).id;
  return { id, target };
}

export const registerBody = (w: World) => ({
  entryType: "record",
  occurredAt: "2026-04-01T08:30:00+09:00",
  departmentId: w.deptA.id,
  personId: w.members.staffA.personId,
  data: { system: "住民記録", symptom: "ログインできない", action: "再起動" },
});

export const csvFile = (name: string, rows: string[][]) => {
  const text = `${rows.map((r) => r.join(",")).join("\r\n")}\r\n`;
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(Buffer.from(text, "utf8"))]), name);
  return form;
};

// ── database helpers ─────────────────────────────────────────────────────────

export async function rowsOf<T>(w: World, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await w.t.database.db.execute(query)) as unknown as { rows: T[] } | T[];
  return Array.isArray(result) ? result : result.rows;
}

/** A row as JSON (null when absent) or, without an id, the table's row count. */
export async function snapshotOf(w: World, table: string, id?: string): Promise<string> {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`bad table ${table}`);
  if (id) {
    const rows = await rowsOf<{ j: unknown }>(
      w,
      sql`select to_jsonb(x)::text as j from ${sql.raw(table)} x where x.id = ${id}`,
    );
    return `${table}/${id}: ${rows[0]?.j ?? "absent"}`;
  }
  const rows = await rowsOf<{ n: number }>(w, sql`select count(*)::int as n from ${sql.raw(table)}`);
  return `${table}: ${rows[0]?.n}`;
}

export const uuid = () => randomUUID();

export type DocumentState = "draft" | "approved" | "published";

/**
 * A 実施手順 of department A (restricted, audience: department A), kept and approved by its
 * 課長 (managerA, 対策基準 2(3)⑤), with version 1 moved to `state`.
 */
export async function procedureOfA(w: World, state: DocumentState) {
  const m = w.clients.managerA;
  // The deputy acting for managerA drafts it, so managerA's approval is not of their own work
  // (兼務の禁止: the drafter does not approve their own version while another can).
  const drafter = w.clients.deputyA;
  const id = (
    await ok<{ id: string }>(
      drafter.post("/api/documents", {
        kind: "system_procedure",
        title: `運用手順 ${w.seq()}`,
        departmentId: w.deptA.id,
        audience: { everyone: false, departments: [w.deptA.id] },
      }),
      "document",
    )
  ).id;
  const v = await ok<{ id: string }>(
    drafter.post(`/api/documents/${id}/versions`, { text: "手順1\n手順2" }),
    "draft",
  );
  if (state !== "draft")
    await ok(m.post(`/api/documents/${id}/versions/1/approve`, { effectiveOn: "2026-04-01" }), "approve");
  if (state === "published") await ok(m.post(`/api/documents/${id}/versions/1/publish`), "publish");
  return { id, versionId: v.id };
}

/** The basic policy (organization-wide), version 1 published: created by the CISO, approved by the committee. */
export async function publishedPolicy(w: World) {
  const id = (
    await ok<{ id: string }>(
      w.clients.ciso.post("/api/documents", {
        kind: "basic_policy",
        title: `基本方針 ${w.seq()}`,
        audience: { everyone: true },
      }),
      "policy",
    )
  ).id;
  await ok(w.clients.ciso.post(`/api/documents/${id}/versions`, { text: "1 目的" }), "draft");
  await ok(
    w.clients.committee.post(`/api/documents/${id}/versions/1/approve`, { effectiveOn: "2026-04-01" }),
    "approve",
  );
  await ok(w.clients.ciso.post(`/api/documents/${id}/versions/1/publish`), "publish");
  return id;
}

// ── hidden records for the body-id rule (authorization-matrix-body-ids.test.ts) ───────────────

/** An asset of department B: department A's staff and manager may not see it. */
export async function assetOfB(w: World) {
  const body = assetBody(w, { departmentId: w.deptB.id, name: `税務課端末 ${w.seq()}` });
  return (await ok<{ id: string }>(w.clients.staffB.post("/api/assets", body), "asset of B")).id;
}

/** A 機密性3 asset of department A: hidden from its staff and organization-wide viewers (7.1(1)③). */
export async function topLevelAssetOfA(w: World) {
  const body = assetBody(w, { name: `極秘台帳 ${w.seq()}`, confidentiality: "3" });
  return (await ok<{ id: string }>(w.clients.managerA.post("/api/assets", body), "top-level asset")).id;
}

/** A person of department B: department A's staff and manager may not see them. */
export const personOfB = (w: World) => person(w, w.deptB.id);
