import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment } from "../../test/factories";
import type { AuthedClient } from "../../test/session";
import { SEARCH_AS_FILTER_MAX_DEPARTMENTS } from "./queries";
import { searchNorm } from "./search";
import { body, userClient } from "./test-helpers";

/**
 * The list statement's fast paths keep the list's answer: a search narrowed to a few departments
 * (applied as a filter on their rows instead of the GIN lookup), the bureau's departments resolved
 * inside the statement, and the named people read by the same statement (the rows' policies).
 * Every list answer is compared with the detail route (the access rule) and a search in JS.
 */

let t: TestApp;
const dept: Record<string, { id: string }> = {};
const who: Record<string, { client: AuthedClient; personId: string }> = {};
interface Made {
  id: string;
  assetNumber: string;
  departmentId: string;
  text: string;
}
const made: Made[] = [];

async function create(client: AuthedClient, departmentId: string, input: Record<string, unknown>) {
  const res = await client.post("/api/assets", {
    kind: "medium",
    departmentId,
    integrity: "II",
    availability: "II",
    ...input,
  });
  const json = await body(res);
  if (res.status !== 201) throw new Error(`create failed ${res.status} ${JSON.stringify(json)}`);
  const a = json.data;
  made.push({
    id: a.id,
    assetNumber: a.assetNumber,
    departmentId,
    text: searchNorm([a.assetNumber, a.name, a.storagePlace, a.notes].filter((x) => x != null).join("\n")),
  });
  return a;
}

// biome-ignore lint/suspicious/noExplicitAny: test JSON
async function listAll(client: AuthedClient, query: string): Promise<any[]> {
  const out = [];
  let cursor: string | null = null;
  do {
    const res = await client.get(
      `/api/assets?limit=2${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
    );
    expect(res.status).toBe(200);
    const json = await body(res);
    out.push(...json.items);
    cursor = json.nextCursor;
  } while (cursor);
  return out;
}

beforeAll(async () => {
  t = await createTestApp({ profileId: "kawasaki" });
  const db = t.database.db;
  const b1 = await makeDepartment(db, { code: "B1", name: "市民局", kind: "bureau" });
  const b2 = await makeDepartment(db, { code: "B2", name: "財政局", kind: "bureau" });
  dept.d1 = await makeDepartment(db, { code: "D1", name: "区民課", parentId: b1.id });
  dept.d2 = await makeDepartment(db, { code: "D2", name: "戸籍課", parentId: b1.id });
  dept.d3 = await makeDepartment(db, { code: "D3", name: "税制課", parentId: b2.id });
  for (const d of ["d1", "d2", "d3"]) who[`staff_${d}`] = await userClient(t, { departmentId: dept[d].id });
  who.colleague = await userClient(t, { departmentId: dept.d1.id });
  who.manager = await userClient(t, {
    departmentId: dept.d1.id,
    roles: [["information_manager", dept.d1.id]],
  });
  who.bureauHead = await userClient(t, {
    departmentId: b1.id,
    roles: [["bureau_security_head", b1.id]],
  });
  who.orgViewer = await userClient(t, {
    departmentId: dept.d3.id,
    roles: [["information_supervisor", null]],
  });

  const s1 = who.staff_d1.client;
  await create(s1, dept.d1.id, { name: "USBメモリ（暗号化）", confidentiality: "III" });
  await create(s1, dept.d1.id, {
    name: "外付けハードディスク",
    notes: "usbメモリから移行",
    confidentiality: "II",
  });
  await create(s1, dept.d1.id, { name: "ＵＳＢメモリ 予備", storagePlace: "書庫", confidentiality: "II" });
  await create(s1, dept.d1.id, { name: "DVD-R", kind: "medium", confidentiality: "III" });
  const top = await create(who.manager.client, dept.d1.id, {
    name: "USBメモリ 人事記録",
    confidentiality: "I",
  });
  const topHidden = await create(who.manager.client, dept.d1.id, {
    name: "USBメモリ 懲戒記録",
    confidentiality: "I",
  });
  void topHidden;
  const named = await who.manager.client.post(`/api/assets/${top.id}/named-people`, {
    personId: who.colleague.personId,
  });
  expect(named.status).toBe(200);
  await create(who.staff_d2.client, dept.d2.id, { name: "USBメモリ", confidentiality: "II" });
  await create(who.staff_d2.client, dept.d2.id, {
    name: "SDカード",
    notes: "メモリカード",
    confidentiality: "III",
  });
  await create(who.staff_d3.client, dept.d3.id, { name: "USBメモリ", confidentiality: "III" });
}, 180_000);

afterAll(async () => {
  await t?.close();
});

describe("asset list: fast paths answer like the access rule and the search", () => {
  const words = ["USBメモリ", "usb", "ＵＳＢ", "メモリ 暗号化", "メ", "記録", "該当なし"];

  it("every persona, every department filter and word: the list equals detail-visible ∩ search, with the detail's policies", async () => {
    // What each persona may read, from the detail route (the access rule).
    const readable = new Map<string, Map<string, unknown>>();
    for (const [name, { client }] of Object.entries(who)) {
      const m = new Map<string, unknown>();
      for (const a of made) {
        const res = await client.get(`/api/assets/${a.id}`);
        if (res.status === 200) m.set(a.id, (await body(res)).data.policies);
        else expect(res.status).toBe(404);
      }
      readable.set(name, m);
    }
    // The rule itself, so the comparison cannot pass vacuously.
    expect([...(readable.get("bureauHead")?.keys() ?? [])].length).toBe(6); // d1 + d2 non-top
    expect(readable.get("colleague")?.size).toBe(5); // d1 non-top + the top asset naming them
    expect(readable.get("manager")?.size).toBe(6); // all of d1, both top-level ones
    expect(readable.get("staff_d3")?.size).toBe(1);

    const filters: Array<string[] | null> = [
      null,
      [dept.d1.id],
      [dept.d2.id],
      [dept.d1.id, dept.d2.id, dept.d3.id],
      // more departments than the filter path takes: the GIN lookup
      [dept.d1.id, ...Array.from({ length: SEARCH_AS_FILTER_MAX_DEPARTMENTS }, () => crypto.randomUUID())],
    ];
    let nonEmpty = 0;
    for (const [name, { client }] of Object.entries(who)) {
      const visible = readable.get(name) as Map<string, unknown>;
      for (const ids of filters) {
        for (const q of [...words, null]) {
          const terms = q ? q.normalize("NFKC").split(/\s+/u).map(searchNorm) : [];
          const expected = made
            .filter((a) => visible.has(a.id))
            .filter((a) => !ids || ids.includes(a.departmentId))
            .filter((a) => terms.every((term) => a.text.includes(term)))
            .map((a) => a.assetNumber)
            .sort();
          const query = `${ids ? `&departmentId=${ids.join(",")}` : ""}${q ? `&q=${encodeURIComponent(q)}` : ""}`;
          const items = await listAll(client, query);
          expect(
            items.map((i) => i.assetNumber),
            `${name} ${query}`,
          ).toEqual(expected);
          for (const i of items) expect(i.policies, `${name} ${i.assetNumber}`).toEqual(visible.get(i.id));
          if (expected.length) nonEmpty++;
        }
      }
    }
    expect(nonEmpty).toBeGreaterThan(50);
  }, 300_000);

  it("every sort and order pages the same through the subquery as through the direct statement", async () => {
    const three = [dept.d1.id, dept.d2.id, dept.d3.id];
    // Unknown ids make the filter too wide for the subquery form; they match nothing.
    const wide = [
      ...three,
      ...Array.from({ length: SEARCH_AS_FILTER_MAX_DEPARTMENTS }, () => crypto.randomUUID()),
    ];
    let compared = 0;
    for (const sort of ["assetNumber", "name", "updatedAt", "disposalDueDate"]) {
      for (const order of ["asc", "desc"]) {
        for (const q of ["USBメモリ", "メ", null]) {
          const rest = `&sort=${sort}&order=${order}${q ? `&q=${encodeURIComponent(q)}` : ""}`;
          for (const { client } of Object.values(who)) {
            const fenced = await listAll(client, `&departmentId=${three.join(",")}${rest}`);
            const direct = await listAll(client, `&departmentId=${wide.join(",")}${rest}`);
            expect(fenced.map((i) => i.id)).toEqual(direct.map((i) => i.id));
            compared += fenced.length;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  }, 300_000);

  it("the bureau head's list covers the bureau's departments only", async () => {
    const items = await listAll(who.bureauHead.client, `&q=${encodeURIComponent("USBメモリ")}`);
    const depts = new Set(items.map((i) => i.departmentId));
    expect(depts).toEqual(new Set([dept.d1.id, dept.d2.id]));
    const filtered = await listAll(
      who.bureauHead.client,
      `&departmentId=${dept.d3.id}&q=${encodeURIComponent("USBメモリ")}`,
    );
    expect(filtered).toEqual([]);
    const org = await listAll(
      who.orgViewer.client,
      `&departmentId=${dept.d3.id}&q=${encodeURIComponent("USBメモリ")}`,
    );
    expect(org.map((i) => i.departmentId)).toEqual([dept.d3.id]);
  });
});
