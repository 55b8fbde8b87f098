/**
 * The `<link rel="modulepreload">` tags of one lazily loaded screen, read from the web build's
 * manifest (web/dist/.vite/manifest.json): served in the HTML of that screen's URL, the browser
 * fetches the screen's chunk and the chunks it imports together with the entry, instead of one
 * round trip after the entry has run and React has asked for the lazy screen (the asset list's
 * waterfall in the bench's `web` section, #14 item 5).
 */

/** One entry of Vite's build manifest (the fields used here). */
export interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}
export type Manifest = Record<string, ManifestChunk>;

/** The files of `source`'s chunk and of every chunk it imports statically, less the entry's own. */
export function sceneChunks(manifest: Manifest, source: string): string[] {
  const entry = Object.values(manifest).find((c) => c.isEntry);
  const loaded = new Set<string>();
  // The entry and what it imports are already in the page (its script and modulepreload tags).
  const skip = new Set<string>();
  const walk = (key: string, into: Set<string>) => {
    const chunk = manifest[key];
    if (!chunk || into.has(chunk.file)) return;
    into.add(chunk.file);
    for (const k of chunk.imports ?? []) walk(k, into);
  };
  const entryKey = Object.keys(manifest).find((k) => manifest[k] === entry);
  if (entryKey) walk(entryKey, skip);
  walk(source, loaded);
  return [...loaded].filter((f) => !skip.has(f));
}

/** The tags for `files` (absolute paths under the site root). */
export function modulePreloadTags(files: string[]): string {
  return files.map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`).join("\n    ");
}
