import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { AppEnv } from "../http/context";
import { AppError } from "../http/errors";
import { createRouter, requestContext as ctxOf, jsonContent as json, PUBLIC_ROUTE } from "../http/router";
import { logger } from "../log";
import { loadedSession } from "./middleware";
import { FLOW_COOKIE, FLOW_PATH, finishFlow, openFlow, sealFlow, startFlow } from "./oidc";
import { type OidcConfig, oidcConfigFromEnv } from "./oidc-config";
import { ProviderSignInRefused, signInWithProvider } from "./oidc-sign-in";
import { setSessionCookie } from "./session-store";

const TAG = ["auth"];

const SsoInfo = z
  .object({
    enabled: z.boolean(),
    label: z.object({ ja: z.string(), en: z.string() }).nullable(),
    /** After a provider sign-in that still owes Sekimori's TOTP: the pending session's CSRF token. */
    pendingMfa: z.object({ csrfToken: z.string() }).nullable(),
  })
  .openapi("SsoInfo");

function configOf(c: Context<AppEnv>): OidcConfig | null {
  return oidcConfigFromEnv(c.get("deps").config.env ?? process.env);
}

const notConfigured = () =>
  new AppError(
    404,
    "oidc_not_configured",
    "シングルサインオンは設定されていません。",
    "Single sign-on is not configured.",
  );

/** Back to the sign-in screen with a reason it shows (never the provider's own text). */
const toSignIn = (c: Context<AppEnv>, query: string) => c.redirect(`/login?${query}`, 302);

export function oidcRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: "get",
      path: FLOW_PATH,
      tags: TAG,
      summary: "シングルサインオンの有無 / Whether single sign-on is offered",
      security: [...PUBLIC_ROUTE],
      responses: { 200: json(SsoInfo, "Shown on the sign-in screen") },
    }),
    (c) => {
      const config = configOf(c);
      const current = loadedSession(c);
      const pending = current && !current.expired && current.session.mfaPending ? current.session : null;
      return c.json(
        {
          enabled: config !== null,
          label: config?.label ?? null,
          pendingMfa: pending ? { csrfToken: pending.csrfToken } : null,
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${FLOW_PATH}/start`,
      tags: TAG,
      summary: "OIDC: to the provider (authorization code + PKCE) / Start single sign-on",
      security: [...PUBLIC_ROUTE],
      responses: {
        302: { description: "To the provider, or back to /login?sso_error=…" },
        404: { description: "oidc_not_configured" },
      },
    }),
    async (c) => {
      const config = configOf(c);
      if (!config) throw notConfigured();
      const deps = c.get("deps");
      try {
        const { url, flow } = await startFlow(config, deps.now());
        // Lax: the provider sends the browser back with a top-level GET from its own site.
        setCookie(c, FLOW_COOKIE, sealFlow(flow), {
          httpOnly: true,
          sameSite: "Lax",
          path: FLOW_PATH,
          secure: c.get("secure"),
          maxAge: 600,
        });
        return c.redirect(url.href, 302);
      } catch (err) {
        logger.warn({ err, requestId: c.get("requestId") }, "OIDC provider unavailable");
        return toSignIn(c, "sso_error=provider_unavailable");
      }
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${FLOW_PATH}/callback`,
      tags: TAG,
      summary: "OIDC: the provider's answer / Finish single sign-on",
      security: [...PUBLIC_ROUTE],
      request: {
        query: z.object({
          code: z.string().max(4096).optional(),
          state: z.string().max(1024).optional(),
          iss: z.string().max(1024).optional(),
          error: z.string().max(200).optional(),
          error_description: z.string().max(2000).optional(),
          session_state: z.string().max(1024).optional(),
        }),
      },
      responses: {
        302: {
          description:
            "Signed in (to /), the second factor owed (/login?sso=mfa), or refused (/login?sso_error=…)",
        },
        404: { description: "oidc_not_configured" },
      },
    }),
    async (c) => {
      const config = configOf(c);
      if (!config) throw notConfigured();
      const deps = c.get("deps");
      const flow = openFlow(getCookie(c, FLOW_COOKIE), deps.now());
      deleteCookie(c, FLOW_COOKIE, {
        path: FLOW_PATH,
        httpOnly: true,
        sameSite: "Lax",
        secure: c.get("secure"),
      });
      if (!flow) return toSignIn(c, "sso_error=expired");
      if (c.req.valid("query").error) return toSignIn(c, "sso_error=provider_refused");
      let identity: Awaited<ReturnType<typeof finishFlow>>;
      try {
        identity = await finishFlow(config, flow, new URL(c.req.url).search);
      } catch (err) {
        // A wrong state, nonce, PKCE verifier or token: nothing about the user is known yet.
        logger.warn({ err, requestId: c.get("requestId") }, "OIDC callback refused");
        return toSignIn(c, "sso_error=invalid_response");
      }
      try {
        const result = await signInWithProvider(deps, ctxOf(c), config, identity, {
          userAgent: c.req.header("user-agent"),
          previousSessionId: loadedSession(c)?.session.id ?? null,
        });
        setSessionCookie(c, result.token);
        return result.kind === "mfa_pending" ? toSignIn(c, "sso=mfa") : c.redirect("/", 302);
      } catch (err) {
        if (err instanceof ProviderSignInRefused) return toSignIn(c, `sso_error=${err.reason}`);
        throw err;
      }
    },
  );

  return app;
}
