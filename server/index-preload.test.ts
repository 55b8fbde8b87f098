/**
 * The index page of /assets names the asset list's first request in a preload link, built by the
 * same function as the screen's request (common/asset-list-url.ts), so the browser starts it while
 * the page is parsed; other pages are served as built.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assetListQuery, assetListUrl } from "../common/asset-list-url";
import { createTestApp, type TestApp } from "./test/app";

let t: TestApp;
const PAGE =
  "<!doctype html>\n<html>\n  <head>\n    <title>Sekimori</title>\n  </head>\n  <body></body>\n</html>\n";

beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), "sekimori-index-"));
  writeFileSync(join(dist, "index.html"), PAGE);
  t = await createTestApp({ config: { webDist: dist } });
});
afterAll(async () => {
  await t.close();
});

const preloads = (html: string) =>
  [...html.matchAll(/<link rel="preload" href="([^"]*)" as="fetch" crossorigin>/g)].map((m) =>
    (m[1] ?? "").replaceAll("&amp;", "&"),
  );

describe("the index page's preload of the asset list", () => {
  it("on /assets, the first page's URL with the address's search, filters and sort", async () => {
    const search = `q=${encodeURIComponent("台帳")}&kind=system&sort=name&foo=1`;
    const html = await (await t.app.request(`/assets?${search}`)).text();
    expect(preloads(html)).toEqual([assetListUrl(assetListQuery(new URLSearchParams(search)), null)]);
    expect(preloads(html)[0]).toContain("kind=system");
    expect(html.indexOf('rel="preload"')).toBeLessThan(html.indexOf("<title>"));
    expect(preloads(await (await t.app.request("/assets")).text())).toEqual([
      "/api/assets?sort=assetNumber&limit=50",
    ]);
  });

  it("a quote in the address cannot leave the attribute", async () => {
    const html = await (
      await t.app.request(`/assets?q=${encodeURIComponent('"><script>x</script>')}`)
    ).text();
    expect(html).not.toContain("<script>x");
    expect(preloads(html)).toHaveLength(1);
  });

  it("other pages carry no preload", async () => {
    expect(preloads(await (await t.app.request("/incidents")).text())).toEqual([]);
    expect(preloads(await (await t.app.request("/assets/new")).text())).toEqual([]);
  });
});
