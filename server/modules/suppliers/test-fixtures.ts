/**
 * Fixtures the suppliers tests share: a signed-in person of a 課 with roles, 西原村's 課 and people
 * around a contract, and a contract whose required clauses are all confirmed and which is moved to
 * `checked`. Used by tests only.
 */
import { expect } from "vitest";
import type { TestApp } from "../../test/app";
import { makeDepartment } from "../../test/factories";
import { type AuthedClient, signedInUser } from "../../test/session";

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
export type Body = { data: any; error?: any; total?: number };
export const json = async (res: Response) => (await res.json()) as Body;
export type U = { client: AuthedClient; personId: string };

/** A person of `departmentId` holding `roles` ([role key, unit id or null for the organization]), signed in. */
export const user = (t: TestApp, roles: Array<[string, string | null]>, departmentId: string | null) =>
  signedInUser(t, departmentId, roles);

/**
 * 西原村's contracts, as the nishihara tests meet them: 住民課, whose 課長 (security_system_manager)
 * keeps its contracts and whose member reads them; a member of 税務課 — or its 課長, with
 * `outsiderHead` — who must not; and the network manager, who reads every contract.
 */
export async function nishiharaContracts(t: TestApp, options: { outsiderHead?: boolean } = {}) {
  const dept = (await makeDepartment(t.database.db, { name: "住民課" })).id;
  const other = (await makeDepartment(t.database.db, { name: "税務課" })).id;
  const head = await user(t, [["security_system_manager", dept]], dept);
  const staff = await user(t, [], dept);
  const outsider = await user(t, options.outsiderHead ? [["security_system_manager", other]] : [], other);
  const net = await user(t, [["network_administrator", null]], null);
  return { dept, head, staff, outsider, net };
}

/**
 * Two 課 of the kawasaki profile, each with its 情報管理責任者, who keeps the 課's contracts: the 課
 * under test and another, whose manager must not reach them.
 */
export async function kawasakiContracts(t: TestApp, deptName: string, otherName: string) {
  const dept = (await makeDepartment(t.database.db, { name: deptName })).id;
  const otherDept = (await makeDepartment(t.database.db, { name: otherName })).id;
  const manager = await user(t, [["information_manager", dept]], dept);
  const other = await user(t, [["information_manager", otherDept]], otherDept);
  return { dept, manager, other };
}

export const move = (u: U, id: string, state: string) =>
  u.client.post(`/api/suppliers/contracts/${id}/transition`, { state });

/** A contract of the 課 with a new contractor, every required clause confirmed, moved to `checked`. */
export async function checkedContract(
  u: U,
  departmentId: string,
  over: Record<string, unknown>,
  subject = "住民情報の入力業務",
) {
  const contractorId = (
    await json(await u.client.post("/api/suppliers/contractors", { name: `委託先${Math.random()}` }))
  ).data.id;
  const res = await u.client.post("/api/suppliers/contracts", {
    contractorId,
    departmentId,
    subject,
    startsOn: "2026-04-01",
    endsOn: "2027-03-31",
    ...over,
  });
  const id = (await json(res)).data.id as string;
  const d = (await json(await u.client.get(`/api/suppliers/contracts/${id}`))).data;
  if (d.checklist.length)
    await u.client.put(`/api/suppliers/contracts/${id}/clauses`, {
      confirmations: d.checklist.map((c: { key: string }, i: number) => ({
        clauseKey: c.key,
        included: true,
        location: `第${i + 1}条`,
      })),
    });
  expect((await move(u, id, "checked")).status).toBe(200);
  return id;
}
