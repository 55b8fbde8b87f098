import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { assets, auditEvents, deputies, people } from "../../db/schema";
import { JOB_REGISTRY } from "../../job-registry";
import { createWorker } from "../../jobs";
import type { TestApp } from "../../test/app";
import { makeDepartment, makeUser } from "../../test/factories";
import { type AuthedClient, authed, signIn } from "../../test/session";

export interface Member {
  personId: string;
  userId: string;
  loginId: string;
  password: string;
  departmentId: string | null;
}

let signIns = 0;
/**
 * Signs in (again: sessions idle out when the clock moves) and returns a client. Each sign-in
 * comes from its own address, so the login rate limit (per address) does not trip in tests.
 */
export async function client(t: TestApp, m: Member): Promise<AuthedClient> {
  signIns++;
  const ip = `10.${Math.floor(signIns / 250) % 250}.${signIns % 250}.1`;
  return authed(t, await signIn(t, m.loginId, m.password, undefined, { ip }));
}

export async function member(
  t: TestApp,
  name: string,
  departmentId: string | null,
  roles: Array<[string, string | null]> = [],
  extra: { phone?: string } = {},
): Promise<Member> {
  const { person, user, password } = await makeUser(t.database.db, { departmentId, roles, name });
  if (extra.phone)
    await t.database.db.update(people).set({ phone: extra.phone }).where(eq(people.id, person.id));
  return { personId: person.id, userId: user.id, loginId: user.loginId, password, departmentId };
}

/**
 * A village (nishihara profile): two departments, staff, each department's manager
 * (情報セキュリティ・システム管理者), the network administrator, two CSIRT members, the CISO and
 * the CISO's deputy (not yet in force).
 */
export async function village(t: TestApp) {
  const db = t.database.db;
  const bureau = await makeDepartment(db, { kind: "bureau", name: "総務部" });
  const deptA = await makeDepartment(db, { parentId: bureau.id, name: "住民課" });
  const deptB = await makeDepartment(db, { parentId: bureau.id, name: "税務課" });
  const deptC = await makeDepartment(db, { name: "教育課" });
  const staffA = await member(t, "住民 職員", deptA.id);
  const staffB = await member(t, "税務 職員", deptB.id);
  const staffC = await member(t, "教育 職員", deptC.id);
  const managerA = await member(t, "住民 課長", deptA.id, [["security_system_manager", deptA.id]]);
  const managerB = await member(t, "税務 課長", deptB.id, [["security_system_manager", deptB.id]]);
  const netAdmin = await member(t, "企画 課長", deptC.id, [["network_administrator", null]], {
    phone: "096-000-0001",
  });
  const csirt1 = await member(t, "CSIRT 一郎", deptC.id, [["csirt", null]]);
  const csirt2 = await member(t, "CSIRT 二郎", deptC.id, [["csirt", null]]);
  const ciso = await member(t, "副村長", null, [["ciso", null]], { phone: "096-000-0009" });
  const cisoDeputy = await member(t, "総務部長", bureau.id);
  return {
    bureau,
    deptA,
    deptB,
    deptC,
    staffA,
    staffB,
    staffC,
    managerA,
    managerB,
    netAdmin,
    csirt1,
    csirt2,
    ciso,
    cisoDeputy,
  };
}

export async function makeAsset(t: TestApp, departmentId: string, name: string, number: string) {
  const [row] = await t.database.db
    .insert(assets)
    .values({
      assetNumber: number,
      name,
      kind: "medium",
      subkind: "usb_memory",
      departmentId,
      status: "lost",
    })
    .returning();
  return row;
}

export async function deputize(t: TestApp, principal: Member, deputy: Member, from: Date, to: Date) {
  await t.database.db.insert(deputies).values({
    principalPersonId: principal.personId,
    deputyPersonId: deputy.personId,
    validFrom: from,
    validTo: to,
    reason: "出張",
  });
}

/** Runs due jobs on the test clock. */
export async function runJobs(t: TestApp): Promise<number> {
  const worker = createWorker({
    database: t.database,
    registry: JOB_REGISTRY,
    now: () => t.clock.now,
    onError: () => {},
  });
  let total = 0;
  for (;;) {
    const n = await worker.runOnce();
    total += n;
    if (n === 0) return total;
  }
}

export async function eventsOf(t: TestApp, type: string) {
  return t.database.db.select().from(auditEvents).where(eq(auditEvents.type, type));
}

export async function ok<T = Record<string, unknown>>(res: Response, status = 200): Promise<T> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return JSON.parse(text) as T;
}

// biome-ignore lint/suspicious/noExplicitAny: test views are read loosely
export type Json = any;
