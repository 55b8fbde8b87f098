import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { meQuery } from "./auth";
import { firstData } from "./first-data";
import { assetListOptions, assetListQuery } from "./scenes/assets/list-query";

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
const ME = { user: { id: "u1", name: "職員 一郎" }, csrfToken: "token" };
const PAGE = { items: [{ id: "a1" }], nextCursor: null, policies: { create: true } };

/** fetch answering the session and the list's first page, recording what was asked. */
function server(me: () => Promise<Response>) {
  const asked: string[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) => {
      asked.push(url);
      return url === "/api/auth/me" ? me() : json(PAGE);
    }),
  );
  return asked;
}

afterEach(() => vi.unstubAllGlobals());

describe("firstData (the first screen's data, before the first render)", () => {
  it("on /assets, signed in: the session and the list's first page are in the cache", async () => {
    vi.stubGlobal("location", { pathname: "/assets", search: "?q=台帳" });
    const asked = server(async () => json(ME));
    const qc = new QueryClient();
    await firstData(qc);
    expect(qc.getQueryData(meQuery.queryKey)).toEqual(ME);
    const list = assetListOptions(assetListQuery(new URLSearchParams("?q=台帳")));
    expect(qc.getQueryData(list.queryKey)).toEqual({ pages: [PAGE], pageParams: [null] });
    expect(asked).toEqual([
      "/api/auth/me",
      `/api/assets?q=${encodeURIComponent("台帳")}&sort=assetNumber&limit=50`,
    ]);
  });

  it("signed out: the session is null and the list is not asked for", async () => {
    vi.stubGlobal("location", { pathname: "/assets", search: "" });
    const asked = server(async () => json({ error: { code: "unauthenticated" } }, 401));
    const qc = new QueryClient();
    await firstData(qc);
    expect(qc.getQueryData(meQuery.queryKey)).toBeNull();
    expect(asked).toEqual(["/api/auth/me"]);
  });

  it("elsewhere than /assets only the session is asked", async () => {
    vi.stubGlobal("location", { pathname: "/requests", search: "" });
    const asked = server(async () => json(ME));
    await firstData(new QueryClient());
    expect(asked).toEqual(["/api/auth/me"]);
  });

  it("a slow answer holds the first render back only `wait` ms; the query stays in flight", async () => {
    vi.stubGlobal("location", { pathname: "/", search: "" });
    server(() => new Promise<Response>(() => {}));
    const qc = new QueryClient();
    const started = performance.now();
    await firstData(qc, 30);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(qc.getQueryState(meQuery.queryKey)?.fetchStatus).toBe("fetching");
  });
});
