#!/usr/bin/env node
/**
 * `npm run build:server`: bundles the server (entry server/cli.ts) with esbuild into
 * dist/server/cli.js (+ chunks for the lazily imported commands), so `sekimori …` starts without
 * compiling TypeScript (bin/sekimori.js uses the bundle when it is up to date, else tsx).
 *
 * - node_modules packages stay external (resolved from the repository's node_modules at run time).
 * - Every `import.meta.url` in a source file is rewritten to that source file's own URL, computed
 *   relative to the bundle (`new URL("../../server/db/migrate.ts", import.meta.url)`), so paths
 *   derived from it (migrations, policies, package.json, web/dist) resolve exactly as from the
 *   sources, and the checkout can still be moved.
 * - dist/server/build-info.json lists every bundled source file: bin/sekimori.js compares their
 *   modification times with the build's to decide whether the bundle is up to date.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "dist", "server");

/** Rewrites import.meta.url in the repository's own TypeScript files (see above). */
const sourceUrls = {
  name: "source-import-meta-url",
  setup(b) {
    b.onLoad({ filter: /\.[cm]?tsx?$/ }, (args) => {
      if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
      const text = readFileSync(args.path, "utf8");
      if (!text.includes("import.meta.url")) return undefined;
      const rel = relative(OUT, args.path).split(sep).join("/");
      const contents = text.replace(
        /\bimport\.meta\.url\b/g,
        `new URL(${JSON.stringify(rel)}, import.meta.url).href`,
      );
      return { contents, loader: args.path.endsWith("x") ? "tsx" : "ts" };
    });
  },
};

export async function buildServer({ quiet = false } = {}) {
  const started = Date.now();
  rmSync(OUT, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { cli: "server/cli.ts" },
    outdir: OUT,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    sourcemap: "linked",
    metafile: true,
    logLevel: "warning",
    plugins: [sourceUrls],
  });
  const inputs = Object.keys(result.metafile.inputs)
    .filter((p) => !p.includes("node_modules/"))
    .sort();
  writeFileSync(
    join(OUT, "build-info.json"),
    `${JSON.stringify({ builtAt: started, inputs: [...inputs, "package.json", "package-lock.json"] }, null, 1)}\n`,
  );
  if (!quiet) {
    const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
    console.log(
      `build:server: ${inputs.length} source files → dist/server (${Math.round(bytes / 1024)} KB) in ${Date.now() - started} ms`,
    );
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildServer();
}
