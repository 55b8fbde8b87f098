/**
 * Ids inside imports (#12 item 3 for files): a row of an uploaded sheet that names a record — a
 * person by 職員番号 (custodian of an asset, attendee of a training session, holder of a system
 * account), a department by name — is authorized like an id in a body. Department A's manager (or
 * staff) uploads a row naming a person of department B, whom they may not see, and the same row
 * naming a number nobody has: both answers must be the same (status, error code, the same row
 * errors once the number itself is set aside), neither names the person, and the import of the
 * hidden person writes nothing. (Training attendance and system-account imports still name such a
 * person; left open, see the report of 2026-12-06.)
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test/app";
import { makePerson } from "../test/factories";
import { stopSharedSlapd } from "../test/slapd";
import { type Actor, buildWorld, rowsOf, type World } from "./matrix-world";

let t: TestApp;
let w: World;
let hidden: { number: string; name: string };

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  w = await buildWorld(t);
  hidden = { number: "B-90001", name: "税務 秘匿者" };
  await makePerson(t.database.db, {
    departmentId: w.deptB.id,
    name: hidden.name,
    employeeNumber: hidden.number,
  });
}, 240_000);

afterAll(async () => {
  await t?.close();
  await stopSharedSlapd();
});

const csv = (rows: string[][]) =>
  new File([`${rows.map((r) => r.join(",")).join("\r\n")}\r\n`], "取込.csv", { type: "text/csv" });

interface ImportCase {
  name: string;
  as: Actor;
  /** The upload URL (made anew: a session, a system of department A). */
  url(): Promise<string>;
  /** The form for a row naming this 職員番号. */
  form(number: string): FormData;
  /** The table whose row count must not grow when the hidden person is named. */
  table: string;
}

const CASES: ImportCase[] = [
  {
    name: "asset register: custodian by 職員番号",
    as: "managerA",
    url: async () => "/api/assets/import",
    form(number) {
      const n = w.seq();
      const f = new FormData();
      f.append(
        "file",
        csv([
          ["資産番号", "資産名", "種別", "所管課", "機密性", "完全性", "可用性", "管理者職員番号"],
          [`IMP-ID-${n}`, `取込資産${n}`, "情報", w.deptA.name, "機密性2", "1", "1", number],
        ]),
      );
      f.append("dryRun", "false");
      return f;
    },
    table: "assets",
  },
];

async function count(table: string): Promise<number> {
  const [{ n }] = await rowsOf<{ n: number }>(w, sql`select count(*)::int as n from ${sql.raw(table)}`);
  return n;
}

/** The answer with the number written in the row set aside (it is echoed as written). */
async function answer(c: ImportCase, number: string) {
  const res = await w.clients[c.as].request("POST", await c.url(), c.form(number));
  const text = await res.text();
  return {
    status: res.status,
    text,
    normalized: text
      .replaceAll(number, "<番号>")
      .replace(/IMP-ID-\d+|取込資産\d+/g, "<行>")
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "<id>"),
  };
}

describe("ids inside imports", () => {
  for (const c of CASES)
    it(`${c.name}: a person of another department is answered like an unknown number, nothing written`, async () => {
      const before = await count(c.table);
      const hiddenAnswer = await answer(c, hidden.number);
      const written = (await count(c.table)) - before;
      const unknown = await answer(c, "Z-00000");
      expect(hiddenAnswer.status, hiddenAnswer.text).toBeGreaterThanOrEqual(400);
      expect(hiddenAnswer.status).toBeLessThan(500);
      expect(hiddenAnswer.normalized).toEqual(unknown.normalized);
      expect(hiddenAnswer.text).not.toContain(hidden.name);
      expect(written, "rows written naming the hidden person").toBe(0);
    });
});
