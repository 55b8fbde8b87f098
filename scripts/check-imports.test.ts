import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { checkImports, importSpecifiers } from "./check-imports";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const temp = mkdtempSync(join(tmpdir(), "sekimori-imports-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/**
 * A small tree in the repository's layout (a common/ file, two modules) with extra files written
 * into it. It does not copy the real tree, so a violation there cannot leak into these cases.
 */
function copyWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(temp, "copy-"));
  const base: Record<string, string> = {
    "common/duties.ts": "export const DUTIES = {};\n",
    "server/db/client.ts": "export const db = {};\n",
    "server/modules/beta/tables.ts":
      'import { DUTIES } from "../../../common/duties";\nexport const x = DUTIES;\n',
    "server/modules/beta/schema.ts": "export type T = string;\n",
    "server/modules/alpha/tables.ts": 'import { db } from "../../db/client";\nexport const w = db;\n',
    "server/modules/alpha/index.ts": 'export { w } from "./tables";\n',
    "server/modules/beta/index.ts": 'export { x } from "./tables";\n',
    "server/modules/org/index.ts": "export const o = 1;\n",
    "server/db/schema.ts": 'export * from "../modules/alpha/tables";\nexport * from "../directory/tables";\n',
    "server/directory/tables.ts": "export const people = {};\n",
    "server/directory/index.ts": 'export { people } from "./tables";\nimport { db } from "../db/client";\n',
  };
  for (const [path, text] of Object.entries({ ...base, ...files })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe("module boundary checker", () => {
  it("passes on the repository as it is", () => {
    expect(checkImports(repo)).toEqual([]);
  });

  it("finds every kind of import statement", () => {
    const specs = importSpecifiers(
      [
        'import a from "./a";',
        'import type { B } from "../b";',
        "import {\n  c,\n  d,\n} from '../../c';",
        'export * from "./e";',
        'export { f } from "./f";',
        'import "./g";',
        'const h = await import("./h");',
      ].join("\n"),
    ).map((s) => s.specifier);
    expect(specs.sort()).toEqual(["../../c", "../b", "./a", "./e", "./f", "./g", "./h"]);
  });

  it("fails when one module imports another, at any folder depth", () => {
    const root = copyWith({
      "server/modules/alpha/routes.ts": 'import { x } from "../beta/tables";\nexport const y = x;\n',
      "server/modules/alpha/commands/create.ts":
        'import { db } from "../../../db/client";\nimport type { T } from "../../beta/schema";\nexport { db };\nexport type U = T;\n',
      "server/modules/alpha/ok.ts": 'import { z } from "../../db/client";\nimport { w } from "./tables";\n',
    });
    const found = checkImports(root);
    expect(found.map((v) => [v.file, v.line, v.rule])).toEqual([
      ["server/modules/alpha/commands/create.ts", 2, "module-imports-module"],
      ["server/modules/alpha/routes.ts", 1, "module-imports-module"],
    ]);
  });

  it("a module may import another module's face (its folder or index.ts), and nothing else of it", () => {
    const root = copyWith({
      "server/modules/alpha/a.ts":
        'import { x } from "../beta";\nimport { y } from "../beta/index";\nimport { z } from "../beta/index.ts";\n',
      "server/modules/alpha/b.ts": 'import { s } from "../beta/schema";\n',
    });
    expect(checkImports(root).map((v) => [v.file, v.line, v.rule])).toEqual([
      ["server/modules/alpha/b.ts", 1, "module-imports-module"],
    ]);
  });

  it("fails on a module importing db/schema or the directory's tables (org, their writer, excepted)", () => {
    const root = copyWith({
      "server/modules/alpha/a.ts":
        'import { people } from "../../db/schema";\nimport { p } from "../../directory/tables";\nimport { q } from "../../directory";\n',
      "server/modules/org/commands/c.ts": 'import { people } from "../../../directory/tables";\n',
      "server/modules/alpha/a.test.ts": 'import { people } from "../../db/schema";\n',
    });
    expect(checkImports(root).map((v) => [v.file, v.line, v.rule])).toEqual([
      ["server/modules/alpha/a.ts", 1, "module-imports-schema"],
      ["server/modules/alpha/a.ts", 2, "module-imports-directory-tables"],
    ]);
  });

  it("fails on a lower layer importing a module, and on the directory importing a layer above it", () => {
    const root = copyWith({
      "server/auth/a.ts": 'import { x } from "../modules/beta";\nimport { p } from "../directory";\n',
      "server/audit/b.ts": 'import { w } from "../modules/alpha/tables";\n',
      "server/directory/c.ts": 'import { a } from "../auth/a";\nimport { d } from "../../common/duties";\n',
      "server/app.ts": 'import { x } from "./modules/beta/tables";\n',
    });
    expect(
      checkImports(root)
        .map((v) => [v.file, v.line, v.rule])
        .sort(),
    ).toEqual([
      ["server/audit/b.ts", 1, "lower-imports-module"],
      ["server/auth/a.ts", 1, "lower-imports-module"],
      ["server/directory/c.ts", 1, "directory-imports-above"],
    ]);
  });

  it("fails on a module with records or screens but without its face", () => {
    const root = copyWith({
      "server/modules/gamma/tables.ts": "export const g = 1;\n",
      "server/modules/delta/domain/pure.ts": "export const d = 1;\n",
    });
    expect(checkImports(root).map((v) => [v.file, v.rule])).toEqual([
      ["server/modules/gamma", "module-without-face"],
    ]);
  });

  it("fails when common/ imports the app", () => {
    const root = copyWith({
      "common/bad.ts": 'import { a } from "../server/db/client";\nimport { b } from "./duties";\n',
      "common/sub/bad2.ts": 'export { c } from "../../web/src/x";\nimport { d } from "../duties";\n',
      "common/bad3.ts": 'import { z } from "zod";\nimport { e } from "server/app";\n',
    });
    const found = checkImports(root)
      .map((v) => [v.file, v.specifier, v.rule])
      .sort();
    expect(found).toEqual([
      ["common/bad.ts", "../server/db/client", "common-imports-app"],
      ["common/bad3.ts", "server/app", "common-imports-app"],
      ["common/sub/bad2.ts", "../../web/src/x", "common-imports-app"],
    ]);
  });

  it("the command exits non-zero and names the file on a bad import", () => {
    const root = copyWith({ "server/modules/alpha/routes.ts": 'import "../beta/tables";\n' });
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
    expect(stderr).toContain("server/modules/alpha/routes.ts:1");
    expect(stderr).toContain("module-imports-module");
  });
});
