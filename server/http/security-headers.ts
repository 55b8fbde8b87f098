import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./context";

/**
 * Strict headers on every response: no inline or external script, no framing, no sniffing.
 * Styles allow 'unsafe-inline' because the UI library sets style attributes; scripts never do.
 */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  return async (c, next) => {
    await next();
    c.header("Content-Security-Policy", csp);
    c.header("X-Content-Type-Options", "nosniff");
    c.header("X-Frame-Options", "DENY");
    c.header("Referrer-Policy", "no-referrer");
    c.header("Cross-Origin-Opener-Policy", "same-origin");
    c.header("Cross-Origin-Resource-Policy", "same-origin");
    c.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    // Only over HTTPS (Sekimori's own TLS, or a trusted proxy's X-Forwarded-Proto: https).
    if (c.get("secure")) c.header("Strict-Transport-Security", "max-age=31536000");
    if (c.req.path.startsWith("/api/")) c.header("Cache-Control", "no-store");
  };
}
