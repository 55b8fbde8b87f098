/**
 * Fixtures the suppliers tests share: a signed-in person of a 課 with roles, and a contract whose
 * required clauses are all confirmed and which is moved to `checked`. Used by tests only.
 */
import { expect } from "vitest";
import type { TestApp } from "../../test/app";
import { makeUser } from "../../test/factories";
import { type AuthedClient, authed, signIn } from "../../test/session";

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
export type Body = { data: any; error?: any; total?: number };
export const json = async (res: Response) => (await res.json()) as Body;
export type U = { client: AuthedClient; personId: string };

/** A person of `departmentId` holding `roles` ([role key, unit id or null for the organization]), signed in. */
export async function user(
  t: TestApp,
  roles: Array<[string, string | null]>,
  departmentId: string | null,
): Promise<U> {
  const u = await makeUser(t.database.db, { departmentId, roles });
  return { client: authed(t, await signIn(t, u.user.loginId, u.password)), personId: u.person.id };
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
