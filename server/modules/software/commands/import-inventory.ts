/**
 * Inventory import (.xlsx/.csv, asset-management tools' software lists): every row is resolved
 * first — its host by 資産番号 (as the importer may see it), the importer's right to keep that
 * 課's inventory, the product (found, or new from the row), the end-of-support rule of the
 * profile. A dry run answers the plan; a commit writes it in one transaction with an audit event
 * per product and installation and one for the file — and only when no row has an error: a failing
 * file imports nothing.
 */

import { and, isNull, sql } from "drizzle-orm";
import { todayJst } from "../../../../common/calendar";
import { can } from "../../../access";
import { recordEvent } from "../../../audit/record";
import type { Db, DbOrTx } from "../../../db/client";
import { uuidListSql } from "../../../db/sql";
import type { Actor, RequestContext } from "../../../http/context";
import type { Profile } from "../../../profile";
import { assetIdByNumber } from "../../assets";
import { type HostAsset, hostAsset } from "../asset-link";
import { tryParseFormattedString } from "../domain/cpe/formatted-string";
import { literalKey } from "../domain/cpe/wfn";
import { checkEndOfSupport, eosRefusal } from "../domain/end-of-support";
import type { ImportError, InventoryRow } from "../domain/inventory-rows";
import { softwareInstallations, softwareProducts } from "../tables";
import { eosRule } from "./inventory";

export interface PlannedInstallation {
  row: number;
  productKey: string;
  productId: string | null;
  host: HostAsset;
  plannedEndOfUse: string | null;
  eosStatus: "ok" | "unknown" | "flagged";
  eosClause: string | null;
  note: string | null;
}

export interface InventoryPlan {
  errors: ImportError[];
  newProducts: Map<string, InventoryRow>;
  installations: PlannedInstallation[];
  /** Rows naming software already recorded on that host (or twice in the file): left as they are. */
  unchanged: number[];
  flagged: number;
}

const productKey = (r: { vendor: string; product: string; version: string; edition: string }) =>
  JSON.stringify([r.vendor, r.product, r.version, r.edition]);

function cpeKeys(cpe: string | null) {
  const r = cpe ? tryParseFormattedString(cpe) : null;
  if (!r?.ok) return { cpeVendor: null, cpeProduct: null };
  return { cpeVendor: literalKey(r.wfn.vendor), cpeProduct: literalKey(r.wfn.product) };
}

/** Resolves every row (read-only). */
export async function planInventoryImport(
  db: DbOrTx,
  actor: Actor,
  profile: Profile,
  rows: readonly InventoryRow[],
  now: Date,
): Promise<InventoryPlan> {
  const errors: ImportError[] = [];
  const hosts = new Map<string, HostAsset | null>();
  for (const assetNumber of new Set(rows.map((r) => r.assetNumber))) {
    const id = await assetIdByNumber(db, { actor, profile }, assetNumber);
    hosts.set(assetNumber, id ? await hostAsset(db, id) : null);
  }
  const existing = new Map<string, typeof softwareProducts.$inferSelect>();
  const keys = [...new Set(rows.map(productKey))];
  for (let i = 0; i < keys.length; i += 500) {
    const slice = keys.slice(i, i + 500).map((k) => JSON.parse(k) as string[]);
    const found = await db
      .select()
      .from(softwareProducts)
      .where(
        sql`(${softwareProducts.vendor}, ${softwareProducts.product}, ${softwareProducts.version}, ${softwareProducts.edition}) in (${sql.join(
          slice.map(([v, p, ver, e]) => sql`(${v}, ${p}, ${ver}, ${e})`),
          sql`, `,
        )})`,
      );
    for (const p of found) existing.set(productKey(p), p);
  }
  const installedPairs = new Set<string>();
  const hostIds = [...new Set([...hosts.values()].filter((h): h is HostAsset => !!h).map((h) => h.id))];
  if (hostIds.length) {
    const rowsOnHosts = await db
      .select({ productId: softwareInstallations.productId, assetId: softwareInstallations.assetId })
      .from(softwareInstallations)
      .where(
        and(
          isNull(softwareInstallations.removedAt),
          sql`${softwareInstallations.assetId} in (${uuidListSql(hostIds)})`,
        ),
      );
    for (const r of rowsOnHosts) installedPairs.add(`${r.productId}/${r.assetId}`);
  }
  const rule = eosRule(profile);
  const today = todayJst(now);
  const newProducts = new Map<string, InventoryRow>();
  const installations: PlannedInstallation[] = [];
  const unchanged: number[] = [];
  const seen = new Set<string>();
  let flagged = 0;
  for (const r of rows) {
    const host = hosts.get(r.assetNumber);
    const fail = (column: string, ja: string, en: string) =>
      errors.push({ row: r.row, column, message_ja: ja, message_en: en });
    if (!host) {
      fail(
        "資産番号",
        `資産番号「${r.assetNumber}」の情報システムまたは機器が台帳にありません（または閲覧権限がありません）。`,
        `No system or device with asset number "${r.assetNumber}" in the register (or you may not see it).`,
      );
      continue;
    }
    if (!can(actor, "write", "software", { departmentId: host.departmentId, bureauId: host.bureauId })) {
      fail(
        "資産番号",
        `資産番号「${r.assetNumber}」の所管課のソフトウェアを登録する権限がありません。`,
        `You may not record software for the department of asset "${r.assetNumber}".`,
      );
      continue;
    }
    const key = productKey(r);
    const product = existing.get(key);
    if (!product && !can(actor, "write", "software_product", null)) {
      fail(
        "製品名",
        "未登録の製品です。製品を登録する権限がありません。",
        "The product is not registered and you may not register products.",
      );
      continue;
    }
    const pair = `${product?.id ?? key}/${host.id}`;
    if (seen.has(pair) || (product && installedPairs.has(pair))) {
      unchanged.push(r.row);
      continue;
    }
    seen.add(pair);
    const eos = checkEndOfSupport(
      {
        endOfSupport: product ? product.endOfSupport : r.endOfSupport,
        plannedEndOfUse: r.plannedEndOfUse,
        today,
      },
      rule,
    );
    if (eos.status !== "ok" && eos.status !== "unknown" && eos.action === "refuse") {
      const refusal = eosRefusal(eos);
      fail("利用終了予定日", refusal.ja, refusal.en);
      continue;
    }
    const status = eos.status === "ok" ? "ok" : eos.status === "unknown" ? "unknown" : "flagged";
    if (status === "flagged") flagged++;
    if (!product && !newProducts.has(key)) newProducts.set(key, r);
    installations.push({
      row: r.row,
      productKey: key,
      productId: product?.id ?? null,
      host,
      plannedEndOfUse: r.plannedEndOfUse,
      eosStatus: status,
      eosClause: eos.status === "ok" ? null : eos.clause,
      note: r.note,
    });
  }
  return { errors, newProducts, installations, unchanged, flagged };
}

/** Writes a plan without errors in one transaction; answers the new installations' ids. */
export async function commitInventoryImport(
  db: Db,
  ctx: RequestContext,
  plan: InventoryPlan,
  file: { name: string; rows: number },
  now: Date,
): Promise<string[]> {
  if (plan.errors.length) throw new Error("commitInventoryImport: the plan has errors");
  return db.transaction(async (tx) => {
    const productIds = new Map<string, string>();
    for (const [key, r] of plan.newProducts) {
      const [row] = await tx
        .insert(softwareProducts)
        .values({
          vendor: r.vendor,
          product: r.product,
          version: r.version,
          edition: r.edition,
          cpe: r.cpe,
          ...cpeKeys(r.cpe),
          endOfSupport: r.endOfSupport,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      productIds.set(key, row.id);
      await recordEvent(
        tx,
        ctx,
        {
          type: "software.product_created",
          targetType: "software_product",
          targetId: row.id,
          data: { vendor: row.vendor, product: row.product, version: row.version, cpe: row.cpe },
        },
        now,
      );
    }
    const ids: string[] = [];
    for (const p of plan.installations) {
      const productId = p.productId ?? (productIds.get(p.productKey) as string);
      const [row] = await tx
        .insert(softwareInstallations)
        .values({
          productId,
          assetId: p.host.id,
          departmentId: p.host.departmentId,
          ownerPersonId: p.host.custodianPersonId,
          plannedEndOfUse: p.plannedEndOfUse,
          eosStatus: p.eosStatus,
          eosClause: p.eosClause,
          note: p.note,
          createdAt: now,
        })
        .returning({ id: softwareInstallations.id });
      ids.push(row.id);
      await recordEvent(
        tx,
        ctx,
        {
          type: "software.installed",
          targetType: "software_installation",
          targetId: row.id,
          departmentId: p.host.departmentId,
          data: {
            productId,
            assetId: p.host.id,
            plannedEndOfUse: p.plannedEndOfUse,
            eos: p.eosStatus,
            clause: p.eosClause,
            via: "import",
            row: p.row,
          },
        },
        now,
      );
    }
    await recordEvent(
      tx,
      ctx,
      {
        type: "software.inventory_imported",
        targetType: "software_import",
        data: {
          file: file.name,
          rows: file.rows,
          products: plan.newProducts.size,
          installations: ids.length,
          unchanged: plan.unchanged.length,
          flagged: plan.flagged,
        },
      },
      now,
    );
    return ids;
  });
}
