/**
 * One translation mechanism (#14 item 2): every word of the web app lives in the i18next
 * resources (locales/ja.json with en.json). Scenes once kept their own `{ ja, en }` tables in
 * per-scene TypeScript files read through a hook of their own; this fails when one comes back.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = new URL(".", import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Every leaf key of a resource tree, dotted. */
function leaves(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    v && typeof v === "object" ? leaves(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe("one translation mechanism: the i18next resources", () => {
  const files = sources(SRC).filter((f) => !f.endsWith(".test.ts"));

  it("no per-scene texts file, no scene word table, no second hook", () => {
    const offenders = files.flatMap((f) => {
      const name = relative(SRC, f);
      const text = readFileSync(f, "utf8");
      const found: string[] = [];
      if (/texts?\.tsx?$/i.test(name)) found.push(`${name}: a per-scene texts file`);
      if (/\buseSceneTexts\b/.test(text)) found.push(`${name}: useSceneTexts`);
      if (/\bconst [A-Z_]*TEXTS\b/.test(text)) found.push(`${name}: a TEXTS table`);
      return found;
    });
    expect(offenders).toEqual([]);
  });

  it("each scene's resource file has Japanese and English for the same keys, in i18next's {{placeholder}} form", () => {
    const dir = join(SRC, "locales/scenes");
    const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
    expect(files.length).toBeGreaterThanOrEqual(13);
    for (const f of files) {
      const words = JSON.parse(readFileSync(join(dir, f), "utf8")) as { ja: object; en: object };
      expect(Object.keys(words).sort(), f).toEqual(["en", "ja"]);
      expect(leaves(words.en).sort(), f).toEqual(leaves(words.ja).sort());
      const texts = [...Object.values(words.ja), ...Object.values(words.en)] as string[];
      expect(
        texts.filter((v) => typeof v !== "string"),
        f,
      ).toEqual([]);
      // A Japanese text is never empty (an English one may be: the 「次」 of a level has no English word).
      expect(
        Object.values(words.ja).filter((v) => !String(v).trim()),
        f,
      ).toEqual([]);
      // The old tables' {name}; i18next fills {{name}} only.
      expect(
        texts.filter((v) => /(^|[^{])\{\w+\}(?!\})/.test(v)),
        f,
      ).toEqual([]);
    }
  });

  it("every scene's words are registered with i18next by the scene's own module", () => {
    const registered = files.flatMap((f) =>
      [...readFileSync(f, "utf8").matchAll(/sceneWords\("(\w+)", (\w+)\)/g)].map((m) => m[1]),
    );
    const resources = readdirSync(join(SRC, "locales/scenes")).map((f) => f.replace(/\.json$/, ""));
    expect(registered.sort()).toEqual(resources.sort());
  });
});
