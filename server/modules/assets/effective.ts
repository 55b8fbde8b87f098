import { eq, inArray, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import type { Profile } from "../../profile";
import { childrenMap, effectiveLevels, type Levels, type RelationEdge } from "./domain/classification";
import { assetRelations, assets } from "./tables";

async function relationsTouching(tx: DbOrTx, ids: string[]): Promise<RelationEdge[]> {
  if (ids.length === 0) return [];
  const rows: RelationEdge[] = [];
  // In chunks, so a large import does not build one enormous IN list.
  for (let i = 0; i < ids.length; i += 5000) {
    const chunk = ids.slice(i, i + 5000);
    rows.push(
      ...(await tx
        .select({
          fromAssetId: assetRelations.fromAssetId,
          toAssetId: assetRelations.toAssetId,
          type: assetRelations.type,
        })
        .from(assetRelations)
        .where(or(inArray(assetRelations.fromAssetId, chunk), inArray(assetRelations.toAssetId, chunk)))),
    );
  }
  return rows.filter((r) => r.type !== "copy_of");
}

/** Walks the containment graph from `start` in one direction; returns every id reached (start included). */
async function walk(tx: DbOrTx, start: string[], up: boolean, edges: Map<string, RelationEdge>) {
  const seen = new Set(start);
  let frontier = [...start];
  for (let depth = 0; frontier.length > 0 && depth < 1000; depth++) {
    const rels = await relationsTouching(tx, frontier);
    const inFrontier = new Set(frontier);
    const next: string[] = [];
    for (const r of rels) {
      edges.set(`${r.fromAssetId}|${r.toAssetId}|${r.type}`, r);
      // container → child
      const container = r.type === "contains" ? r.fromAssetId : r.toAssetId;
      const child = r.type === "contains" ? r.toAssetId : r.fromAssetId;
      const fromSet = up ? child : container;
      const to = up ? container : child;
      if (inFrontier.has(fromSet) && !seen.has(to)) {
        seen.add(to);
        next.push(to);
      }
    }
    frontier = next;
  }
  return seen;
}

/**
 * Recomputes the stored effective levels of `ids` and of every container above them (the highest
 * by rank of an asset and everything it contains, recursively). Call it inside the transaction
 * that changed levels or containment. Returns the ids whose effective levels changed.
 */
export async function recomputeEffective(tx: DbOrTx, profile: Profile, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const edges = new Map<string, RelationEdge>();
  const affected = await walk(tx, ids, true, edges);
  const all = await walk(tx, [...affected], false, edges);
  const own = new Map<string, Levels & { eff: Levels }>();
  const list = [...all];
  for (let i = 0; i < list.length; i += 5000) {
    const rows = await tx
      .select({
        id: assets.id,
        confidentiality: assets.confidentiality,
        integrity: assets.integrity,
        availability: assets.availability,
        ec: assets.effectiveConfidentiality,
        ei: assets.effectiveIntegrity,
        ea: assets.effectiveAvailability,
      })
      .from(assets)
      .where(inArray(assets.id, list.slice(i, i + 5000)));
    for (const r of rows)
      own.set(r.id, {
        confidentiality: r.confidentiality,
        integrity: r.integrity,
        availability: r.availability,
        eff: { confidentiality: r.ec, integrity: r.ei, availability: r.ea },
      });
  }
  const children = childrenMap([...edges.values()]);
  const changed: string[] = [];
  for (const id of affected) {
    const current = own.get(id);
    if (!current) continue;
    const eff = effectiveLevels(profile, (x) => own.get(x), children, id);
    if (
      eff.confidentiality === current.eff.confidentiality &&
      eff.integrity === current.eff.integrity &&
      eff.availability === current.eff.availability
    )
      continue;
    await tx
      .update(assets)
      .set({
        effectiveConfidentiality: eff.confidentiality,
        effectiveIntegrity: eff.integrity,
        effectiveAvailability: eff.availability,
      })
      .where(eq(assets.id, id));
    changed.push(id);
  }
  return changed;
}

/** For a batch insert of assets without relations: effective = own levels, in one statement. */
export async function setEffectiveToOwn(tx: DbOrTx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .update(assets)
    .set({
      effectiveConfidentiality: sql`${assets.confidentiality}`,
      effectiveIntegrity: sql`${assets.integrity}`,
      effectiveAvailability: sql`${assets.availability}`,
    })
    .where(inArray(assets.id, ids));
}
