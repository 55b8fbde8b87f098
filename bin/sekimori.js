#!/usr/bin/env node
// `sekimori …` / `npx sekimori …`: runs server/cli.ts in this process through tsx's loader.
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

register();
// `sekimori … | head`: a closed pipe is not an error.
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (err) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
const cli = fileURLToPath(new URL("../server/cli.ts", import.meta.url));
const { main } = await import(cli);
const code = await main(process.argv.slice(2));
if (code >= 0) {
  process.exitCode = code;
  // Every command closes its database; do not wait for stray timers.
  setTimeout(() => process.exit(code), 100).unref();
}
