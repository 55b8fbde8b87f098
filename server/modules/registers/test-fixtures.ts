/**
 * Set-up the registers tests share: the kawasaki profile's two 課 — 情報管理課 with two members who
 * keep its registers, and 市民課 with one who must not see them. Used by tests only.
 */
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment } from "../../test/factories";
import { type SignedIn, signedInUser } from "../../test/session";

export type U = SignedIn;
// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
export const json = async (res: Response) => (await res.json()) as { data: any; error?: any };
/** A time of the test clock's day (2026-04-01, JST). */
export const at = (hh: string) => `2026-04-01T${hh}:00+09:00`;

export async function kawasakiRegisters() {
  const t: TestApp = await createTestApp({ profileId: "kawasaki" });
  const deptA = (await makeDepartment(t.database.db, { name: "情報管理課" })).id;
  const deptB = (await makeDepartment(t.database.db, { name: "市民課" })).id;
  const a1 = await signedInUser(t, deptA);
  const a2 = await signedInUser(t, deptA);
  const b1 = await signedInUser(t, deptB);
  return { t, deptA, deptB, a1, a2, b1 };
}
