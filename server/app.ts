import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { getConnInfo } from "@hono/node-server/conninfo";
import { serveStatic } from "@hono/node-server/serve-static";
import { createRoute, z } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { assetListQuery, assetListUrl } from "../common/asset-list-url";
import { auditRoutes } from "./audit/routes";
import { csrfProtection, sessionLoader } from "./auth/middleware";
import { oidcRoutes } from "./auth/oidc-routes";
import { authRoutes } from "./auth/routes";
import { dashboardRoutes } from "./dashboard/routes";
import { wireDirectoryListeners } from "./directory-listeners";
import { auditInvariant } from "./http/audit-invariant";
import { clientAddress, forwardedHttps, parseTrustProxy } from "./http/client-address";
import type { AppDeps } from "./http/context";
import { AppError } from "./http/errors";
import { importLimit } from "./http/import-limit";
import { requireSession } from "./http/require-session";
import { createRouter, PUBLIC_ROUTE } from "./http/router";
import { type Manifest, modulePreloadTags, sceneChunks } from "./http/scene-preload";
import { securityHeaders } from "./http/security-headers";
import { urlGuard } from "./http/url-guard";
import { logger } from "./log";
import { accountsRoutes } from "./modules/accounts/routes";
import { assetAuditFace } from "./modules/assets";
import { assetExportRoutes } from "./modules/assets/export/routes";
import { ASSET_IMPORT_PATH, assetImportRoutes } from "./modules/assets/import/routes";
import { assetRoutes } from "./modules/assets/routes";
import { assetWorkRoutes } from "./modules/assets/routes-work";
import { ASSURANCE_FILE_UPLOAD, assuranceRoutes } from "./modules/assurance/routes";
import { documentsRoutes } from "./modules/documents/routes";
import { incidentAuditFace } from "./modules/incidents";
import { INCIDENT_FILE_UPLOAD, incidentRoutes } from "./modules/incidents/routes";
import { violationRoutes } from "./modules/incidents/routes-violations";
import { directorySyncRoutes } from "./modules/org/directory-sync/routes";
import { orgRoutes } from "./modules/org/routes";
import { separationRoutes } from "./modules/org/separation-routes";
import { policyRoutes } from "./modules/policy/routes";
import { registerRoutes } from "./modules/registers/routes";
import { reportsRoutes } from "./modules/reports/routes";
import { requestAuditFace } from "./modules/requests";
import { requestRoutes } from "./modules/requests/routes";
import { softwareRoutes, VULN_IMPORT_PATH } from "./modules/software/routes";
import { SUPPLIER_FILE_UPLOAD, suppliersRoutes } from "./modules/suppliers/routes";
import { TRAINING_MATERIAL_UPLOAD, trainingRoutes } from "./modules/training/routes";
import { notifyRoutes } from "./notify/routes";

export function createApp(deps: AppDeps) {
  wireDirectoryListeners();
  const app = createRouter();

  const trusted = parseTrustProxy(deps.config.trustProxy);
  app.use("*", async (c, next) => {
    c.set("deps", deps);
    c.set("requestId", randomUUID());
    c.set("actor", null);
    let peer = "127.0.0.1";
    // app.request() (tests, the bench's in-process sections) has no socket: the test names the
    // peer. Checked rather than caught: a thrown TypeError per request cost more than the check.
    const env = c.env as { incoming?: unknown; server?: { incoming?: unknown } } | undefined;
    if (!env?.incoming && !env?.server?.incoming) peer = c.req.header("x-test-ip") ?? peer;
    else
      try {
        peer = getConnInfo(c).remote.address ?? peer;
      } catch {
        // A socket already gone: the loopback default.
      }
    c.set("ip", clientAddress(peer, c.req.header("x-forwarded-for"), trusted));
    c.set(
      "secure",
      deps.config.secureCookies || forwardedHttps(peer, c.req.header("x-forwarded-proto"), trusted),
    );
    await next();
  });
  app.use("*", securityHeaders());
  const jsonBodyLimit = bodyLimit({
    maxSize: deps.config.maxBodyBytes,
    onError: () => {
      throw new AppError(
        413,
        "payload_too_large",
        "送信内容が大きすぎます。",
        "The request body is too large.",
      );
    },
  });
  // The asset register upload streams to disk under its own limit (50 MB, 413 beyond it). A GET or
  // HEAD has no body (the fetch Request cannot hold one): the limit is not asked, as asking
  // (`c.req.raw.body`) builds the full Request object the server otherwise never needs (#11).
  app.use("/api/*", (c, next) =>
    c.req.method === "GET" ||
    c.req.method === "HEAD" ||
    (c.req.method === "POST" &&
      (c.req.path === ASSET_IMPORT_PATH ||
        c.req.path === VULN_IMPORT_PATH ||
        INCIDENT_FILE_UPLOAD.test(c.req.path) ||
        ASSURANCE_FILE_UPLOAD.test(c.req.path) ||
        SUPPLIER_FILE_UPLOAD.test(c.req.path) ||
        TRAINING_MATERIAL_UPLOAD.test(c.req.path)))
      ? next()
      : jsonBodyLimit(c, next),
  );
  app.use("/api/*", urlGuard);
  app.use("/api/*", sessionLoader);
  app.use("/api/*", csrfProtection);
  app.use("/api/*", requireSession(app));
  if (deps.config.auditInvariant) app.use("/api/*", auditInvariant(app, deps.config.auditInvariant));
  app.use("/api/*", importLimit);

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/health",
      security: [...PUBLIC_ROUTE],
      responses: {
        200: {
          description: "Service is up",
          content: {
            "application/json": {
              schema: z.object({
                status: z.literal("ok"),
                database: z.enum(["pglite", "postgres"]),
                version: z.string(),
              }),
            },
          },
        },
      },
    }),
    (c) => c.json({ status: "ok" as const, database: deps.database.kind, version: deps.config.version }, 200),
  );

  app.route("/", authRoutes());
  app.route("/", oidcRoutes());
  app.route("/", orgRoutes());
  app.route("/", directorySyncRoutes());
  app.route("/", separationRoutes());
  // Before assetRoutes: /api/assets/export.xlsx and /api/assets/import/{jobId} are not asset ids.
  app.route("/", assetExportRoutes());
  app.route("/", assetImportRoutes());
  // Before assetRoutes too: views, tasks and inventory are static paths under /api/assets/.
  app.route("/", assetWorkRoutes());
  app.route("/", assetRoutes());
  app.route("/", auditRoutes([assetAuditFace, requestAuditFace, incidentAuditFace]));
  app.route("/", policyRoutes());
  app.route("/", requestRoutes());
  app.route("/", registerRoutes());
  app.route("/", incidentRoutes());
  app.route("/", violationRoutes());
  app.route("/", softwareRoutes());
  app.route("/", accountsRoutes());
  app.route("/", assuranceRoutes());
  app.route("/", documentsRoutes());
  app.route("/", suppliersRoutes());
  app.route("/", trainingRoutes());
  app.route("/", reportsRoutes());
  app.route("/", dashboardRoutes());
  app.route("/", notifyRoutes());

  app.openAPIRegistry.registerComponent("securitySchemes", "session", {
    type: "apiKey",
    in: "cookie",
    name: "sekimori_session",
  });
  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: { title: "Sekimori API", version: deps.config.version },
    security: [{ session: [] }],
  });

  app.notFound((c) => {
    if (c.req.path.startsWith("/api/")) {
      return c.json(new AppError(404, "not_found", "見つかりません。", "Not found.").toJSON(), 404);
    }
    return serveIndex(deps, c);
  });

  app.onError((err, c) => {
    if (err instanceof AppError) return c.json(err.toJSON(), err.status);
    if (err instanceof HTTPException) {
      const status = err.status;
      const malformed = status === 400;
      const body = new AppError(
        status as 400,
        malformed ? "malformed_body" : "http_error",
        malformed ? "送信内容の形式が正しくありません（JSON）。" : "リクエストを処理できません。",
        malformed ? "The request body is not valid JSON." : err.message,
        malformed
          ? { body: { message_ja: "JSONとして読み取れません。", message_en: "Not valid JSON." } }
          : {},
      );
      return c.json(body.toJSON(), status as 400);
    }
    const race = databaseRace(err);
    if (race) {
      // Two requests raced past the command's own check (e.g. the same new name at the same
      // moment): the transaction was rolled back, so nothing is half-written; say so, not 500.
      logger.warn({ err, requestId: c.get("requestId") }, "database refused a racing write");
      return c.json(race.toJSON(), 409);
    }
    logger.error({ err, requestId: c.get("requestId") }, "unhandled error");
    return c.json(
      new AppError(
        500,
        "internal_error",
        "サーバーで問題が発生しました。時間をおいて再度お試しください。",
        "Something went wrong on the server. Please try again later.",
      ).toJSON(),
      500,
    );
  });

  if (deps.config.webDist && existsSync(deps.config.webDist)) {
    app.use("/assets/*", serveStatic({ root: deps.config.webDist }));
    app.use("/favicon.svg", serveStatic({ root: deps.config.webDist }));
  }
  return app;
}

let indexHtml: string | null = null;
let assetListHtml: string | null = null;
// biome-ignore lint/suspicious/noExplicitAny: Hono context type for the not-found handler
function serveIndex(deps: AppDeps, c: any) {
  const dist = deps.config.webDist;
  const file = dist ? join(dist, "index.html") : null;
  if (!file || !existsSync(file)) {
    return c.text("Sekimori web app is not built. Run `npm run build:web`.", 404);
  }
  indexHtml ??= readFileSync(file, "utf8");
  if (c.req.path !== "/assets") return c.html(indexHtml);
  assetListHtml ??= withSceneChunks(indexHtml, join(dist as string, ".vite/manifest.json"));
  return c.html(withListPreload(assetListHtml, c.req.url));
}

/**
 * The asset list's code, asked for with the entry's: its chunk and the chunks it imports are
 * modulepreloaded in the page of /assets (the build's manifest names them), so the list's code
 * does not wait for the entry to run and React to ask for the lazy screen first.
 */
function withSceneChunks(html: string, manifestFile: string): string {
  if (!existsSync(manifestFile)) return html;
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as Manifest;
  const files = sceneChunks(manifest, "src/scenes/assets/AssetList.tsx");
  return files.length ? html.replace("</head>", `    ${modulePreloadTags(files)}\n  </head>`) : html;
}

/**
 * The asset list's first page, asked for while the page itself is still being parsed: the early
 * loader (web/src/early.ts) asks for the same URL, so the browser hands it this response instead
 * of waiting for the loader script to arrive from the server first (the bench's trace: ~570 ms of
 * that wait on a busy machine). Built by the same function as the screen's own request.
 */
function withListPreload(html: string, requestUrl: string): string {
  const url = assetListUrl(assetListQuery(new URL(requestUrl).searchParams), null);
  const link = `<link rel="preload" href="${url.replaceAll("&", "&amp;").replaceAll('"', "&quot;")}" as="fetch" crossorigin>`;
  return html.replace("<head>", `<head>\n    ${link}`);
}

export type App = ReturnType<typeof createApp>;

/** A unique violation or a serialization failure left unhandled by a command: a 409 to retry. */
function databaseRace(err: unknown): AppError | null {
  const e = err as { code?: string; cause?: { code?: string } };
  const code = e?.code ?? e?.cause?.code;
  if (code === "23505")
    return new AppError(
      409,
      "conflict",
      "同じ内容がちょうど同時に登録されました。画面を更新して確認してください。",
      "The same value was just saved by another request. Reload and check.",
    );
  if (code === "40001" || code === "40P01")
    return new AppError(
      409,
      "conflict",
      "ほかの更新と重なりました。もう一度お試しください。",
      "The change collided with another update. Please try again.",
    );
  return null;
}
