import { afterEach, describe, expect, it, vi } from "vitest";
import { getEarly } from "./api";
import { assetListQuery, assetListUrl } from "./scenes/assets/list-url";

type Early = Record<string, { at: number; res: Promise<Response> }>;
const g = globalThis as { __sekimoriEarly?: Early };
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

afterEach(() => {
  delete g.__sekimoriEarly;
  vi.unstubAllGlobals();
});

describe("the early loader's first page (web/src/early.ts → getEarly)", () => {
  it("asks for the URL the list asks for: filters, search and sort from the address, page of 50", () => {
    const url = assetListUrl(assetListQuery(new URLSearchParams("q=台帳&kind=system&foo=1")), null);
    expect(url).toBe(`/api/assets?q=${encodeURIComponent("台帳")}&kind=system&sort=assetNumber&limit=50`);
    expect(assetListUrl(assetListQuery(new URLSearchParams("")), "c1")).toBe(
      "/api/assets?sort=assetNumber&limit=50&cursor=c1",
    );
  });

  it("takes a fresh successful early answer once, then fetches", async () => {
    const fetchMock = vi.fn(async () => json({ n: 2 }));
    vi.stubGlobal("fetch", fetchMock);
    g.__sekimoriEarly = {
      "/api/assets?q=x": { at: performance.now(), res: Promise.resolve(json({ n: 1 })) },
    };
    expect(await getEarly("/api/assets", { query: { q: "x" } })).toEqual({ n: 1 });
    expect(fetchMock).not.toHaveBeenCalled();
    expect(await getEarly("/api/assets", { query: { q: "x" } })).toEqual({ n: 2 });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it("asks again when the early answer was refused, failed, stale or for another URL", async () => {
    const fetchMock = vi.fn(async () => json({ fresh: true }));
    vi.stubGlobal("fetch", fetchMock);
    const now = performance.now();
    g.__sekimoriEarly = {
      "/api/assets?q=refused": {
        at: now,
        res: Promise.resolve(json({ error: { code: "unauthenticated" } }, 401)),
      },
      "/api/assets?q=failed": { at: now, res: Promise.reject(new TypeError("network")) },
      "/api/assets?q=stale": { at: now - 60_000, res: Promise.resolve(json({ old: true })) },
    };
    for (const q of ["refused", "failed", "stale", "other"])
      expect(await getEarly("/api/assets", { query: { q } })).toEqual({ fresh: true });
    expect(fetchMock).toHaveBeenCalledTimes(4);
  });
});
