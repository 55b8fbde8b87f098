/** Registering an information system of the asset register for ID management, and changing it. */
import { eq } from "drizzle-orm";
import { requireVisiblePerson } from "../../../access/people";
import { refuseSelfGrant } from "../../../access/self-grant";
import { recordEvent } from "../../../audit/record";
import type { Db, DbOrTx } from "../../../db/client";
import { departmentNames, departmentUnit, findPerson } from "../../../directory";
import type { Actor, RequestContext } from "../../../http/context";
import { conflict, type FieldError, invalid, notFound } from "../../../http/errors";
import type { Profile } from "../../../profile";
import { assetFacts } from "../../assets";
import { canKeepSystem, type SystemUnit } from "../access";
import type { SystemPatchT, SystemReqT } from "../schema";
import { accountSystems } from "../tables";

const fe = (ja: string, en: string): FieldError => ({ message_ja: ja, message_en: en });
export type SystemRow = typeof accountSystems.$inferSelect;

/** The unit a system's access is judged by. */
export async function systemUnit(db: DbOrTx, s: SystemRow): Promise<SystemUnit> {
  const unit = await departmentUnit(db, s.departmentId);
  return {
    departmentId: s.departmentId,
    bureauId: unit?.bureauId ?? null,
    administratorPersonId: s.administratorPersonId,
  };
}

export async function loadSystem(db: DbOrTx, id: string): Promise<SystemRow> {
  const [row] = await db.select().from(accountSystems).where(eq(accountSystems.id, id));
  if (!row) throw notFound({ ja: "システム", en: "The system" });
  return row;
}

async function checkPeopleAndUnits(
  db: DbOrTx,
  actor: Actor,
  input: { administratorPersonId?: string | null; userDepartmentIds?: string[] },
) {
  const fields: Record<string, FieldError> = {};
  if (input.administratorPersonId) {
    // A person the caller may not see is answered like an unknown one (#12 item 3): the
    // administrator keeps the system and its IDs, so the body cannot reach a hidden person.
    const seen = await requireVisiblePerson(
      db,
      actor,
      input.administratorPersonId,
      "administratorPersonId",
    ).then(
      () => true,
      () => false,
    );
    const p = seen ? await findPerson(db, input.administratorPersonId) : null;
    if (!p?.active)
      fields.administratorPersonId = fe(
        "システム管理担当者が見つからないか、無効です。",
        "The administrator does not exist or is inactive.",
      );
  }
  if (input.userDepartmentIds?.length) {
    const names = await departmentNames(db, input.userDepartmentIds);
    input.userDepartmentIds.forEach((id, i) => {
      if (!names.has(id)) fields[`userDepartmentIds.${i}`] = fe("所属が見つかりません。", "No such unit.");
    });
  }
  if (Object.keys(fields).length) throw invalid(fields);
}

/**
 * Registers an asset of kind system the viewer may read (others are "not found": the assets face
 * hides them). `authorizeUnit` is the route's access check on the owner department.
 */
export async function registerSystem(
  db: Db,
  ctx: RequestContext,
  actor: Actor,
  profile: Profile,
  input: SystemReqT,
  now: Date,
  authorizeUnit: (unit: SystemUnit) => void,
) {
  // A keeper of the owner department (e.g. the system administrators, organization-wide) may
  // register a system whose asset they cannot open; anyone else is told it does not exist.
  const [visible] = await assetFacts(db, { actor, profile }, [input.assetId]);
  const [asset] = visible ? [visible] : await assetFacts(db, "system", [input.assetId]);
  if (!asset) throw notFound({ ja: "情報資産", en: "The asset" });
  const unitOf = async () => ({
    departmentId: asset.departmentId,
    bureauId: (await departmentUnit(db, asset.departmentId))?.bureauId ?? null,
    administratorPersonId: null,
  });
  if (!visible && !canKeepSystem(actor, await unitOf())) throw notFound({ ja: "情報資産", en: "The asset" });
  if (asset.kind !== "system")
    throw invalid({
      assetId: fe("情報システム（種別: システム）を選んでください。", "Choose an asset of kind system."),
    });
  if (asset.status === "disposed")
    throw invalid({ assetId: fe("廃棄済みの資産です。", "The asset has been disposed of.") });
  authorizeUnit(await unitOf());
  // The administrator keeps the system and its IDs whatever their duties later (access.ts):
  // nobody names themselves — another keeper does (#12 item 4).
  if (input.administratorPersonId === actor.personId)
    await refuseSelfGrant(db, ctx, profile, "system_administrator", { assetId: asset.id }, now);
  await checkPeopleAndUnits(db, actor, input);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(accountSystems)
      .values({
        assetId: asset.id,
        departmentId: asset.departmentId,
        administratorPersonId: input.administratorPersonId,
        userScope: input.userScope,
        userDepartmentIds: input.userDepartmentIds,
        note: input.note,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!row)
      throw conflict(
        "system_exists",
        "このシステムは既に登録されています。",
        "This system is already registered.",
        { assetId: fe("登録済みのシステムです。", "Already registered.") },
      );
    await recordEvent(
      tx,
      ctx,
      {
        type: "accounts.system_registered",
        targetType: "account_system",
        targetId: row.id,
        departmentId: row.departmentId,
        data: {
          assetId: asset.id,
          assetNumber: asset.assetNumber,
          administratorPersonId: row.administratorPersonId,
          userScope: row.userScope,
        },
      },
      now,
    );
    return row;
  });
}

export async function updateSystem(
  db: Db,
  ctx: RequestContext,
  actor: Actor,
  row: SystemRow,
  input: SystemPatchT,
  now: Date,
) {
  await checkPeopleAndUnits(db, actor, input);
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(input) as (keyof SystemPatchT)[]) {
    const to = input[key];
    if (to === undefined) continue;
    const from = row[key];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(accountSystems)
      .set({ ...input, updatedAt: now })
      .where(eq(accountSystems.id, row.id))
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "accounts.system_updated",
        targetType: "account_system",
        targetId: row.id,
        departmentId: row.departmentId,
        data: changes,
      },
      now,
    );
    return updated;
  });
}
