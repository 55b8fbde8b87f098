/**
 * The emergency response plan (緊急時対応計画, 西原村 対策基準 8.3) as a document of this module.
 * It used to live in incidents (emergency_plans); migration 0023 copied every saved version here
 * and incidents' routes (/api/emergency-plan…) now read and save it through these functions
 * (exported by index.ts). A save from that screen is a version published at once — as before:
 * "every save is a new version; the newest is in force" — with its structured sections kept in
 * `content` and rendered as the version's text, so the 新旧対照表 and acknowledgements work on it.
 */
import { and, desc, eq, max } from "drizzle-orm";
import { todayJst } from "../../../common/calendar";
import { recordEvent } from "../../audit/record";
import type { Db, DbOrTx } from "../../db/client";
import { personNames } from "../../directory";
import type { RequestContext } from "../../http/context";
import type { Profile } from "../../profile";
import { documents, documentVersions } from "./tables";

export const EMERGENCY_PLAN_ORIGIN = "incidents.emergency_plan";

export interface EmergencyPlanContent {
  contacts: Array<{ role: string; name: string; phone?: string | null; note?: string | null }>;
  whatToReport: string[];
  responseMeasures: string[];
  recurrencePrevention: string[];
}

const EMPTY_PLAN: EmergencyPlanContent = {
  contacts: [],
  whatToReport: [],
  responseMeasures: [],
  recurrencePrevention: [],
};

/** The text of a plan version (the same layout the migration wrote for the old versions). */
export function renderPlan(c: EmergencyPlanContent): string {
  const list = (xs: string[]) => xs.map((x) => `・${x}`).join("\n");
  const contacts = c.contacts.map((x) => `・${x.role} ${x.name}${x.phone ? ` ${x.phone}` : ""}`).join("\n");
  return [
    "1 関係者の連絡先",
    contacts,
    "2 発生した事案に係る報告すべき事項",
    list(c.whatToReport),
    "3 発生した事案への対応措置",
    list(c.responseMeasures),
    "4 再発防止措置",
    list(c.recurrencePrevention),
  ].join("\n");
}

async function planDocument(db: DbOrTx) {
  const [d] = await db.select().from(documents).where(eq(documents.origin, EMERGENCY_PLAN_ORIGIN));
  return d ?? null;
}

/**
 * The plan's versions (newest first) and one version (the one in force, or `version`) — the shape
 * incidents' /api/emergency-plan always answered. Incidents authorizes the caller (everyone signed
 * in reads the plan: staff must know whom to call).
 */
export async function emergencyPlanView(db: DbOrTx, version?: number) {
  const d = await planDocument(db);
  const rows = d
    ? await db
        .select()
        .from(documentVersions)
        .where(eq(documentVersions.documentId, d.id))
        .orderBy(desc(documentVersions.number))
    : [];
  const published = rows.filter((r) => r.publishedAt !== null);
  const names = await personNames(
    db,
    published.map((r) => r.createdByPersonId).filter((x): x is string => Boolean(x)),
  );
  const current =
    version !== undefined
      ? published.find((r) => r.number === version)
      : published.find((r) => r.state === "published");
  return {
    documentId: d?.id ?? null,
    found: version === undefined || current !== undefined,
    current: current
      ? {
          version: current.number,
          // A version saved from the plan screen keeps its sections; one edited as a plain document
          // has none (its text is the plan), so the screen shows empty sections, not a crash.
          content: (current.content as EmergencyPlanContent | null) ?? EMPTY_PLAN,
          note: current.changeSummary,
          createdAt: current.createdAt.toISOString(),
        }
      : null,
    versions: published.map((r) => ({
      version: r.number,
      note: r.changeSummary,
      createdAt: r.createdAt.toISOString(),
      createdBy: r.createdByPersonId ? (names.get(r.createdByPersonId) ?? null) : null,
    })),
  };
}

/** Saves a new version of the plan, in force at once (the previous one superseded), with its audit events. */
export async function saveEmergencyPlan(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  content: EmergencyPlanContent,
  note: string | null,
  now: Date,
) {
  const personId = ctx.actor?.personId ?? null;
  return db.transaction(async (tx) => {
    let d = await planDocument(tx);
    if (!d) {
      [d] = await tx
        .insert(documents)
        .values({
          kind: "emergency_plan",
          title: "緊急時対応計画",
          audience: { everyone: true, roles: [], departments: [] },
          origin: EMERGENCY_PLAN_ORIGIN,
          createdByPersonId: personId,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
    }
    const [{ last }] = await tx
      .select({ last: max(documentVersions.number) })
      .from(documentVersions)
      .where(eq(documentVersions.documentId, d.id));
    const version = (last ?? 0) + 1;
    await tx
      .update(documentVersions)
      .set({ state: "superseded", supersededAt: now, updatedAt: now })
      .where(and(eq(documentVersions.documentId, d.id), eq(documentVersions.state, "published")));
    await tx.insert(documentVersions).values({
      documentId: d.id,
      number: version,
      body: renderPlan(content),
      changeSummary: note,
      materialChange: true,
      state: "published",
      effectiveOn: todayJst(now),
      approvedAt: now,
      approvedByPersonId: personId,
      approvedClause: profile.incidents.emergency_plan?.clause ?? null,
      publishedAt: now,
      publishedByPersonId: personId,
      content,
      createdByPersonId: personId,
      createdAt: now,
      updatedAt: now,
    });
    await recordEvent(
      tx,
      ctx,
      {
        type: "emergency_plan.saved",
        targetType: "emergency_plan",
        targetId: String(version),
        data: { version, note },
      },
      now,
    );
    return version;
  });
}
