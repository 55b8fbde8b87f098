/**
 * The server's logger (pino): one JSON line per event on stdout, for the operator's log
 * collector. Level from LOG_LEVEL (trace, debug, info, warn, error, fatal, silent; default info).
 * Output meant for a person at a terminal — CLI results, the first administrator's password —
 * is printed as text instead, not logged.
 */
import pino from "pino";

const LEVELS = new Set(["trace", "debug", "info", "warn", "error", "fatal", "silent"]);
const wanted = process.env.LOG_LEVEL?.toLowerCase();

export const logger = pino({
  level: wanted && LEVELS.has(wanted) ? wanted : "info",
  base: { pid: process.pid },
  // Request bodies, cookies and passwords are never passed to the logger; errors are.
  serializers: { err: pino.stdSerializers.err },
});

/** A child logger for one part of the server ("jobs", "mail", "http", …). */
export function loggerFor(component: string) {
  return logger.child({ component });
}
