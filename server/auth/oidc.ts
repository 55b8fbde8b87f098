/**
 * OpenID Connect sign-in (`openid-client`): authorization code with PKCE, state and nonce kept
 * in a short-lived cookie sealed with a key outside the database (so several instances need no
 * shared state and nothing is written before the provider answers), checked on the way back.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import * as client from "openid-client";
import { subkey } from "../secrets";
import type { OidcConfig } from "./oidc-config";

export const FLOW_COOKIE = "sekimori_oidc";
export const FLOW_PATH = "/api/auth/oidc";
const FLOW_TTL_MS = 10 * 60_000;
const AAD = Buffer.from("sekimori:oidc-flow");

export interface Flow {
  state: string;
  nonce: string;
  verifier: string;
  expiresAt: number;
}

export function sealFlow(flow: Flow): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", subkey("oidc-flow"), iv);
  cipher.setAAD(AAD);
  const body = Buffer.concat([cipher.update(JSON.stringify(flow), "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

/** The flow of a cookie, or null when it is missing, altered, from another key or expired. */
export function openFlow(sealed: string | undefined, now: Date): Flow | null {
  if (!sealed || sealed.length > 2000) return null;
  try {
    const raw = Buffer.from(sealed, "base64url");
    const decipher = createDecipheriv("aes-256-gcm", subkey("oidc-flow"), raw.subarray(0, 12));
    decipher.setAAD(AAD);
    decipher.setAuthTag(raw.subarray(12, 28));
    const flow = JSON.parse(
      Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8"),
    );
    if (
      typeof flow?.state !== "string" ||
      typeof flow.nonce !== "string" ||
      typeof flow.verifier !== "string"
    )
      return null;
    return flow.expiresAt > now.getTime() ? (flow as Flow) : null;
  } catch {
    return null;
  }
}

const discovered = new Map<string, Promise<client.Configuration>>();

/** The provider's configuration (discovery), cached per issuer and client; a failure is retried next time. */
export function providerConfig(config: OidcConfig): Promise<client.Configuration> {
  const key = `${config.issuer}|${config.clientId}`;
  let found = discovered.get(key);
  if (!found) {
    found = client
      .discovery(
        new URL(config.issuer),
        config.clientId,
        { redirect_uris: [config.redirectUri], response_types: ["code"] },
        config.clientSecret ? client.ClientSecretPost(config.clientSecret) : client.None(),
        config.allowInsecure ? { execute: [client.allowInsecureRequests], timeout: 10 } : { timeout: 10 },
      )
      .catch((err) => {
        discovered.delete(key);
        throw err;
      });
    discovered.set(key, found);
  }
  return found;
}

/** The provider's authorization URL and the flow to keep in the cookie. */
export async function startFlow(config: OidcConfig, now: Date): Promise<{ url: URL; flow: Flow }> {
  const provider = await providerConfig(config);
  const verifier = client.randomPKCECodeVerifier();
  const flow: Flow = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    verifier,
    expiresAt: now.getTime() + FLOW_TTL_MS,
  };
  const url = client.buildAuthorizationUrl(provider, {
    redirect_uri: config.redirectUri,
    scope: config.scopes,
    state: flow.state,
    nonce: flow.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
  });
  return { url, flow };
}

export interface ProviderIdentity {
  issuer: string;
  subject: string;
  /** The configured claim's value (the Sekimori login, 職員番号 or address). */
  value: string | null;
  amr: unknown;
  acr: unknown;
}

/**
 * Redeems the code: checks state, PKCE, the ID token's signature, issuer, audience, expiry and
 * nonce (openid-client throws on any mismatch). `search` is the callback's query string.
 */
export async function finishFlow(config: OidcConfig, flow: Flow, search: string): Promise<ProviderIdentity> {
  const provider = await providerConfig(config);
  const current = new URL(config.redirectUri);
  current.search = search;
  const tokens = await client.authorizationCodeGrant(provider, current, {
    pkceCodeVerifier: flow.verifier,
    expectedState: flow.state,
    expectedNonce: flow.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error("no ID token");
  let value = claims[config.claim];
  if (value === undefined) {
    // Providers that keep profile claims out of the ID token answer them at userinfo (checked
    // to belong to the same subject).
    const info = await client.fetchUserInfo(provider, tokens.access_token, claims.sub);
    value = info[config.claim];
  }
  return {
    issuer: claims.iss,
    subject: claims.sub,
    value: typeof value === "string" && value.length > 0 && value.length <= 320 ? value : null,
    amr: claims.amr,
    acr: claims.acr,
  };
}
