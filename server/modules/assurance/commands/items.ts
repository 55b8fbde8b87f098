import { and, asc, eq } from "drizzle-orm";
import { recordEvent } from "../../../audit/record";
import type { Db, DbOrTx } from "../../../db/client";
import type { RequestContext } from "../../../http/context";
import { conflict, notFound } from "../../../http/errors";
import type { Profile } from "../../../profile";
import { loadCatalog } from "../../../profile/clauses/catalog";
import { loadMapping } from "../../../profile/mapping";
import { diffItems, type GeneratedItem, generateItems, type ItemChanges } from "../domain/items";
import { assuranceItems } from "../tables";

/** The items the profile's catalog and mapping generate now (pure after the files are read). */
export function generatedFor(profile: Profile, dir?: string): GeneratedItem[] {
  if (!profile.assurance) return [];
  return generateItems(
    loadCatalog(profile.own_catalog, dir).clauses,
    loadMapping(profile.own_catalog, dir).entries,
    profile.assurance,
  );
}

export async function storedItems(db: DbOrTx, profileId: string) {
  return db
    .select()
    .from(assuranceItems)
    .where(eq(assuranceItems.profileId, profileId))
    .orderBy(asc(assuranceItems.ordinal));
}

export function summarize(changes: ItemChanges) {
  return {
    added: changes.added.length,
    textChanged: changes.textChanged.length,
    retired: changes.retired.length,
    restored: changes.restored.length,
    unchanged: changes.unchanged,
  };
}

/**
 * Brings the stored items in line with the catalog: new checklist obligations become items,
 * items whose clause text changed keep their (possibly edited) question but are marked
 * `text_changed` with the previous text, items no longer checklist are retired (never deleted:
 * campaigns and findings still cite them). One audit event with the counts.
 */
export async function syncItems(tx: DbOrTx, ctx: RequestContext, profile: Profile, now: Date, dir?: string) {
  const generated = generatedFor(profile, dir);
  const stored = await storedItems(tx, profile.id);
  const changes = diffItems(stored, generated);
  const byClause = new Map(stored.map((s) => [s.clauseId, s]));
  const ordinal = new Map(generated.map((g) => [g.clauseId, g.ordinal]));
  if (changes.added.length)
    for (let i = 0; i < changes.added.length; i += 500)
      await tx.insert(assuranceItems).values(
        changes.added.slice(i, i + 500).map((g) => ({
          profileId: profile.id,
          clauseId: g.clauseId,
          clauseTitle: g.clauseTitle,
          clauseText: g.clauseText,
          generatedQuestion: g.question,
          question: g.question,
          audience: g.audience,
          audienceClause: g.audienceClause,
          ordinal: g.ordinal,
          lastChange: stored.length ? ("new" as const) : null,
          changedAt: stored.length ? now : null,
          createdAt: now,
          updatedAt: now,
        })),
      );
  for (const { item, previousText } of changes.textChanged) {
    const old = byClause.get(item.clauseId);
    await tx
      .update(assuranceItems)
      .set({
        clauseText: item.clauseText,
        clauseTitle: item.clauseTitle,
        generatedQuestion: item.question,
        // An edited question is kept for the office to review against the new text.
        question: old?.questionEdited ? old.question : item.question,
        audience: item.audience,
        audienceClause: item.audienceClause,
        previousClauseText: previousText,
        lastChange: "text_changed",
        changedAt: now,
        updatedAt: now,
      })
      .where(and(eq(assuranceItems.profileId, profile.id), eq(assuranceItems.clauseId, item.clauseId)));
  }
  for (const item of changes.restored)
    await tx
      .update(assuranceItems)
      .set({
        status: "active",
        lastChange: "restored",
        changedAt: now,
        updatedAt: now,
        ordinal: item.ordinal,
      })
      .where(and(eq(assuranceItems.profileId, profile.id), eq(assuranceItems.clauseId, item.clauseId)));
  for (const clauseId of changes.retired)
    await tx
      .update(assuranceItems)
      .set({ status: "retired", lastChange: "retired", changedAt: now, updatedAt: now })
      .where(and(eq(assuranceItems.profileId, profile.id), eq(assuranceItems.clauseId, clauseId)));
  // Keep the catalog's order for items that stayed.
  for (const s of stored) {
    const o = ordinal.get(s.clauseId);
    if (o != null && o !== s.ordinal && !changes.restored.some((r) => r.clauseId === s.clauseId))
      await tx.update(assuranceItems).set({ ordinal: o }).where(eq(assuranceItems.id, s.id));
  }
  const counts = summarize(changes);
  await recordEvent(
    tx,
    ctx,
    {
      type: "assurance.items_synced",
      targetType: "assurance_items",
      data: { profileId: profile.id, catalog: profile.own_catalog, ...counts },
    },
    now,
  );
  return counts;
}

/** The CISO office's wording of a question (the clause link and audience stay). */
export async function editItem(
  db: Db,
  ctx: RequestContext,
  profileId: string,
  id: string,
  input: { question?: string; audience?: string; acknowledgeChange?: boolean },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const [item] = await tx
      .select()
      .from(assuranceItems)
      .where(and(eq(assuranceItems.id, id), eq(assuranceItems.profileId, profileId)))
      .for("update");
    if (!item) throw notFound({ ja: "点検項目", en: "The check item" });
    if (item.status === "retired" && input.question != null)
      throw conflict(
        "item_retired",
        "廃止された点検項目は編集できません。",
        "A retired check item cannot be edited.",
      );
    const question = input.question ?? item.question;
    const audience = input.audience ?? item.audience;
    const [row] = await tx
      .update(assuranceItems)
      .set({
        question,
        questionEdited: question !== item.generatedQuestion,
        audience,
        ...(input.acknowledgeChange ? { lastChange: null, previousClauseText: null } : {}),
        updatedByPersonId: ctx.actor?.personId ?? null,
        updatedAt: now,
      })
      .where(eq(assuranceItems.id, id))
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "assurance.item_edited",
        targetType: "assurance_item",
        targetId: id,
        data: {
          clauseId: item.clauseId,
          ...(question !== item.question ? { question: { from: item.question, to: question } } : {}),
          ...(audience !== item.audience ? { audience: { from: item.audience, to: audience } } : {}),
          ...(input.acknowledgeChange ? { acknowledged: item.lastChange } : {}),
        },
      },
      now,
    );
    return row;
  });
}
