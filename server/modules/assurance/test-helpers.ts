// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
/**
 * The assurance tests' factory: signing people in with their roles, the 局 / 課 worlds of the
 * 川崎市 tests, and reading a response body (checked against its route's declared schema).
 * Set-up only — every assertion stays in the test files.
 */
import type { Db } from "../../db/client";
import type { TestApp } from "../../test/app";
import { makeDepartment, makeUser } from "../../test/factories";
import { expectDeclaredShape } from "../../test/response-schema";
import { type AuthedClient, authed, signIn } from "../../test/session";

/** A signed-in person; `relogin` signs in again (moving the clock months ahead ends sessions). */
export type U = { client: AuthedClient; personId: string; relogin(): Promise<void> };

/** A person of this 課 (or none) holding these roles (key, scope 課 / 局 or null), signed in. */
export async function signedIn(
  t: TestApp,
  roles: Array<[string, string | null]>,
  departmentId: string | null,
): Promise<U> {
  const u = await makeUser(t.database.db, { departmentId, roles });
  const me: U = {
    client: authed(t, await signIn(t, u.user.loginId, u.password)),
    personId: u.person.id,
    relogin: async () => {
      me.client = authed(t, await signIn(t, u.user.loginId, u.password));
    },
  };
  return me;
}

/** A response's JSON body. */
export const json = async (res: Response) => (await res.json()) as { data: any; error?: any; policies?: any };

/** The body of a GET, after checking it parses against the route's declared response schema (views.ts). */
export const shapedGet = async (t: TestApp, path: string, res: Response) =>
  (await expectDeclaredShape(t, res, { method: "GET", path })) as { data: any; policies?: any };

/** 課 of these names (no 局: the 西原村 worlds), in the order given: their ids. */
export async function departments(db: Db, ...names: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) ids.push((await makeDepartment(db, { name })).id);
  return ids;
}

/** 局 each with its 課 (川崎市 worlds), in the order given: their ids. */
export async function bureausWithDepartments(
  db: Db,
  spec: Array<{ bureau: string; departments: string[] }>,
): Promise<Array<{ bureauId: string; departmentIds: string[] }>> {
  const out: Array<{ bureauId: string; departmentIds: string[] }> = [];
  for (const s of spec) {
    const bureauId = (await makeDepartment(db, { name: s.bureau, kind: "bureau" })).id;
    const departmentIds: string[] = [];
    for (const name of s.departments)
      departmentIds.push((await makeDepartment(db, { name, parentId: bureauId })).id);
    out.push({ bureauId, departmentIds });
  }
  return out;
}
