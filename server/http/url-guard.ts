import type { MiddlewareHandler } from "hono";
import { AppError } from "./errors";

/**
 * A path or query string that is no valid UTF-8 once percent-decoded, or that holds a NUL byte
 * (which PostgreSQL text cannot store), is answered 400 with the error body before any route
 * reads it (#12 item 8): a route's own validation then never meets such a value.
 */
export const urlGuard: MiddlewareHandler = async (c, next) => {
  const url = c.req.url;
  const rest = url.slice(url.indexOf("/", url.indexOf("//") + 2));
  let decoded: string;
  try {
    decoded = decodeURIComponent(rest.replace(/\+/g, " "));
  } catch {
    throw new AppError(
      400,
      "bad_url",
      "URLの文字の符号化が正しくありません（UTF-8）。",
      "The URL is not correctly encoded (UTF-8 percent-encoding).",
    );
  }
  if (decoded.includes("\u0000"))
    throw new AppError(
      400,
      "bad_url",
      "URLに使えない文字（NUL）が含まれています。",
      "The URL holds a NUL character.",
    );
  await next();
};
