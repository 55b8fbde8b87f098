/**
 * A hostile 課長 again (#12 items 3 and 4), on body fields the write matrix's fixtures leave empty
 * (it fills only the ids a fixture's body carries, so an optional id field was never tried):
 * - ID管理 systems: `administratorPersonId` names the person who keeps the system and its IDs
 *   (access.ts canKeepSystem) whatever their duties later. A person of another 課 the caller may
 *   not see was accepted (and an unknown one refused), and a 課長 could name themselves — keeping
 *   the system after a transfer. Now a hidden person is answered like an unknown one, and naming
 *   oneself is a self-grant (refused, audited; another keeper does it).
 * - software installations: `approvalRequestId` was stored as given — any request, another 課's,
 *   a pending one, one for other software — as the installation's permission. The field is gone:
 *   the approval itself makes the link (commands/install-from-request.ts).
 */
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../audit/tables";
import { createTestApp, type TestApp } from "../test/app";
import { makeDepartment, makePerson, makeUser } from "../test/factories";
import { type AuthedClient, authed, signIn } from "../test/session";

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
type Body = { data: any; error?: any };
const rows = <T>(r: unknown) => (r as { rows: T[] }).rows;

let t: TestApp;
let head: { client: AuthedClient; personId: string };
let deptA: string;
let personB: string;
let colleague: string;

async function asset(name: string, kind: string, departmentId: string) {
  const r = await t.database.db.execute(
    sql`insert into assets (asset_number, name, kind, department_id) values (${`X-${randomUUID().slice(0, 8)}`}, ${name}, ${kind}, ${departmentId}::uuid) returning id`,
  );
  return rows<{ id: string }>(r)[0].id;
}

const answerOf = async (res: Response) => ({ status: res.status, error: ((await res.json()) as Body).error });

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const db = t.database.db;
  deptA = (await makeDepartment(db, { code: "II-A", name: "税務課" })).id;
  const deptB = (await makeDepartment(db, { code: "II-B", name: "住民課" })).id;
  const u = await makeUser(db, { departmentId: deptA, roles: [["security_system_manager", deptA]] });
  head = { client: authed(t, await signIn(t, u.user.loginId, u.password)), personId: u.person.id };
  personB = (await makePerson(db, { departmentId: deptB, name: "他課 太郎" })).id;
  colleague = (await makePerson(db, { departmentId: deptA, name: "同課 花子" })).id;
}, 120_000);
afterAll(async () => t?.close());

describe("ID管理: a system's administrator", () => {
  it("a person of another 課 the 課長 may not see is answered like an unknown one, on register and on change", async () => {
    const hidden = await answerOf(
      await head.client.post("/api/accounts/systems", {
        assetId: await asset("税務システム", "system", deptA),
        administratorPersonId: personB,
      }),
    );
    const unknown = await answerOf(
      await head.client.post("/api/accounts/systems", {
        assetId: await asset("税務システム2", "system", deptA),
        administratorPersonId: randomUUID(),
      }),
    );
    expect(hidden.status).toBe(400);
    expect(hidden).toEqual(unknown);
    expect(hidden.error.fields.administratorPersonId.message_en).toBeTruthy();
    const ok = await head.client.post("/api/accounts/systems", {
      assetId: await asset("税務システム3", "system", deptA),
      administratorPersonId: colleague,
    });
    expect(ok.status).toBe(201);
    const id = ((await ok.json()) as Body).data.id;
    const hiddenPatch = await answerOf(
      await head.client.patch(`/api/accounts/systems/${id}`, { administratorPersonId: personB }),
    );
    const unknownPatch = await answerOf(
      await head.client.patch(`/api/accounts/systems/${id}`, { administratorPersonId: randomUUID() }),
    );
    expect(hiddenPatch.status).toBe(400);
    expect(hiddenPatch).toEqual(unknownPatch);
    const [row] = rows<{ a: string }>(
      await t.database.db.execute(
        sql`select administrator_person_id::text as a from account_systems where id = ${id}::uuid`,
      ),
    );
    expect(row.a).toBe(colleague);
  });

  it("naming oneself is a self-grant: refused and audited, on register and on change", async () => {
    const own = await head.client.post("/api/accounts/systems", {
      assetId: await asset("税務システム4", "system", deptA),
      administratorPersonId: head.personId,
    });
    expect(own.status).toBe(403);
    expect(((await own.json()) as Body).error.code).toBe("self_grant");
    const res = await head.client.post("/api/accounts/systems", {
      assetId: await asset("税務システム5", "system", deptA),
    });
    expect(res.status).toBe(201);
    const id = ((await res.json()) as Body).data.id;
    const patch = await head.client.patch(`/api/accounts/systems/${id}`, {
      administratorPersonId: head.personId,
    });
    expect(patch.status).toBe(403);
    expect(((await patch.json()) as Body).error.code).toBe("self_grant");
    const refused = await t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.type, "access.self_grant_refused"), eq(auditEvents.actorPersonId, head.personId)),
      );
    expect(refused).toHaveLength(2);
  });
});

describe("software: an installation's approval", () => {
  it("cannot be claimed in the body (any request id was stored as the installation's permission)", async () => {
    const product = await head.client.post("/api/software/products", {
      vendor: "攻撃ソフト",
      product: "窓口支援",
      version: "1.0",
      endOfSupport: "2031-03-31",
    });
    expect(product.status).toBe(201);
    const productId = ((await product.json()) as Body).data.id;
    const before = rows<{ n: number }>(
      await t.database.db.execute(sql`select count(*)::int as n from software_installations`),
    )[0].n;
    const res = await head.client.post("/api/software/installations", {
      productId,
      assetId: await asset("窓口端末", "device", deptA),
      approvalRequestId: randomUUID(),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as Body).error.fields.approvalRequestId).toBeDefined();
    const after = rows<{ n: number }>(
      await t.database.db.execute(sql`select count(*)::int as n from software_installations`),
    )[0].n;
    expect(after).toBe(before);
  });
});
