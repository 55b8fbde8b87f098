/**
 * Inventory writes: products, installations on systems/devices, licences. Registration checks
 * end of support against the planned end of use per the profile (refused or flagged, with the
 * clause). Each write is one transaction with its audit event.
 */
import { and, eq, isNull } from "drizzle-orm";
import { todayJst } from "../../../../common/calendar";
import { recordEvent } from "../../../audit/record";
import type { Db, DbOrTx } from "../../../db/client";
import { departmentUnit } from "../../../directory";
import type { RequestContext } from "../../../http/context";
import { AppError, conflict, invalid, notFound } from "../../../http/errors";
import type { Profile } from "../../../profile";
import { hostAsset } from "../asset-link";
import { tryParseFormattedString } from "../domain/cpe/formatted-string";
import { literalKey } from "../domain/cpe/wfn";
import { checkEndOfSupport, type EosFinding, eosRefusal } from "../domain/end-of-support";
import { type LicenceType, softwareInstallations, softwareLicences, softwareProducts } from "../tables";
import { runMatchingIn } from "./match";

export interface ProductInput {
  vendor: string;
  product: string;
  version: string;
  edition: string;
  cpe: string | null;
  jvnProductIds: string[];
  endOfSupport: string | null;
}

/** The CPE's index keys, or a field error naming the place of the problem. */
function cpeKeys(cpe: string | null) {
  if (!cpe) return { cpeVendor: null, cpeProduct: null };
  const r = tryParseFormattedString(cpe);
  if (!r.ok)
    throw invalid({
      cpe: {
        message_ja: `CPE 2.3 名が正しくありません: ${r.error.ja}（${r.error.position + 1}文字目）`,
        message_en: `Not a valid CPE 2.3 name: ${r.error.en} (character ${r.error.position + 1})`,
      },
    });
  const vendor = literalKey(r.wfn.vendor);
  const product = literalKey(r.wfn.product);
  if (!vendor || !product) {
    throw invalid({
      cpe: {
        message_ja: "CPE のベンダーと製品は具体的な値にしてください（* や - は不可）",
        message_en: "The CPE's vendor and product must be concrete values (not * or -)",
      },
    });
  }
  return { cpeVendor: vendor, cpeProduct: product };
}

export async function createProduct(db: Db, ctx: RequestContext, input: ProductInput, now: Date) {
  const keys = cpeKeys(input.cpe);
  return db.transaction(async (tx) => {
    const [dupe] = await tx
      .select({ id: softwareProducts.id })
      .from(softwareProducts)
      .where(
        and(
          eq(softwareProducts.vendor, input.vendor),
          eq(softwareProducts.product, input.product),
          eq(softwareProducts.version, input.version),
          eq(softwareProducts.edition, input.edition),
        ),
      );
    if (dupe)
      throw conflict(
        "duplicate_product",
        "同じベンダー・製品・バージョン・エディションが登録済みです。",
        "The same vendor, product, version and edition is already registered.",
      );
    const [row] = await tx
      .insert(softwareProducts)
      .values({ ...input, ...keys, createdAt: now, updatedAt: now })
      .returning();
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
    return row;
  });
}

/** Fields the matcher reads (`loadInstallations` in match.ts): a change re-matches the product. */
const MATCHED_FIELDS = ["cpe", "version", "jvnProductIds"] as const;

/**
 * Corrects a product. In the same transaction as the change and its audit event: a change of what
 * matching reads re-matches every host running the product against the stored advisories (new
 * matches start unconfirmed or in the confirmation queue as after an import, pairs that no longer
 * match are marked stale with their decisions kept); a change of the end of support re-checks the
 * running installations against their planned end of use (flagged with the clause, never refused:
 * they are already installed).
 */
export async function updateProduct(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  id: string,
  input: Partial<ProductInput>,
  now: Date,
) {
  const keys = input.cpe !== undefined ? cpeKeys(input.cpe) : {};
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(softwareProducts)
      .where(eq(softwareProducts.id, id))
      .for("update");
    if (!before) throw notFound({ ja: "ソフトウェア製品", en: "The product" });
    const [row] = await tx
      .update(softwareProducts)
      .set({ ...input, ...keys, updatedAt: now })
      .where(eq(softwareProducts.id, id))
      .returning();
    const changed = Object.fromEntries(
      Object.keys(input)
        .filter(
          (k) =>
            JSON.stringify((before as Record<string, unknown>)[k]) !==
            JSON.stringify((row as Record<string, unknown>)[k]),
        )
        .map((k) => [
          k,
          { from: (before as Record<string, unknown>)[k], to: (row as Record<string, unknown>)[k] },
        ]),
    );
    const running = await tx
      .select()
      .from(softwareInstallations)
      .where(and(eq(softwareInstallations.productId, id), isNull(softwareInstallations.removedAt)));
    const eosRechecked =
      "endOfSupport" in changed ? await recheckEndOfSupport(tx, profile, row, running, now) : 0;
    await recordEvent(
      tx,
      ctx,
      {
        type: "software.product_updated",
        targetType: "software_product",
        targetId: id,
        data: { ...changed, ...(eosRechecked ? { eosRechecked } : {}) },
      },
      now,
    );
    const rematch = MATCHED_FIELDS.some((f) => f in changed);
    const run = rematch ? await runMatchingIn(tx, ctx, profile, now, { productIds: [id] }) : null;
    return {
      ...row,
      rematched: run
        ? {
            matches: run.results.filter((r) => running.some((i) => i.id === r.installationId)).length,
            inserted: run.inserted,
            stale: run.stale,
          }
        : null,
    };
  });
}

/** The running installations' end-of-support status after the product's date changed; how many changed. */
async function recheckEndOfSupport(
  tx: DbOrTx,
  profile: Profile,
  product: typeof softwareProducts.$inferSelect,
  rows: ReadonlyArray<typeof softwareInstallations.$inferSelect>,
  now: Date,
): Promise<number> {
  let n = 0;
  for (const i of rows) {
    const eos = checkEndOfSupport(
      { endOfSupport: product.endOfSupport, plannedEndOfUse: i.plannedEndOfUse, today: todayJst(now) },
      eosRule(profile),
    );
    const status = eos.status === "ok" ? "ok" : eos.status === "unknown" ? "unknown" : "flagged";
    const clause = eos.status === "ok" ? null : eos.clause;
    // A new date warns again when its lead time comes (eos-warn.ts).
    await tx
      .update(softwareInstallations)
      .set({ eosStatus: status, eosClause: clause, eosWarnedAt: null })
      .where(eq(softwareInstallations.id, i.id));
    if (status !== i.eosStatus || clause !== i.eosClause) n++;
  }
  return n;
}

export interface InstallationInput {
  productId: string;
  assetId: string;
  plannedEndOfUse: string | null;
  note: string | null;
}

/** The profile's end-of-support rule in the domain's terms. */
export function eosRule(profile: Profile) {
  const r = profile.software?.end_of_support;
  return r
    ? { action: r.action, clause: r.clause, text: r.text, budget_lead_months: r.budget_lead_months }
    : null;
}

/** The answer for a host that is not a system or device of the register, or that the caller may not see. */
export const unknownHost = () =>
  invalid({
    assetId: {
      message_ja: "情報資産台帳のシステムまたは機器を選んでください。",
      message_en: "Choose a system or device of the asset register.",
    },
  });

/**
 * Registers an installation. `authorizeUnit` is the route's access check on the host's department
 * (known only once the host is loaded, inside the transaction).
 */
export async function createInstallation(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  input: InstallationInput,
  now: Date,
  authorizeUnit: (unit: { departmentId: string; bureauId: string | null }) => void,
): Promise<{ installation: typeof softwareInstallations.$inferSelect; eos: EosFinding }> {
  return db.transaction(async (tx) => {
    const host = await hostAsset(tx, input.assetId);
    if (!host) throw unknownHost();
    authorizeUnit({ departmentId: host.departmentId, bureauId: host.bureauId });
    const [product] = await tx
      .select()
      .from(softwareProducts)
      .where(eq(softwareProducts.id, input.productId));
    if (!product)
      throw invalid({
        productId: { message_ja: "ソフトウェア製品が見つかりません。", message_en: "No such product." },
      });
    const eos = checkEndOfSupport(
      { endOfSupport: product.endOfSupport, plannedEndOfUse: input.plannedEndOfUse, today: todayJst(now) },
      eosRule(profile),
    );
    if (eos.status !== "ok" && eos.status !== "unknown" && eos.action === "refuse") {
      const refusal = eosRefusal(eos);
      throw new AppError(422, "end_of_support", refusal.ja, refusal.en, {
        plannedEndOfUse: { message_ja: eos.ja, message_en: eos.en },
      });
    }
    const [installation] = await tx
      .insert(softwareInstallations)
      .values({
        productId: product.id,
        assetId: host.id,
        departmentId: host.departmentId,
        ownerPersonId: host.custodianPersonId,
        plannedEndOfUse: input.plannedEndOfUse,
        eosStatus: eos.status === "ok" ? "ok" : eos.status === "unknown" ? "unknown" : "flagged",
        eosClause: eos.status === "ok" ? null : eos.clause,
        note: input.note,
        createdAt: now,
      })
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "software.installed",
        targetType: "software_installation",
        targetId: installation.id,
        departmentId: host.departmentId,
        data: {
          productId: product.id,
          assetId: host.id,
          plannedEndOfUse: input.plannedEndOfUse,
          eos: eos.status,
          clause: eos.status === "ok" ? null : eos.clause,
        },
      },
      now,
    );
    return { installation, eos };
  });
}

export async function removeInstallation(
  db: Db,
  ctx: RequestContext,
  id: string,
  now: Date,
  authorizeUnit: (unit: { departmentId: string; bureauId: string | null }) => void,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(softwareInstallations)
      .where(eq(softwareInstallations.id, id))
      .for("update");
    if (!row || row.removedAt) throw notFound({ ja: "導入記録", en: "The installation" });
    const unit = await departmentUnit(tx, row.departmentId);
    authorizeUnit({ departmentId: row.departmentId, bureauId: unit?.parentId ?? null });
    await tx.update(softwareInstallations).set({ removedAt: now }).where(eq(softwareInstallations.id, id));
    await recordEvent(
      tx,
      ctx,
      {
        type: "software.removed",
        targetType: "software_installation",
        targetId: id,
        departmentId: row.departmentId,
        data: { productId: row.productId, assetId: row.assetId },
      },
      now,
    );
  });
}

export interface LicenceInput {
  productId: string;
  departmentId: string;
  licenceType: LicenceType;
  seats: number | null;
  expiresOn: string | null;
  note: string | null;
}

export async function createLicence(db: Db, ctx: RequestContext, input: LicenceInput, now: Date) {
  return db.transaction(async (tx) => {
    const [product] = await tx
      .select({ id: softwareProducts.id })
      .from(softwareProducts)
      .where(eq(softwareProducts.id, input.productId));
    if (!product)
      throw invalid({
        productId: { message_ja: "ソフトウェア製品が見つかりません。", message_en: "No such product." },
      });
    const [row] = await tx
      .insert(softwareLicences)
      .values({ ...input, createdAt: now })
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "software.licence_created",
        targetType: "software_licence",
        targetId: row.id,
        departmentId: row.departmentId,
        data: {
          productId: row.productId,
          licenceType: row.licenceType,
          seats: row.seats,
          expiresOn: row.expiresOn,
        },
      },
      now,
    );
    return row;
  });
}
