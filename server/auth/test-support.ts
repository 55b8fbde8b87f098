import { count, eq } from "drizzle-orm";
import { auditEvents } from "../audit/tables";
import type { TestApp } from "../test/app";
import { users } from "./tables";

/** Helpers for this folder's tests. */

export const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: "POST",
  headers: { "content-type": "application/json", ...headers },
  body: typeof body === "string" ? body : JSON.stringify(body),
});

export function loginRaw(t: TestApp, body: unknown, headers: Record<string, string> = {}) {
  return t.app.request("/api/auth/login", json(body, headers));
}

export async function eventsOfType(t: TestApp, type: string) {
  return t.database.db.select().from(auditEvents).where(eq(auditEvents.type, type));
}

export async function eventCount(t: TestApp): Promise<number> {
  const [row] = await t.database.db.select({ n: count() }).from(auditEvents);
  return Number(row.n);
}

export async function userRow(t: TestApp, id: string) {
  const [row] = await t.database.db.select().from(users).where(eq(users.id, id));
  return row;
}

export const MINUTE = 60_000;
