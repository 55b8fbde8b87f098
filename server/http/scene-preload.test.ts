import { describe, expect, it } from "vitest";
import { type Manifest, modulePreloadTags, sceneChunks } from "./scene-preload";

// The shape Vite writes (web/dist/.vite/manifest.json), cut down to the asset list's chunks.
const manifest: Manifest = {
  "index.html": { file: "assets/index-a.js", isEntry: true, imports: ["_ui-b.js", "_api-c.js"] },
  "_ui-b.js": { file: "assets/ui-b.js" },
  "_api-c.js": { file: "assets/api-c.js", imports: ["_ui-b.js"] },
  "src/scenes/assets/AssetList.tsx": {
    file: "assets/AssetList-d.js",
    imports: ["_ui-b.js", "_DateField-e.js", "index.html"],
  },
  "_DateField-e.js": { file: "assets/DateField-e.js", imports: ["_shared-f.js", "_api-c.js"] },
  "_shared-f.js": { file: "assets/shared-f.js" },
};

describe("sceneChunks", () => {
  it("names the screen's chunk and every chunk it imports, less what the entry already loads", () => {
    expect(sceneChunks(manifest, "src/scenes/assets/AssetList.tsx").sort()).toEqual([
      "assets/AssetList-d.js",
      "assets/DateField-e.js",
      "assets/shared-f.js",
    ]);
  });

  it("names nothing for a source the build does not know (an older build: the page still works)", () => {
    expect(sceneChunks(manifest, "src/scenes/Nope.tsx")).toEqual([]);
    expect(sceneChunks({}, "src/scenes/assets/AssetList.tsx")).toEqual([]);
  });

  it("writes one modulepreload tag per file, same-origin and CORS like Vite's own", () => {
    expect(modulePreloadTags(["assets/AssetList-d.js", "assets/shared-f.js"])).toBe(
      '<link rel="modulepreload" crossorigin href="/assets/AssetList-d.js">\n    <link rel="modulepreload" crossorigin href="/assets/shared-f.js">',
    );
  });
});
