/**
 * The emergency response plan (緊急時対応計画, 西原村 対策基準 8.3) as a document of this module.
 * It used to live in incidents (emergency_plans); migration 0023 copied every saved version here
 * and incidents' routes (/api/emergency-plan…) now read and save it through these functions
 * (exported by index.ts). A save from that screen is a draft version, with its structured sections
 * kept in `content` and rendered as the version's text, so the 新旧対照表 and acknowledgements work
 * on it; it is approved by another and published as every document is.
 */
import { and, desc, eq, inArray, max } from "drizzle-orm";
import { recordEvent } from "../../audit/record";
import type { Db, DbOrTx } from "../../db/client";
import { personNames } from "../../directory";
import type { RequestContext } from "../../http/context";
import { AppError, conflict } from "../../http/errors";
import type { Profile } from "../../profile";
import { documents, documentVersions } from "./tables";

export const EMERGENCY_PLAN_ORIGIN = "incidents.emergency_plan";
/** The profile's document kind of the plan (documents.kinds; 西原村 対策基準 8.3(1)). */
const EMERGENCY_PLAN_KIND = "emergency_plan";

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

/**
 * The plan's version waiting for approval or publication (state draft or approved), if any: shown
 * only to those who write the plan (incidents decides who; the documents screen shows it to its
 * keepers and approvers), never to staff who read the plan in force.
 */
export async function emergencyPlanPending(db: DbOrTx) {
  const d = await planDocument(db);
  if (!d) return null;
  const [v] = await db
    .select()
    .from(documentVersions)
    .where(
      and(eq(documentVersions.documentId, d.id), inArray(documentVersions.state, ["draft", "approved"])),
    );
  return v
    ? {
        version: v.number,
        state: v.state as "draft" | "approved",
        content: (v.content as EmergencyPlanContent | null) ?? EMPTY_PLAN,
        note: v.changeSummary,
      }
    : null;
}

/**
 * Saves the plan screen's sections as a draft version of the plan document (#12: the screen used
 * to publish at once, so its writer approved their own plan). The open draft, if any, is edited
 * (its editors kept: none of them approves it); else a new draft is made. It takes effect as any
 * document does: approved by the kind's approver — never its drafter or editors (兼務の禁止,
 * documents/access.ts) — and then published, on the documents screen. A version already approved
 * and waiting for publication is not changed (409). The profile must have the plan's document kind,
 * or no one could approve it (422).
 */
export async function draftEmergencyPlan(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  content: EmergencyPlanContent,
  note: string | null,
  now: Date,
) {
  if (!profile.documents?.kinds.some((k) => k.key === EMERGENCY_PLAN_KIND))
    throw new AppError(
      422,
      "no_document_kind",
      "この組織のプロファイルには緊急時対応計画の文書の種類がないため、承認する人がいません。",
      "The profile has no document kind for the emergency response plan, so no one could approve it.",
    );
  const personId = ctx.actor?.personId ?? null;
  return db.transaction(async (tx) => {
    let d = await planDocument(tx);
    if (!d) {
      [d] = await tx
        .insert(documents)
        .values({
          kind: EMERGENCY_PLAN_KIND,
          title: "緊急時対応計画",
          audience: { everyone: true, roles: [], departments: [] },
          origin: EMERGENCY_PLAN_ORIGIN,
          createdByPersonId: personId,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
    }
    const documentId = d.id;
    const [open] = await tx
      .select()
      .from(documentVersions)
      .where(
        and(
          eq(documentVersions.documentId, documentId),
          inArray(documentVersions.state, ["draft", "approved"]),
        ),
      )
      .for("update");
    if (open?.state === "approved")
      throw conflict(
        "open_version",
        "承認済みで公開待ちの版があります。先にその版を公開してください。",
        "A version is approved and waiting for publication; publish it first.",
      );
    const fields = { body: renderPlan(content), changeSummary: note, content, updatedAt: now };
    let version: number;
    if (open) {
      version = open.number;
      const editors =
        personId && personId !== open.createdByPersonId && !open.editedByPersonIds.includes(personId)
          ? [...open.editedByPersonIds, personId]
          : open.editedByPersonIds;
      await tx
        .update(documentVersions)
        .set({ ...fields, editedByPersonIds: editors })
        .where(eq(documentVersions.id, open.id));
    } else {
      const [{ last }] = await tx
        .select({ last: max(documentVersions.number) })
        .from(documentVersions)
        .where(eq(documentVersions.documentId, documentId));
      version = (last ?? 0) + 1;
      await tx.insert(documentVersions).values({
        ...fields,
        documentId,
        number: version,
        materialChange: true,
        state: "draft",
        createdByPersonId: personId,
        createdAt: now,
      });
    }
    await recordEvent(
      tx,
      ctx,
      {
        type: "emergency_plan.drafted",
        targetType: "document",
        targetId: documentId,
        data: { version, note, edited: Boolean(open) },
      },
      now,
    );
    return { documentId, version };
  });
}
