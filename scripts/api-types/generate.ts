/**
 * The web app's API types, generated from the server's OpenAPI document (#14 item 1): every
 * route's path, method, parameters, body and answers as `web/src/api-types.gen.ts`, which
 * `web/src/api.ts` types each call from. The file is committed so a fresh clone type-checks
 * without a server; `npm run check` runs this with `--check`, which fails when a route or a
 * schema changed and the file was not generated again.
 *
 * Usage: `npm run gen:api` (writes the file) · `tsx scripts/api-types/generate.ts --check`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { register } from "node:module";
import { fileURLToPath } from "node:url";
import { createApp } from "../../server/app";
import type { AppDeps } from "../../server/http/context";

export const OUTPUT = fileURLToPath(new URL("../../web/src/api-types.gen.ts", import.meta.url));

const HEADER = `/**
 * Generated from the server's OpenAPI document (/api/openapi.json) by
 * scripts/api-types/generate.ts — do not edit: run \`npm run gen:api\`.
 * \`npm run check\` fails when this file is older than the routes' schemas.
 */

`;

/**
 * The document as /api/openapi.json serves it. Building the routes reads only the config (no
 * database, no profile: those are read per request; createApp registers the session scheme), and
 * the version is fixed so the output does not change with the release.
 */
export function openApiDocument() {
  const deps = {
    config: { version: "generated", secureCookies: false, maxBodyBytes: 1_000_000 },
  } as unknown as AppDeps;
  return createApp(deps).getOpenAPI31Document({
    openapi: "3.1.0",
    info: { title: "Sekimori API", version: "generated" },
    security: [{ session: [] }],
  });
}

/** The TypeScript text of the document's types. */
export async function generate(): Promise<string> {
  register("./ts5-resolve.mjs", import.meta.url);
  const { default: openapiTS, astToString } = await import("openapi-typescript");
  const ast = await openapiTS(JSON.stringify(openApiDocument()), {
    silent: true,
    // A field with a default is optional in a request body (the server fills it in), as zod reads it.
    defaultNonNullable: false,
    // An object the document says nothing more of holds unknown values, not none.
    emptyObjectsUnknown: true,
  });
  return HEADER + astToString(ast);
}

/** The generator when installed; a worktree installed before it was added lacks it until `npm ci`. */
async function generateOrSkip(): Promise<string | null> {
  try {
    return await generate();
  } catch (err) {
    const missing = (err as { code?: string }).code === "ERR_MODULE_NOT_FOUND";
    if (!missing || process.env.CI) throw err;
    console.warn(`api types not checked: ${(err as Error).message} — run \`npm ci\`.`);
    return null;
  }
}

async function main() {
  const text = await generateOrSkip();
  if (text === null) return;
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(OUTPUT, "utf8");
    } catch {
      // missing: out of date
    }
    if (current !== text) {
      console.error(
        "web/src/api-types.gen.ts is out of date with the server's OpenAPI document: run `npm run gen:api` and commit it.",
      );
      process.exit(1);
    }
    return;
  }
  writeFileSync(OUTPUT, text);
  console.log(`wrote ${OUTPUT} (${text.length} characters)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
