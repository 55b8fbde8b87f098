/**
 * An approved ソフトウェア導入 request (西原村 7.1(17)②, 川崎市 第4章3(1)オ) becomes the installation:
 * on every system or device the request names, the product (found by vendor, name and version, or
 * added to the catalog from the request) is recorded as installed with the request as its approval.
 * Runs in the approving transaction (registered with the requests module), each write audited;
 * the new installations' hosts are matched against the stored advisories in that transaction too,
 * so an approved product already in the catalog with its CPE meets its advisories at once.
 */
import { and, eq, isNull, sql } from "drizzle-orm";
import { todayJst } from "../../../../common/calendar";
import { recordEvent } from "../../../audit/record";
import type { DbOrTx } from "../../../db/client";
import type { ApprovedRequest } from "../../requests";
import { hostAsset } from "../asset-link";
import { checkEndOfSupport } from "../domain/end-of-support";
import { softwareInstallations, softwareProducts } from "../tables";
import { eosRule } from "./inventory";
import { runMatchingIn } from "./match";

const text = (v: unknown, max: number) =>
  typeof v === "string" ? v.normalize("NFKC").trim().slice(0, max) : "";

/** Shown as the vendor when the request named none (to be corrected in the catalog). */
export const UNKNOWN_VENDOR = "ベンダー未記入";

async function productFor(tx: DbOrTx, r: ApprovedRequest) {
  const product = text(r.fields.softwareName, 200);
  const version = text(r.fields.version, 100);
  const vendor = text(r.fields.vendor, 200);
  if (!product) return null;
  // Without a vendor, an existing product of that name and version is taken when it is the only one.
  const found = await tx
    .select()
    .from(softwareProducts)
    .where(
      and(
        sql`lower(${softwareProducts.product}) = lower(${product})`,
        eq(softwareProducts.version, version),
        eq(softwareProducts.edition, ""),
        vendor ? sql`lower(${softwareProducts.vendor}) = lower(${vendor})` : undefined,
      ),
    )
    .limit(2);
  if (found.length === 1 || (vendor && found.length)) return found[0];
  const [row] = await tx
    .insert(softwareProducts)
    .values({ vendor: vendor || UNKNOWN_VENDOR, product, version, createdAt: r.now, updatedAt: r.now })
    .onConflictDoNothing()
    .returning();
  if (!row) return null;
  await recordEvent(
    tx,
    r.ctx,
    {
      type: "software.product_created",
      targetType: "software_product",
      targetId: row.id,
      data: { vendor: row.vendor, product: row.product, version: row.version, cpe: null, requestId: r.id },
    },
    r.now,
  );
  return row;
}

export async function installFromRequest(tx: DbOrTx, r: ApprovedRequest): Promise<void> {
  if (!r.assetIds.length) return;
  const product = await productFor(tx, r);
  if (!product) return;
  const installed: string[] = [];
  for (const assetId of r.assetIds) {
    const host = await hostAsset(tx, assetId);
    if (!host) continue; // a document or a medium named by the request carries no software
    const [already] = await tx
      .select({ id: softwareInstallations.id })
      .from(softwareInstallations)
      .where(
        and(
          eq(softwareInstallations.productId, product.id),
          eq(softwareInstallations.assetId, host.id),
          isNull(softwareInstallations.removedAt),
        ),
      );
    if (already) continue;
    // The approval was given: end of support is flagged with its clause, never refused here.
    const eos = checkEndOfSupport(
      { endOfSupport: product.endOfSupport, plannedEndOfUse: null, today: todayJst(r.now) },
      eosRule(r.profile),
    );
    const status = eos.status === "ok" ? "ok" : eos.status === "unknown" ? "unknown" : "flagged";
    const [inst] = await tx
      .insert(softwareInstallations)
      .values({
        productId: product.id,
        assetId: host.id,
        departmentId: host.departmentId,
        ownerPersonId: host.custodianPersonId,
        eosStatus: status,
        eosClause: eos.status === "ok" ? null : eos.clause,
        approvalRequestId: r.id,
        createdAt: r.now,
      })
      .returning({ id: softwareInstallations.id });
    installed.push(inst.id);
    await recordEvent(
      tx,
      r.ctx,
      {
        type: "software.installed",
        targetType: "software_installation",
        targetId: inst.id,
        departmentId: host.departmentId,
        data: {
          productId: product.id,
          assetId: host.id,
          eos: status,
          clause: eos.status === "ok" ? null : eos.clause,
          via: "request",
          requestId: r.id,
          requestNumber: r.number,
        },
      },
      r.now,
    );
  }
  if (installed.length) await runMatchingIn(tx, r.ctx, r.profile, r.now, { installationIds: installed });
}
