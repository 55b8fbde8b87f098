#!/usr/bin/env node
// `sekimori …` / `npx sekimori …`: runs the server's CLI in this process — from the bundle
// dist/server/cli.js when it is present and up to date (`npm run build:server`; no TypeScript
// to compile at start), else server/cli.ts through tsx's loader. SEKIMORI_NO_BUNDLE=1 forces tsx.
import { readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BUNDLE = `${ROOT}dist/server/cli.js`;

/** True when the bundle exists and no source file it was built from changed since. */
function bundleIsFresh() {
  if (process.env.SEKIMORI_NO_BUNDLE === "1") return false;
  try {
    const info = JSON.parse(readFileSync(`${ROOT}dist/server/build-info.json`, "utf8"));
    if (!statSync(BUNDLE).isFile() || !Array.isArray(info.inputs)) return false;
    for (const input of info.inputs) if (statSync(`${ROOT}${input}`).mtimeMs > info.builtAt) return false;
    return true;
  } catch {
    return false; // no bundle, or a source file it lists is gone
  }
}

let cli;
if (bundleIsFresh()) cli = BUNDLE;
else {
  const { register } = await import("tsx/esm/api");
  register();
  cli = `${ROOT}server/cli.ts`;
}
// `sekimori … | head`: a closed pipe is not an error.
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (err) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
const { main } = await import(cli);
const code = await main(process.argv.slice(2));
if (code >= 0) {
  process.exitCode = code;
  // Every command closes its database; do not wait for stray timers.
  setTimeout(() => process.exit(code), 100).unref();
}
