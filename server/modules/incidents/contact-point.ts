/**
 * 統一的な窓口 (the security contact point) and how to reach it. The profile gives its name and
 * words (西原村 6.3(2)④: the CISO 「窓口を設置し、当該窓口への連絡手段を公表しなければならない」); a
 * telephone number or e-mail address the text does not give is set here by the CISO (who
 * publishes it) or the system administrator, stored as an installation setting, audited — and,
 * while nobody has set it, shown as 未設定 rather than left out.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { authorize } from "../../access";
import { recordEvent } from "../../audit/record";
import type { Db } from "../../db/client";
import {
  jsonBody as body,
  createRouter,
  requestContext as ctxOf,
  errorResponses,
  jsonContent as json,
  PUBLIC_ROUTE,
  SESSION_ROUTE,
} from "../../http/router";
import type { Profile } from "../../profile";
import { settings } from "../../settings/tables";
import { ContactPointRes } from "./schema";

const KEY = "contact_point_means";

interface Means {
  phone: string | null;
  email: string | null;
}

async function storedMeans(db: Db): Promise<Partial<Means>> {
  const [row] = await db.select().from(settings).where(eq(settings.key, KEY));
  return (row?.value as Partial<Means> | undefined) ?? {};
}

/** The contact point as published: the profile's words, the means set here (or the profile's). */
export async function contactPointView(db: Db, profile: Profile) {
  const cp = profile.contact_point;
  const stored = await storedMeans(db);
  return {
    name: cp.name,
    howToReach: cp.how_to_reach,
    phone: stored.phone !== undefined ? stored.phone : (cp.phone ?? null),
    email: stored.email !== undefined ? stored.email : (cp.email ?? null),
    publicForm: cp.public_form,
    clause: cp.clause,
  };
}

// Digits with the separators people write (03-1234-5678, (096)279-3111, +81 …); an empty
// answer clears the value so the point shows 未設定 again.
const Phone = z
  .string()
  .trim()
  .max(30)
  .regex(/^(|\+?[0-9(][0-9\-() ]{5,28}[0-9])$/);
const Email = z.union([z.literal(""), z.string().trim().max(254).email()]);

export const ContactMeansReq = z
  .strictObject({ phone: Phone.nullable(), email: Email.nullable() })
  .openapi("ContactMeansReq");

export function contactPointRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/public/contact-point",
      tags: ["public"],
      security: [...PUBLIC_ROUTE],
      summary: "統一的な窓口と連絡方法 / The security contact point and how to reach it",
      responses: { 200: json(ContactPointRes, "Contact point") },
    }),
    async (c) => {
      const deps = c.get("deps");
      return c.json(await contactPointView(deps.database.db, deps.profile()), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/api/contact-point",
      tags: ["incidents"],
      security: SESSION_ROUTE,
      summary: "統一的な窓口の電話番号・電子メール（連絡手段の公表）/ Set how to reach the contact point",
      request: body(ContactMeansReq),
      responses: { 200: json(ContactPointRes, "Contact point"), ...errorResponses },
    }),
    async (c) => {
      const deps = c.get("deps");
      authorize(c.get("actor"), "update", "contact_point", null);
      const input = c.req.valid("json");
      const next: Means = { phone: input.phone || null, email: input.email || null };
      const db = deps.database.db;
      const now = deps.now();
      await db.transaction(async (tx) => {
        const [row] = await tx.select().from(settings).where(eq(settings.key, KEY)).for("update");
        const before = (row?.value as Partial<Means> | undefined) ?? {};
        await tx
          .insert(settings)
          .values({ key: KEY, value: next, updatedAt: now })
          .onConflictDoUpdate({ target: settings.key, set: { value: next, updatedAt: now } });
        await recordEvent(
          tx,
          ctxOf(c),
          {
            type: "settings.contact_point_changed",
            targetType: "setting",
            targetId: KEY,
            data: {
              changes: {
                phone: { from: before.phone ?? null, to: next.phone },
                email: { from: before.email ?? null, to: next.email },
              },
              clause: deps.profile().contact_point.clause,
            },
          },
          now,
        );
      });
      return c.json(await contactPointView(db, deps.profile()), 200);
    },
  );

  return app;
}
