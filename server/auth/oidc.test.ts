/**
 * Single sign-on against a real OpenID provider (`oidc-provider`, in this process on a free
 * port): authorization code + PKCE, state and nonce, the subject mapped to a Sekimori login, MFA
 * as the profile asks (the provider's amr/acr, else Sekimori's TOTP), refusals audited.
 */
import type { Server } from "node:http";
import { eq } from "drizzle-orm";
import Provider from "oidc-provider";
import { generate, generateSecret } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventsSince, lastEventId } from "../modules/org/test-helpers";
import { createTestApp, type TestApp } from "../test/app";
import { makeUser } from "../test/factories";
import { freePort } from "../test/slapd";
import { providerMfa } from "./oidc-config";
import { signInWithProvider } from "./oidc-sign-in";
import { users } from "./tables";

const REDIRECT = "http://sekimori.test/api/auth/oidc/callback";

/** A cookie jar for the browser's conversation with the provider. */
class Jar {
  private cookies = new Map<string, string>();
  take(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const i = pair.indexOf("=");
      this.cookies.set(pair.slice(0, i).trim(), pair.slice(i + 1));
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

describe("OIDC sign-in against oidc-provider", () => {
  let t: TestApp;
  let server: Server;
  let issuer: string;
  let staff: { loginId: string; totpSecret: string; userId: string };

  beforeAll(async () => {
    const port = await freePort();
    issuer = `http://127.0.0.1:${port}`;
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: "sekimori",
          client_secret: "provider-test-secret",
          redirect_uris: [REDIRECT],
          grant_types: ["authorization_code"],
          response_types: ["code"],
          token_endpoint_auth_method: "client_secret_post",
        },
      ],
      pkce: { required: () => true },
      claims: { openid: ["sub"], profile: ["preferred_username"] },
      findAccount: async (_ctx: unknown, id: string) => ({
        accountId: id,
        claims: async () => ({ sub: id, preferred_username: id }),
      }),
      cookies: { keys: ["oidc-test-cookie-key"] },
      features: { devInteractions: { enabled: true } },
    });
    server = provider.listen(port);
    t = await createTestApp({
      config: {
        env: {
          OIDC_ISSUER: issuer,
          OIDC_CLIENT_ID: "sekimori",
          OIDC_CLIENT_SECRET: "provider-test-secret",
          OIDC_REDIRECT_URI: REDIRECT,
        },
      },
    });
    const { user } = await makeUser(t.database.db, {});
    const totpSecret = generateSecret();
    await t.database.db.update(users).set({ totpSecret, totpEnabled: true }).where(eq(users.id, user.id));
    staff = { loginId: user.loginId, totpSecret, userId: user.id };
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await new Promise((r) => server?.close(r));
  });

  /** Sekimori's start → the provider's login and consent (dev interactions) → Sekimori's callback URL. */
  async function throughProvider(login: string, tamper?: (callback: URL) => void) {
    const start = await t.app.request("/api/auth/oidc/start");
    expect(start.status).toBe(302);
    const flowCookie = start.headers.getSetCookie().find((c) => c.startsWith("sekimori_oidc="));
    expect(flowCookie).toMatch(/HttpOnly/i);
    expect(flowCookie).toMatch(/SameSite=Lax/i);
    const authorize = new URL(start.headers.get("location") as string);
    expect(authorize.origin).toBe(issuer);
    expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorize.searchParams.get("state")).toBeTruthy();
    expect(authorize.searchParams.get("nonce")).toBeTruthy();
    const jar = new Jar();
    let url = authorize.href;
    let body: URLSearchParams | undefined;
    for (let hop = 0; hop < 20; hop++) {
      const res = await fetch(url, {
        method: body ? "POST" : "GET",
        redirect: "manual",
        headers: {
          cookie: jar.header(),
          ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}),
        },
        body,
      });
      jar.take(res);
      body = undefined;
      const location = res.headers.get("location");
      if (location) {
        const next = new URL(location, url);
        if (next.href.startsWith(REDIRECT)) {
          tamper?.(next);
          const cookie = (flowCookie as string).split(";")[0];
          return t.app.request(`/api/auth/oidc/callback${next.search}`, { headers: { cookie } });
        }
        url = next.href;
        continue;
      }
      const html = await res.text();
      const action = /action="([^"]+)"/.exec(html)?.[1];
      if (!action) throw new Error(`no form at ${url}: ${res.status}`);
      url = new URL(action, url).href;
      body = html.includes('value="login"')
        ? new URLSearchParams({ prompt: "login", login, password: "x" })
        : new URLSearchParams({ prompt: "consent" });
    }
    throw new Error("too many hops");
  }

  it("offers the button only when configured", async () => {
    const res = await t.app.request("/api/auth/oidc");
    expect(await res.json()).toMatchObject({
      enabled: true,
      label: { ja: expect.any(String), en: expect.any(String) },
    });
    const off = await createTestApp({ config: { env: {} } });
    try {
      expect(await (await off.app.request("/api/auth/oidc")).json()).toMatchObject({ enabled: false });
      expect((await off.app.request("/api/auth/oidc/start")).status).toBe(404);
    } finally {
      await off.close();
    }
  });

  it("signs a user in through the provider; without the provider's MFA Sekimori's TOTP is still owed", async () => {
    const before = await lastEventId(t);
    const callback = await throughProvider(staff.loginId);
    expect(callback.status).toBe(302);
    expect(callback.headers.get("location")).toBe("/login?sso=mfa");
    const cookie = callback.headers.getSetCookie().find((c) => c.startsWith("sekimori_session="));
    expect(cookie).toBeTruthy();
    const session = (cookie as string).split(";")[0];
    // The pending session can do nothing but finish the second factor.
    expect((await t.app.request("/api/auth/me", { headers: { cookie: session } })).status).toBe(403);
    const info = await (await t.app.request("/api/auth/oidc", { headers: { cookie: session } })).json();
    expect(info.pendingMfa.csrfToken).toBeTruthy();
    const code = await generate({ secret: staff.totpSecret, epoch: t.clock.now.getTime() / 1000 });
    const verified = await t.app.request("/api/auth/mfa/verify", {
      method: "POST",
      headers: {
        cookie: session,
        "content-type": "application/json",
        "x-csrf-token": info.pendingMfa.csrfToken,
        origin: "http://localhost",
      },
      body: JSON.stringify({ code }),
    });
    expect(verified.status, await verified.clone().text()).toBe(200);
    const events = (await eventsSince(t, before)).map((e) => [
      e.type,
      (e.data as { method?: string }).method,
    ]);
    expect(events).toContainEqual(["auth.login_mfa_pending", "oidc"]);
    expect(events).toContainEqual(["auth.login", "totp"]);
  });

  it("refuses an unknown subject, a disabled login and a tampered state, each audited, with no session", async () => {
    const before = await lastEventId(t);
    const unknown = await throughProvider("nobody-here");
    expect(unknown.headers.get("location")).toBe("/login?sso_error=unknown_user");
    expect(unknown.headers.getSetCookie().some((c) => c.startsWith("sekimori_session="))).toBe(false);

    const tampered = await throughProvider(staff.loginId, (u) => u.searchParams.set("state", "forged"));
    expect(tampered.headers.get("location")).toBe("/login?sso_error=invalid_response");

    const replay = await t.app.request("/api/auth/oidc/callback?code=x&state=y");
    expect(replay.headers.get("location")).toBe("/login?sso_error=expired");

    await t.database.db.update(users).set({ disabled: true }).where(eq(users.id, staff.userId));
    try {
      const disabled = await throughProvider(staff.loginId);
      expect(disabled.headers.get("location")).toBe("/login?sso_error=disabled");
    } finally {
      await t.database.db.update(users).set({ disabled: false }).where(eq(users.id, staff.userId));
    }
    const reasons = (await eventsSince(t, before)).map((e) => (e.data as { reason?: string }).reason);
    expect(reasons).toEqual(expect.arrayContaining(["oidc_unknown_user", "oidc_disabled"]));
  });

  it("takes the provider's second factor (amr/acr) for the profile's MFA", async () => {
    expect(providerMfa({ amr: ["pwd", "otp"] }, { mfaAmr: ["otp"], mfaAcr: [] })).toBe(true);
    expect(providerMfa({ amr: ["pwd"] }, { mfaAmr: ["otp"], mfaAcr: [] })).toBe(false);
    expect(providerMfa({ acr: "urn:gold" }, { mfaAmr: [], mfaAcr: ["urn:gold"] })).toBe(true);
    const config = (await import("./oidc-config")).oidcConfigFromEnv(t.deps.config.env);
    if (!config) throw new Error("config");
    const result = await signInWithProvider(
      t.deps,
      { actor: null, ip: "127.0.0.1", requestId: "test" },
      config,
      { issuer, subject: staff.loginId, value: staff.loginId, amr: ["pwd", "otp"], acr: undefined },
    );
    expect(result.kind).toBe("signed_in");
  });
});
