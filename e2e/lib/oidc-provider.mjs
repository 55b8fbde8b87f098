/**
 * The organization's OpenID provider for the e2e single sign-on step: `oidc-provider` (the same
 * package the integration test runs in process, server/auth/oidc.test.ts) as a process of its own,
 * started by e2e/run.ts for a spec whose `// e2e-server:` line says `oidc`. Its own login and
 * consent pages (devInteractions: any login id, any password) are what the browser sees; the
 * subject is the login id typed, handed to Sekimori as `preferred_username`.
 *
 * Environment: OIDC_PORT, OIDC_REDIRECT_URI (Sekimori's callback), OIDC_CLIENT_SECRET.
 * Prints "ready <issuer>" once listening.
 */
import Provider from "oidc-provider";

const port = Number(process.env.OIDC_PORT);
const issuer = `http://127.0.0.1:${port}`;
const provider = new Provider(issuer, {
  clients: [
    {
      client_id: "sekimori",
      client_secret: process.env.OIDC_CLIENT_SECRET,
      redirect_uris: [process.env.OIDC_REDIRECT_URI],
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_post",
    },
  ],
  pkce: { required: () => true },
  claims: { openid: ["sub"], profile: ["preferred_username"] },
  findAccount: async (_ctx, id) => ({
    accountId: id,
    claims: async () => ({ sub: id, preferred_username: id }),
  }),
  cookies: { keys: [`e2e-${Math.random().toString(36).slice(2)}`] },
  features: { devInteractions: { enabled: true } },
});
const server = provider.listen(port, "127.0.0.1", () => console.log(`ready ${issuer}`));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
