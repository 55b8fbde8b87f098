import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { Plugin } from "vite";

const ENTRY = fileURLToPath(new URL("./src/early.ts", import.meta.url));
const SCREEN = /[\\/]scenes[\\/]assets[\\/]AssetList\.tsx$/;

interface ChunkLike {
  type: "chunk" | "asset";
  fileName: string;
  facadeModuleId?: string | null;
  imports?: string[];
  viteMetadata?: { importedCss?: Set<string> };
}

/**
 * Builds web/src/early.ts into its own small script and puts it in index.html (before the app's
 * entry), with the asset list screen's chunks — its own and those it imports statically —
 * so it can preload them. Build only: in development the app simply loads without it.
 */
export function earlyLoader(): Plugin {
  return {
    name: "sekimori-early-loader",
    apply: "build",
    enforce: "post",
    async generateBundle(_options, bundle) {
      const files = bundle as unknown as Record<string, ChunkLike>;
      const screen = Object.values(files).find(
        (f) => f.type === "chunk" && SCREEN.test(f.facadeModuleId ?? ""),
      );
      if (!screen) throw new Error("early loader: the asset list chunk was not found");
      const chunks = new Set<string>();
      const visit = (name: string) => {
        const f = files[name];
        if (!f || chunks.has(name)) return;
        chunks.add(name);
        for (const css of f.viteMetadata?.importedCss ?? []) chunks.add(css);
        for (const dep of f.imports ?? []) visit(dep);
      };
      visit(screen.fileName);
      const html = bundle["index.html"];
      if (!html || html.type !== "asset" || typeof html.source !== "string")
        throw new Error("early loader: index.html is not in the bundle yet");
      // What index.html loads already needs no second hint.
      const page = html.source;
      const preload = [...chunks].filter((c) => !page.includes(`/${c}"`)).map((c) => `/${c}`);
      const out = await build({
        entryPoints: [ENTRY],
        bundle: true,
        write: false,
        format: "iife",
        minify: true,
        target: "es2022",
        define: { __ASSET_LIST_CHUNKS__: JSON.stringify(preload) },
      });
      const code = out.outputFiles[0].text;
      const fileName = `assets/early-${createHash("sha256").update(code).digest("hex").slice(0, 8)}.js`;
      this.emitFile({ type: "asset", fileName, source: code });
      // A classic script, not deferred: it runs the moment it arrives, while the parser waits on
      // it (it is tiny) — a module script, even async, ran only after the app's large chunk had
      // been compiled (the bench's waterfall: the early fetch started no sooner than the app's).
      const tag = `<script src="/${fileName}"></script>`;
      html.source = page.replace(/(\s*)<script /, `$1${tag}$1<script `);
    },
  };
}
