/**
 * Single sign-on through OpenID Connect (README: シングルサインオン). From the environment only:
 * the client secret never enters the database, a log or an answer.
 */
export type OidcMatch = "login_id" | "employee_number" | "email";

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string | null;
  /** Where the provider sends the browser back: `<PUBLIC_URL>/api/auth/oidc/callback`. */
  redirectUri: string;
  scopes: string;
  /** The ID token claim that names the Sekimori login, and what it is matched against. */
  claim: string;
  match: OidcMatch;
  /** `amr` values that count as a second factor at the provider (RFC 8176), and `acr` values. */
  mfaAmr: string[];
  mfaAcr: string[];
  label: { ja: string; en: string };
  /** http:// issuers are allowed only on loopback (tests, a provider on the same host). */
  allowInsecure: boolean;
}

const list = (v: string | undefined, fallback: string) =>
  (v ?? fallback)
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/** The configuration, or null when OIDC_ISSUER is unset (the button is not shown). */
export function oidcConfigFromEnv(env: NodeJS.ProcessEnv = process.env): OidcConfig | null {
  const issuer = env.OIDC_ISSUER?.trim();
  if (!issuer) return null;
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new Error("OIDC_ISSUER must be the provider's URL, e.g. https://idp.example.lg.jp/realms/staff");
  }
  const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback))
    throw new Error("OIDC_ISSUER must use https:// (http:// only on loopback)");
  const clientId = env.OIDC_CLIENT_ID?.trim();
  if (!clientId) throw new Error("OIDC_CLIENT_ID is required with OIDC_ISSUER");
  const port = env.PORT?.trim() || "8080";
  const base = (env.PUBLIC_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, "");
  const match = (env.OIDC_USER_MATCH?.trim() || "login_id") as OidcMatch;
  if (!["login_id", "employee_number", "email"].includes(match))
    throw new Error("OIDC_USER_MATCH must be login_id, employee_number or email");
  return {
    issuer,
    clientId,
    clientSecret: env.OIDC_CLIENT_SECRET ?? null,
    redirectUri: env.OIDC_REDIRECT_URI?.trim() || `${base}/api/auth/oidc/callback`,
    scopes: env.OIDC_SCOPES?.trim() || "openid profile email",
    claim: env.OIDC_USER_CLAIM?.trim() || "preferred_username",
    match,
    mfaAmr: list(env.OIDC_MFA_AMR, "mfa,otp,hwk,swk,sc,fpt,face,iris"),
    mfaAcr: list(env.OIDC_MFA_ACR, ""),
    label: {
      ja: env.OIDC_LABEL_JA?.trim() || "シングルサインオンでログイン",
      en: env.OIDC_LABEL_EN?.trim() || "Sign in with single sign-on",
    },
    allowInsecure: url.protocol === "http:",
  };
}

/** Did the provider vouch for a second factor (its `amr` or `acr`)? */
export function providerMfa(
  claims: { amr?: unknown; acr?: unknown },
  config: Pick<OidcConfig, "mfaAmr" | "mfaAcr">,
) {
  const amr = Array.isArray(claims.amr) ? claims.amr.map(String) : [];
  if (amr.some((a) => config.mfaAmr.includes(a))) return true;
  return typeof claims.acr === "string" && config.mfaAcr.includes(claims.acr);
}
