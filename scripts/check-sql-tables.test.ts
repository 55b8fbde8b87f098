import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { checkSqlTables, tablesNamed, withoutComments } from "./check-sql-tables";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const temp = mkdtempSync(join(tmpdir(), "sekimori-sql-tables-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A small tree: the directory, two modules and notify, each with its tables. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(temp, "tree-"));
  const base: Record<string, string> = {
    "server/directory/tables.ts": 'export const people = pgTable("people", {});\n',
    "server/modules/alpha/tables.ts": 'export const a = pgTable(\n  "alpha_rows",\n  {},\n);\n',
    "server/modules/beta/tables.ts": 'export const b = pgTable("beta_rows", {});\n',
    "server/notify/tables.ts": 'export const n = pgTable("notifications", {});\n',
  };
  for (const [path, text] of Object.entries({ ...base, ...files })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe("SQL table ownership check", () => {
  it("passes on the repository as it is", () => {
    expect(checkSqlTables(repo)).toEqual([]);
  });

  it("finds another owner's table after from, join, update and into, quoted or not", () => {
    const root = tree({
      "server/modules/alpha/queries.ts": [
        "const q = sql`select * from alpha_rows r",
        '  left join "people" p on p.id = r.person_id`;',
        "const u = sql`update beta_rows set x = 1`;",
        "const i = sql`insert into notifications (id) values (1)`;",
        "const own = sql`select 1 from alpha_rows`;",
      ].join("\n"),
      "server/notify/inbox.ts": "const q = sql`SELECT name FROM people WHERE id = $1`;\n",
    });
    expect(
      checkSqlTables(root)
        .map((v) => [v.file, v.line, v.table, v.owner])
        .sort(),
    ).toEqual([
      ["server/modules/alpha/queries.ts", 2, "people", "server/directory"],
      ["server/modules/alpha/queries.ts", 3, "beta_rows", "server/modules/beta"],
      ["server/modules/alpha/queries.ts", 4, "notifications", "server/notify"],
      ["server/notify/inbox.ts", 1, "people", "server/directory"],
    ]);
  });

  it("keeps the directory below auth: its SQL names only its own tables (#11 item 1)", () => {
    const root = tree({
      "server/auth/tables.ts": 'export const users = pgTable("users", {});\n',
      "server/directory/audience.ts":
        "const q = sql`select p.id, exists (select 1 from users u where u.person_id = p.id) from people p`;\n",
    });
    expect(checkSqlTables(root).map((v) => [v.file, v.line, v.table, v.owner])).toEqual([
      ["server/directory/audience.ts", 1, "users", "server/auth"],
    ]);
  });

  it("checks every layer, not only the modules: auth joining people, http counting audit events (#11)", () => {
    const root = tree({
      "server/auth/tables.ts": 'export const users = pgTable("users", {});\n',
      "server/audit/tables.ts": 'export const e = pgTable("audit_events", {});\n',
      "server/auth/oidc.ts": "const q = sql`select u.id from users u join people p on p.id = u.person_id`;\n",
      "server/http/invariant.ts": "const q = sql`SELECT max(id) FROM audit_events`;\n",
      "server/audit/record.ts": "const q = sql`SELECT max(id) FROM audit_events`;\n",
      // Test worlds and the backup touch every table by design.
      "server/reliability/world.ts": "const q = sql`insert into alpha_rows default values`;\n",
      "server/test/factories.ts": "const q = sql`insert into people default values`;\n",
      "server/backup/index.ts": "const q = sql`select * from audit_events`;\n",
    });
    expect(
      checkSqlTables(root)
        .map((v) => [v.file, v.table, v.owner])
        .sort(),
    ).toEqual([
      ["server/auth/oidc.ts", "people", "server/directory"],
      ["server/http/invariant.ts", "audit_events", "server/audit"],
    ]);
  });

  it("reads each table of a comma-separated from list, with or without aliases", () => {
    const text =
      'const q = sql`select * from alpha_rows a, "people" as p,\n beta_rows where a.x = p.y`;\nconst r = sql`select extract(year from created_at), count(*) from alpha_rows group by 1`;';
    expect(tablesNamed(text)).toEqual([
      { table: "alpha_rows", line: 1 },
      { table: "people", line: 1 },
      { table: "beta_rows", line: 2 },
      { table: "created_at", line: 3 },
      { table: "alpha_rows", line: 3 },
    ]);
  });

  it("lets org name the directory's tables, and ignores comments, tests and unknown names", () => {
    const root = tree({
      "server/modules/org/queries.ts": "const q = sql`select * from people`;\n",
      "server/modules/alpha/a.ts":
        "// rows from people are read through the directory\n/* join beta_rows */\nconst u = 'https://x/y'; // from people\nconst w = sql`select * from generate_series(1, 3) join alpha_rows on true`;\n",
      "server/modules/alpha/a.test.ts": "const q = sql`select * from people`;\n",
    });
    expect(checkSqlTables(root)).toEqual([]);
  });

  it("keeps line numbers when comments are blanked", () => {
    const text = "/* a\n b */\nconst x = sql`select 1\n from people`;";
    expect(withoutComments(text).split("\n")).toHaveLength(4);
    expect(tablesNamed(text)).toEqual([{ table: "people", line: 4 }]);
  });

  it("the import check command fails and names the file on a foreign table", () => {
    const root = tree({ "server/modules/alpha/queries.ts": "const q = sql`select * from beta_rows`;\n" });
    let status = 0;
    let stderr = "";
    try {
      execFileSync(process.execPath, ["--import", "tsx", join(repo, "scripts/check-imports.ts"), root], {
        encoding: "utf8",
        stdio: "pipe",
      });
    } catch (err) {
      const e = err as { status: number; stderr: string };
      status = e.status;
      stderr = e.stderr;
    }
    expect(status).toBe(1);
    expect(stderr).toContain("server/modules/alpha/queries.ts:1");
    expect(stderr).toContain("module-names-table");
  });
});
