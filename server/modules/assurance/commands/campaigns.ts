import { and, eq, sql } from "drizzle-orm";
import { recordEvent } from "../../../audit/record";
import type { Db } from "../../../db/client";
import { rowsOf } from "../../../db/sql";
import type { RequestContext } from "../../../http/context";
import { conflict, fieldError, notFound } from "../../../http/errors";
import type { Profile } from "../../../profile";
import { activePeopleSql, activeUnits } from "../directory";
import { dueDateIn } from "../domain/campaign";
import { assuranceCampaignItems, assuranceCampaigns, assuranceItems, assuranceSheets } from "../tables";
import { syncItems } from "./items";

/**
 * Generates a campaign of one self-inspection scope for a 年度: the items are brought in line
 * with the catalog, those of the scope's audiences are snapshotted, and one sheet is made per
 * unit — per active person, per 課, per 局, or one for the organization — with INSERT … SELECT,
 * so 20,000 staff sheets are one statement. All in one transaction with its audit event.
 */
export async function createCampaign(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  input: { fiscalYear: number; scopeKey: string },
  now: Date,
  dir?: string,
) {
  const scope = profile.assurance?.self_inspection.find((s) => s.key === input.scopeKey);
  if (!scope)
    throw fieldError(
      "scopeKey",
      `点検の種類「${input.scopeKey}」はポリシーにありません。`,
      `The policy has no self-inspection "${input.scopeKey}".`,
    );
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: assuranceCampaigns.id })
      .from(assuranceCampaigns)
      .where(
        and(
          eq(assuranceCampaigns.profileId, profile.id),
          eq(assuranceCampaigns.fiscalYear, input.fiscalYear),
          eq(assuranceCampaigns.scopeKey, scope.key),
        ),
      );
    if (existing)
      throw conflict(
        "campaign_exists",
        "この年度のこの自己点検はすでに作成されています。",
        "This self-inspection already exists for the fiscal year.",
        { scopeKey: { message_ja: "作成済みです。", message_en: "Already created." } },
      );
    const itemChanges = await syncItems(tx, ctx, profile, now, dir);
    const [campaign] = await tx
      .insert(assuranceCampaigns)
      .values({
        profileId: profile.id,
        fiscalYear: input.fiscalYear,
        scopeKey: scope.key,
        title: scope.title.ja,
        dueDate: dueDateIn(input.fiscalYear, scope.due),
        clause: scope.clause,
        createdByPersonId: ctx.actor?.personId ?? null,
        createdAt: now,
      })
      .returning();
    const audiences = sql.join(
      scope.audiences.map((a) => sql`${a}`),
      sql`, `,
    );
    await tx.execute(sql`
      insert into ${assuranceCampaignItems} (campaign_id, item_id, clause_id, question, audience, ordinal)
      select ${campaign.id}::uuid, id, clause_id, question, audience, ordinal from ${assuranceItems}
      where profile_id = ${profile.id} and status = 'active' and audience in (${audiences})`);
    const [{ n: itemCount }] = rowsOf<{ n: number }>(
      await tx.execute(
        sql`select count(*)::int as n from ${assuranceCampaignItems} where campaign_id = ${campaign.id}::uuid`,
      ),
    );
    if (itemCount === 0)
      throw conflict(
        "no_items",
        "この自己点検の対象となる点検項目がありません。",
        "No check item falls within this self-inspection.",
      );
    let sheets = 0;
    if (scope.unit === "person") {
      const res = (await tx.execute(sql`
        insert into ${assuranceSheets} (campaign_id, unit_kind, person_id, department_id, bureau_id, item_count)
        select ${campaign.id}::uuid, 'person', p.person_id, p.department_id, p.bureau_id, ${itemCount}::int
        from (${activePeopleSql()}) p`)) as unknown as { rowCount?: number; affectedRows?: number };
      sheets = res.rowCount ?? res.affectedRows ?? 0;
    } else if (scope.unit === "organization") {
      await tx
        .insert(assuranceSheets)
        .values({ campaignId: campaign.id, unitKind: "organization", itemCount });
      sheets = 1;
    } else {
      const units = await activeUnits(tx);
      const rows =
        scope.unit === "department"
          ? units.departments.map((d) => ({ departmentId: d.id, bureauId: d.bureauId }))
          : units.bureaus.map((b) => ({ departmentId: null, bureauId: b }));
      for (let i = 0; i < rows.length; i += 1000)
        await tx
          .insert(assuranceSheets)
          .values(
            rows
              .slice(i, i + 1000)
              .map((r) => ({ campaignId: campaign.id, unitKind: scope.unit, ...r, itemCount })),
          );
      sheets = rows.length;
    }
    await recordEvent(
      tx,
      ctx,
      {
        type: "assurance.campaign_created",
        targetType: "assurance_campaign",
        targetId: campaign.id,
        data: {
          fiscalYear: input.fiscalYear,
          scopeKey: scope.key,
          dueDate: campaign.dueDate,
          items: itemCount,
          sheets,
          clause: scope.clause,
          itemChanges,
        },
      },
      now,
    );
    return { ...campaign, itemCount, sheets };
  });
}

/** Closes a campaign: no more answers; the results stand as the 年度's record. */
export async function closeCampaign(db: Db, ctx: RequestContext, profileId: string, id: string, now: Date) {
  return db.transaction(async (tx) => {
    const [campaign] = await tx
      .select()
      .from(assuranceCampaigns)
      .where(and(eq(assuranceCampaigns.id, id), eq(assuranceCampaigns.profileId, profileId)))
      .for("update");
    if (!campaign) throw notFound({ ja: "自己点検", en: "The campaign" });
    if (campaign.status === "closed")
      throw conflict("campaign_closed", "この自己点検は終了しています。", "This campaign is closed.");
    const [row] = await tx
      .update(assuranceCampaigns)
      .set({ status: "closed", closedAt: now })
      .where(eq(assuranceCampaigns.id, id))
      .returning();
    await recordEvent(
      tx,
      ctx,
      { type: "assurance.campaign_closed", targetType: "assurance_campaign", targetId: id, data: {} },
      now,
    );
    return row;
  });
}
