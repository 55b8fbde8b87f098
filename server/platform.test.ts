import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VERSION } from "./deps";
import { createTestApp, type TestApp } from "./test/app";

/** Hono's `:id` (optionally `:id{regex}`) → OpenAPI's `{id}`. */
function toOpenApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?/g, "{$1}");
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  t.app.request(path, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });

describe("GET /api/health", () => {
  it("answers status, database kind and version", async () => {
    const res = await t.app.request("/api/health");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual({
      status: "ok",
      database: process.env.TEST_DATABASE_URL ? "postgres" : "pglite",
      version: VERSION,
    });
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("security headers", () => {
  for (const path of ["/api/health", "/api/no-such-route", "/"]) {
    it(`are set on ${path}`, async () => {
      const res = await t.app.request(path);
      const csp = res.headers.get("content-security-policy") ?? "";
      const directives = new Map(
        csp
          .split(";")
          .map((d) => d.trim().split(/\s+/))
          .filter((d) => d[0])
          .map(([name, ...values]) => [name, values]),
      );
      const scriptSrc = directives.get("script-src") ?? directives.get("default-src");
      expect(scriptSrc, "script-src or default-src").toBeDefined();
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain("'unsafe-eval'");
      expect(scriptSrc?.some((s) => /^https?:|^\*$/.test(s))).toBe(false);
      expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
      expect(directives.get("object-src")).toEqual(["'none'"]);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"]).toContain(
        res.headers.get("referrer-policy"),
      );
    });
  }

  it("API responses are not cached", async () => {
    const res = await t.app.request("/api/health");
    expect(res.headers.get("cache-control")).toBe("no-store");
  });
});

describe("bad input on a public route (POST /api/auth/login)", () => {
  const expectFieldError = async (res: Response, status: number) => {
    expect(res.status).toBe(status);
    const body = (await res.json()) as {
      error: { code: string; message_ja: string; message_en: string; fields: Record<string, unknown> };
    };
    expect(body.error.code).toEqual(expect.any(String));
    expect(body.error.message_ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(body.error.message_en).toMatch(/[A-Za-z]/);
    expect(typeof body.error.fields).toBe("object");
    return body.error;
  };

  it("malformed JSON → 400 with field errors in Japanese and English", async () => {
    const error = await expectFieldError(await post("/api/auth/login", '{"loginId": "admin", '), 400);
    expect(Object.keys(error.fields).length).toBeGreaterThan(0);
    const first = Object.values(error.fields)[0] as { message_ja: string; message_en: string };
    expect(first.message_ja).toBeTruthy();
    expect(first.message_en).toBeTruthy();
  });

  it("wrong types → 400 naming the field", async () => {
    const error = await expectFieldError(
      await post("/api/auth/login", '{"loginId": 12, "password": []}'),
      400,
    );
    expect(Object.keys(error.fields)).toEqual(expect.arrayContaining(["loginId", "password"]));
  });

  it("unknown fields → 400 naming the unknown field", async () => {
    const error = await expectFieldError(
      await post("/api/auth/login", JSON.stringify({ loginId: "admin", password: "x", isAdmin: true })),
      400,
    );
    expect(Object.keys(error.fields)).toContain("isAdmin");
  });

  it("over-long strings → 400 naming the field", async () => {
    const error = await expectFieldError(
      await post("/api/auth/login", JSON.stringify({ loginId: "a".repeat(100_000), password: "x" })),
      400,
    );
    expect(Object.keys(error.fields)).toContain("loginId");
  });

  it("a body over the size limit → 413", async () => {
    const big = JSON.stringify({ loginId: "admin", password: "x".repeat(t.deps.config.maxBodyBytes + 10) });
    const error = await expectFieldError(await post("/api/auth/login", big), 413);
    expect(error.code).toBe("payload_too_large");
  });

  it("a body over the size limit without Content-Length → 413", async () => {
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let sent = 0;
    const limit = t.deps.config.maxBodyBytes + chunk.length;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > limit) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const res = await t.app.request("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: stream,
      // @ts-expect-error Node's fetch needs duplex for a streamed body
      duplex: "half",
    });
    expect(res.status).toBe(413);
  });

  it("an unknown API path answers an anonymous caller 401 JSON (routes are not discoverable)", async () => {
    const res = await t.app.request("/api/does-not-exist");
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unauthenticated");
  });
});

describe("GET /api/openapi.json", () => {
  it("is public and lists every registered API route", async () => {
    const res = await t.app.request("/api/openapi.json");
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toMatch(/^3\./);
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.keys(ops)
          .filter((m) => ["get", "post", "put", "patch", "delete"].includes(m))
          .map((m) => `${m.toUpperCase()} ${path}`),
      ),
    );
    const registered = new Set(
      t.app.routes
        .filter((r) => r.method !== "ALL" && r.path.startsWith("/api/") && r.path !== "/api/openapi.json")
        .map((r) => `${r.method} ${toOpenApiPath(r.path)}`),
    );
    expect(registered.size).toBeGreaterThan(5);
    const undocumented = [...registered].filter((r) => !documented.has(r)).sort();
    expect(undocumented, "routes registered without createRoute (missing from openapi.json)").toEqual([]);
    const phantom = [...documented].filter((r) => !registered.has(r)).sort();
    expect(phantom, "documented routes with no handler").toEqual([]);
    for (const must of [
      "GET /api/health",
      "POST /api/auth/login",
      "POST /api/auth/logout",
      "GET /api/auth/me",
    ]) {
      expect(documented).toContain(must);
    }
  });
});
