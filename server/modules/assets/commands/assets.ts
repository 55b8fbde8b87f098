import { and, eq, inArray, sql } from "drizzle-orm";
import { todayJst } from "../../../../common/calendar";
import { requireVisiblePerson } from "../../../access/people";
import { changedFields, recordEvent } from "../../../audit/record";
import type { Db, DbOrTx } from "../../../db/client";
import { rowsOf } from "../../../db/sql";
import { findPerson } from "../../../directory";
import type { RequestContext } from "../../../http/context";
import { AppError, conflict, type FieldError, fieldError, invalid } from "../../../http/errors";
import { findLevel, type Profile, type SchemeKey } from "../../../profile";
import { consumesRule } from "../../../profile/consumers";
import {
  assetRule,
  initialClassification,
  isTopLevel,
  type Levels,
  loweredBelowSource,
  type RelationType,
  SCHEMES,
} from "../domain/classification";
import { lifecycleOnStatus, retentionEnd, type Status, statusChangeAllowed } from "../domain/lifecycle";
import { recomputeEffective } from "../effective";
import { departmentUnit, holdersOver } from "../queries";
import {
  type AssetExtra,
  type AssetKind,
  type AssetOrigin,
  type AssetSubkind,
  assetNamedPeople,
  assetNumberCounters,
  assetRelations,
  assets,
  assetTasks,
  type SourceClassification,
  type Zone,
} from "../tables";

type Ctx = RequestContext;
type AssetRow = typeof assets.$inferSelect;

consumesRule("zones", "assets");
// An exclusion that says which asset kinds it concerns (神栖市 基本方針 第3/1) keeps what it excludes
// out of the register: checkExtra refuses an asset the registrant says falls under it.
consumesRule("organization.exclusions.*.assets", "assets");

export function uniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === "23505" || e?.cause?.code === "23505";
}

const numberTaken = () =>
  conflict(
    "asset_number_taken",
    "この資産番号は既に使われています。",
    "This asset number is already in use.",
    {
      assetNumber: {
        message_ja: "既に使われている資産番号です。",
        message_en: "This asset number is already in use.",
      },
    },
  );

const SCHEME_JA: Record<SchemeKey, string> = {
  confidentiality: "機密性",
  integrity: "完全性",
  availability: "可用性",
};

/** Level references (key, label or alias) → stored keys; unknown ones are field errors. */
export function resolveLevels(
  profile: Profile,
  input: Partial<Record<SchemeKey, string | null | undefined>>,
  prefix = "",
): Partial<Levels> {
  const out: Partial<Levels> = {};
  const errors: Record<string, FieldError> = {};
  for (const scheme of SCHEMES) {
    const ref = input[scheme];
    if (ref === undefined) continue;
    if (ref === null) {
      out[scheme] = null;
      continue;
    }
    const level = findLevel(profile.classification[scheme], ref);
    if (!level) {
      const known = profile.classification[scheme].levels.map((l) => l.label).join("、");
      errors[`${prefix}${scheme}`] = {
        message_ja: `${SCHEME_JA[scheme]}の区分「${ref}」はプロファイルにありません（${known}）。`,
        message_en: `Unknown ${scheme} level "${ref}".`,
      };
    } else out[scheme] = level.key;
  }
  if (Object.keys(errors).length) throw invalid(errors);
  return out;
}

/** Next free number of the department's prefix: `<code>-000001`. */
export async function nextAssetNumber(tx: DbOrTx, prefix: string): Promise<string> {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const [row] = await tx
      .insert(assetNumberCounters)
      .values({ prefix, lastValue: 1 })
      .onConflictDoUpdate({
        target: assetNumberCounters.prefix,
        set: { lastValue: sql`${assetNumberCounters.lastValue} + 1` },
      })
      .returning({ lastValue: assetNumberCounters.lastValue });
    const candidate = `${prefix}-${String(row.lastValue).padStart(6, "0")}`;
    const [taken] = await tx
      .select({ id: assets.id })
      .from(assets)
      .where(eq(assets.assetNumber, candidate))
      .limit(1);
    if (!taken) return candidate;
  }
  throw new Error(`no free asset number for prefix ${prefix}`);
}

async function requireDepartment(db: DbOrTx, id: string, field = "departmentId") {
  const unit = await departmentUnit(db, id);
  if (!unit) throw fieldError(field, "所管課が見つかりません。", "The department does not exist.");
  return unit;
}

/** A person the body names: one the actor may not see is refused like one who does not exist. */
async function requirePerson(db: DbOrTx, ctx: Ctx, id: string, field: string) {
  if (ctx.actor) {
    await requireVisiblePerson(db, ctx.actor, id, field);
    return;
  }
  const p = await findPerson(db, id); // the CLI import and jobs act for the organization
  if (!p) throw fieldError(field, "職員が見つかりません。", "The person does not exist.");
}

export interface CreateInput {
  assetNumber?: string;
  name: string;
  kind: AssetKind;
  subkind?: AssetSubkind | null;
  departmentId: string;
  custodianPersonId?: string | null;
  confidentiality?: string | null;
  integrity?: string | null;
  availability?: string | null;
  zone?: Zone | null;
  storagePlace?: string | null;
  notes?: string | null;
  retentionYears?: number | null;
  retentionUntil?: string | null;
  /** 永年保存: no retention end and no disposal due date. */
  retentionPermanent?: boolean;
  disposalDueDate?: string | null;
  origin?: AssetOrigin;
  sourceClassification?: SourceClassification | null;
  hasPersonalInfo?: boolean;
  specificPersonalInfo?: boolean;
  sensitivePersonalInfo?: boolean;
  personCount?: number | null;
  status?: Status;
  acquiredOn?: string | null;
  inUseSince?: string | null;
  extra?: AssetExtra;
  containedIn?: string;
  copyOf?: string;
}

/**
 * The profile's exclusions (適用除外) the register asks about for this kind: the answer is given under
 * `extra.<exclusion key>`; `true` (the asset falls under it) is refused — out of the policy's scope,
 * so not registered — naming the exclusion's text and clause. `false` is kept as the registrant's answer.
 */
function checkExclusion(
  profile: Profile,
  kind: string,
  key: string,
  value: unknown,
): FieldError | "ok" | null {
  const e = profile.organization.exclusions.find(
    (x) => x.key === key && x.assets?.kinds.includes(kind as never),
  );
  if (!e) return null;
  if (value === false || value === null) return "ok";
  if (value !== true)
    return { message_ja: "はい・いいえで答えてください。", message_en: "Answer yes or no." };
  return {
    message_ja: `ポリシーの対象外のため台帳に登録しません: ${e.text.ja}（${e.clause}）`,
    message_en: `Out of the policy's scope, so not registered: ${e.text.en ?? e.text.ja} (${e.clause})`,
  };
}

/** Profile-defined fields: only declared keys, of the declared type. */
export function checkExtra(profile: Profile, kind: string, extra: Record<string, unknown> | undefined) {
  if (!extra) return;
  const fields = profile.assets?.fields ?? [];
  const errors: Record<string, FieldError> = {};
  let excluded = false;
  for (const [key, value] of Object.entries(extra)) {
    const exclusion = checkExclusion(profile, kind, key, value);
    if (exclusion === "ok") continue;
    if (exclusion) {
      errors[`extra.${key}`] = exclusion;
      excluded ||= value === true;
      continue;
    }
    const f = fields.find((x) => x.key === key);
    if (!f || (f.kinds.length && !f.kinds.includes(kind as never))) {
      errors[`extra.${key}`] = {
        message_ja: "プロファイルにない項目です。",
        message_en: "Not a field of the profile.",
      };
      continue;
    }
    if (value === null) continue;
    const ok =
      (f.type === "text" && typeof value === "string") ||
      (f.type === "number" && typeof value === "number") ||
      (f.type === "boolean" && typeof value === "boolean") ||
      (f.type === "date" && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value));
    if (!ok)
      errors[`extra.${key}`] = { message_ja: "値の形式が正しくありません。", message_en: "Wrong type." };
  }
  if (excluded)
    throw new AppError(
      422,
      "out_of_scope",
      "ポリシーの適用除外に当たるため、台帳に登録しません。",
      "It falls under an exclusion of the policy, so it is not registered.",
      errors,
    );
  if (Object.keys(errors).length) throw invalid(errors);
}

/**
 * Only a network zone the profile has (基本方針 6(3) / 基準 第5章): 山形県市町村職員互助会 has only
 * the internet layer, so an asset cannot be registered in マイナンバー利用事務系 there.
 */
export function checkZone(profile: Profile, zone: string | null | undefined) {
  if (zone == null || profile.zones.some((z) => z.key === zone)) return;
  const names = profile.zones.map((z) => z.name.ja).join("、");
  throw fieldError(
    "zone",
    `この組織にないネットワーク区分です（${names}）。`,
    `This organization has no such network zone (${profile.zones.map((z) => z.name.en).join(", ")}).`,
  );
}

function levelsOf(row: Pick<AssetRow, "confidentiality" | "integrity" | "availability">): Levels {
  return { confidentiality: row.confidentiality, integrity: row.integrity, availability: row.availability };
}

/**
 * Creates an asset. `source` is the asset it copies (already authorized by the route), `container`
 * the asset it goes into. Classification: copy → inherits (may only be raised); received from
 * inside → the source's; unknown → 分類未確定 with the department's manager to decide.
 */
export async function createAsset(
  db: Db,
  ctx: Ctx,
  profile: Profile,
  input: CreateInput,
  now: Date,
  related: { source?: AssetRow | null; container?: AssetRow | null } = {},
): Promise<AssetRow> {
  const dept = await requireDepartment(db, input.departmentId);
  if (input.custodianPersonId) await requirePerson(db, ctx, input.custodianPersonId, "custodianPersonId");
  checkExtra(profile, input.kind, input.extra);
  checkZone(profile, input.zone);
  const requested = resolveLevels(profile, input);
  const source = input.sourceClassification
    ? resolveLevels(profile, input.sourceClassification, "sourceClassification.")
    : null;
  const origin = input.origin ?? "created";
  const decision = initialClassification(profile, {
    origin,
    requested,
    sourceClassification: source,
    copyOf: related.source ? levelsOf(related.source) : null,
  });
  if (related.source) {
    const lowered = loweredBelowSource(profile, levelsOf(related.source), {
      ...levelsOf(related.source),
      ...requested,
    } as Levels);
    if (lowered.length)
      throw copyLowered(
        profile,
        lowered.map((l) => l.scheme),
      );
  }
  if (origin === "created" && decision.pending && !related.source) {
    const errors: Record<string, FieldError> = {};
    for (const s of SCHEMES)
      if (!requested[s])
        errors[s] = { message_ja: `${SCHEME_JA[s]}を選んでください。`, message_en: `Choose the ${s} level.` };
    throw invalid(errors);
  }
  const today = todayJst(now);
  const decideBy = decision.pending
    ? ((
        await holdersOver(
          db,
          profile,
          "classify_assets",
          { departmentId: dept.id, bureauId: dept.bureauId },
          now,
        )
      )[0] ?? null)
    : null;
  const acquiredOn = input.acquiredOn ?? today;
  const status = input.status ?? "in_use";
  const permanent = input.retentionPermanent === true;
  const retentionUntil = permanent
    ? null
    : (input.retentionUntil ??
      (input.retentionYears != null ? retentionEnd(acquiredOn, input.retentionYears) : null));

  try {
    return await db.transaction(async (tx) => {
      const assetNumber = input.assetNumber ?? (await nextAssetNumber(tx, dept.code));
      const [row] = await tx
        .insert(assets)
        .values({
          assetNumber,
          name: input.name,
          kind: input.kind,
          subkind: input.subkind ?? null,
          departmentId: dept.id,
          custodianPersonId: input.custodianPersonId ?? null,
          ...decision.levels,
          effectiveConfidentiality: decision.levels.confidentiality,
          effectiveIntegrity: decision.levels.integrity,
          effectiveAvailability: decision.levels.availability,
          classificationPending: decision.pending,
          classificationDecideBy: decideBy,
          zone: input.zone ?? null,
          storagePlace: input.storagePlace ?? null,
          notes: input.notes ?? null,
          retentionYears: permanent ? null : (input.retentionYears ?? null),
          retentionPermanent: permanent,
          retentionUntil,
          disposalDueDate: permanent ? null : (input.disposalDueDate ?? retentionUntil),
          origin,
          sourceClassification: input.sourceClassification
            ? { ...input.sourceClassification, ...source }
            : null,
          hasPersonalInfo:
            input.hasPersonalInfo ?? Boolean(input.specificPersonalInfo || input.sensitivePersonalInfo),
          specificPersonalInfo: input.specificPersonalInfo ?? false,
          sensitivePersonalInfo: input.sensitivePersonalInfo ?? false,
          personCount: input.personCount ?? null,
          status,
          acquiredOn,
          inUseSince: input.inUseSince ?? (status === "in_use" ? acquiredOn : null),
          statusChangedOn: today,
          extra: input.extra ?? {},
          createdBy: ctx.actor?.personId ?? null,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      if (related.source)
        await tx.insert(assetRelations).values({
          fromAssetId: row.id,
          toAssetId: related.source.id,
          type: "copy_of",
          createdBy: ctx.actor?.personId ?? null,
        });
      if (related.container) {
        await tx.insert(assetRelations).values({
          fromAssetId: related.container.id,
          toAssetId: row.id,
          type: "contains",
          createdBy: ctx.actor?.personId ?? null,
        });
        await recomputeEffective(tx, profile, [row.id]);
      }
      if (decision.pending)
        await tx.insert(assetTasks).values({
          kind: "classify",
          assetId: row.id,
          departmentId: dept.id,
          assigneePersonId: decideBy,
          note: assetRule(profile, "unknown_classification").clause,
        });
      // A top-level asset is readable only by the people named on it and the department's manager
      // (7.1(1)③): whoever registers one is named on it, or they could not read what they made.
      const creator = ctx.actor?.personId ?? null;
      const nameCreator =
        creator != null && isTopLevel(profile.classification.confidentiality, row.effectiveConfidentiality);
      if (nameCreator)
        await tx
          .insert(assetNamedPeople)
          .values({ assetId: row.id, personId: creator, addedBy: creator, createdAt: now })
          .onConflictDoNothing();
      const rule = decision.rule ? assetRule(profile, decision.rule) : null;
      await recordEvent(
        tx,
        ctx,
        {
          type: "asset.created",
          targetType: "asset",
          targetId: row.id,
          departmentId: dept.id,
          data: {
            assetNumber,
            name: row.name,
            kind: row.kind,
            levels: decision.levels,
            origin,
            ...(decision.pending ? { classificationPending: true, decideBy } : {}),
            ...(rule ? { rule: decision.rule, clause: rule.clause } : {}),
            ...(related.source ? { copyOf: related.source.id } : {}),
            ...(related.container ? { containedIn: related.container.id } : {}),
            ...(nameCreator ? { namedPersonIds: [creator] } : {}),
          },
        },
        now,
      );
      const [fresh] = await tx.select().from(assets).where(eq(assets.id, row.id));
      return fresh;
    });
  } catch (err) {
    if (uniqueViolation(err)) throw numberTaken();
    throw err;
  }
}

/** `prefix`: where the form holds the levels ("levels." on the reclassify form, top-level on the asset form). */
function copyLowered(profile: Profile, schemes: SchemeKey[], prefix = "") {
  const rule = assetRule(profile, "copy_inherits");
  return new AppError(
    400,
    "copy_cannot_lower",
    `複製は元の情報資産の分類を引き継ぎ、下げることはできません（根拠: ${rule.clause}）。`,
    `A copy keeps its source's classification and cannot be lowered (basis: ${rule.clause}).`,
    Object.fromEntries(
      schemes.map((s) => [
        `${prefix}${s}`,
        { message_ja: "複製元より低い区分は選べません。", message_en: "Cannot be lower than the source." },
      ]),
    ),
  );
}

export type UpdateInput = Partial<
  Omit<
    CreateInput,
    "confidentiality" | "integrity" | "availability" | "containedIn" | "copyOf" | "origin" | "status"
  >
> & { exceptionRef?: string | null };

const UPDATABLE = [
  "assetNumber",
  "name",
  "kind",
  "subkind",
  "departmentId",
  "custodianPersonId",
  "zone",
  "storagePlace",
  "notes",
  "retentionYears",
  "retentionUntil",
  "retentionPermanent",
  "disposalDueDate",
  "hasPersonalInfo",
  "specificPersonalInfo",
  "sensitivePersonalInfo",
  "personCount",
  "acquiredOn",
  "exceptionRef",
  "extra",
] as const;

export async function updateAsset(
  db: Db,
  ctx: Ctx,
  profile: Profile,
  before: AssetRow,
  input: UpdateInput,
  now: Date,
): Promise<AssetRow> {
  if (input.departmentId) await requireDepartment(db, input.departmentId);
  if (input.custodianPersonId) await requirePerson(db, ctx, input.custodianPersonId, "custodianPersonId");
  checkExtra(profile, input.kind ?? before.kind, input.extra);
  checkZone(profile, input.zone);
  const set: Record<string, unknown> = {};
  for (const key of UPDATABLE) if (input[key] !== undefined) set[key] = input[key];
  if (input.retentionPermanent === true) {
    set.retentionYears = null;
    set.retentionUntil = null;
    set.disposalDueDate = null;
  } else if (input.retentionYears != null && input.retentionUntil === undefined) {
    set.retentionUntil = retentionEnd(before.acquiredOn ?? todayJst(now), input.retentionYears);
    if (input.disposalDueDate === undefined) set.disposalDueDate = set.retentionUntil;
  }
  const changes = changedFields(before as unknown as Record<string, unknown>, set);
  if (Object.keys(changes).length === 0) return before;
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .update(assets)
        .set({ ...(set as Partial<AssetRow>), updatedAt: now })
        .where(eq(assets.id, before.id))
        .returning();
      await recordEvent(
        tx,
        ctx,
        {
          type: "asset.updated",
          targetType: "asset",
          targetId: row.id,
          departmentId: row.departmentId,
          data: { assetNumber: row.assetNumber, changes },
        },
        now,
      );
      return row;
    });
  } catch (err) {
    if (uniqueViolation(err)) throw numberTaken();
    throw err;
  }
}

/** Levels of the copy source(s) of an asset, if it is a copy. */
async function copySources(tx: DbOrTx, assetId: string): Promise<Levels[]> {
  const rows = await tx
    .select({ c: assets.confidentiality, i: assets.integrity, a: assets.availability })
    .from(assetRelations)
    .innerJoin(assets, eq(assets.id, assetRelations.toAssetId))
    .where(and(eq(assetRelations.fromAssetId, assetId), eq(assetRelations.type, "copy_of")));
  return rows.map((r) => ({ confidentiality: r.c, integrity: r.i, availability: r.a }));
}

/**
 * Changes the classification (and decides a pending one). A copy cannot go below its source.
 * The audit event carries from/to, the reason and the clause.
 */
export async function reclassifyAsset(
  tx: DbOrTx,
  ctx: Ctx,
  profile: Profile,
  before: AssetRow,
  input: { levels: Partial<Record<SchemeKey, string>>; reason: string },
  now: Date,
): Promise<{ changed: boolean }> {
  const resolved = resolveLevels(profile, input.levels, "levels.");
  const next: Levels = { ...levelsOf(before), ...resolved };
  if (before.classificationPending && SCHEMES.some((s) => next[s] == null)) {
    throw invalid(
      Object.fromEntries(
        SCHEMES.filter((s) => next[s] == null).map((s) => [
          `levels.${s}`,
          { message_ja: `${SCHEME_JA[s]}を選んでください。`, message_en: `Choose the ${s} level.` },
        ]),
      ),
    );
  }
  for (const src of await copySources(tx, before.id)) {
    const lowered = loweredBelowSource(profile, src, next);
    if (lowered.length)
      throw copyLowered(
        profile,
        lowered.map((l) => l.scheme),
        "levels.",
      );
  }
  const from = levelsOf(before);
  if (SCHEMES.every((s) => from[s] === next[s]) && !before.classificationPending) return { changed: false };
  await tx
    .update(assets)
    .set({ ...next, classificationPending: false, updatedAt: now })
    .where(eq(assets.id, before.id));
  if (before.classificationPending)
    await tx
      .update(assetTasks)
      .set({ status: "done", doneAt: now, doneBy: ctx.actor?.personId ?? null })
      .where(
        and(
          eq(assetTasks.assetId, before.id),
          eq(assetTasks.kind, "classify"),
          eq(assetTasks.status, "open"),
        ),
      );
  await recomputeEffective(tx, profile, [before.id]);
  const rule = assetRule(
    profile,
    before.classificationPending ? "unknown_classification" : "reclassification",
  );
  await recordEvent(
    tx,
    ctx,
    {
      type: "asset.reclassified",
      targetType: "asset",
      targetId: before.id,
      departmentId: before.departmentId,
      data: {
        assetNumber: before.assetNumber,
        from,
        to: next,
        reason: input.reason,
        clause: rule.clause,
        ...(before.classificationPending ? { decided: true } : {}),
      },
    },
    now,
  );
  return { changed: true };
}

export async function changeStatus(
  db: Db,
  ctx: Ctx,
  before: AssetRow,
  input: { status: Status; date: string; note?: string | null },
  now: Date,
): Promise<AssetRow> {
  if (!statusChangeAllowed(before.status, input.status))
    throw fieldError(
      "status",
      before.status === "disposed" ? "廃棄済みの資産の状態は変更できません。" : "現在と同じ状態です。",
      before.status === "disposed"
        ? "A disposed asset cannot change status."
        : "The asset already has this status.",
    );
  return db.transaction((tx) => applyStatus(tx, ctx, before, input, now));
}

/** Sets the status and its lifecycle dates, with the audit event, inside the caller's transaction. */
export async function applyStatus(
  tx: DbOrTx,
  ctx: Ctx | null,
  before: AssetRow,
  input: { status: Status; date: string; note?: string | null; via?: Record<string, unknown> },
  now: Date,
): Promise<AssetRow> {
  const dates = lifecycleOnStatus(before, input.status, input.date);
  const [row] = await tx
    .update(assets)
    .set({ status: input.status, ...dates, updatedAt: now })
    .where(eq(assets.id, before.id))
    .returning();
  await recordEvent(
    tx,
    ctx,
    {
      type: "asset.status_changed",
      targetType: "asset",
      targetId: row.id,
      departmentId: row.departmentId,
      data: {
        assetNumber: row.assetNumber,
        from: before.status,
        to: input.status,
        date: input.date,
        note: input.note ?? null,
        ...(input.via ?? {}),
      },
    },
    now,
  );
  return row;
}

/** Would `container` ⊇ `child` close a cycle? (Recursive walk down from the child, in SQL.) */
async function closesCycle(tx: DbOrTx, container: string, child: string): Promise<boolean> {
  if (container === child) return true;
  const res = await tx.execute(sql`
    with recursive edges as (
      select case when type = 'contains' then from_asset_id else to_asset_id end as container,
             case when type = 'contains' then to_asset_id else from_asset_id end as child
      from asset_relations where type <> 'copy_of'
    ), down(id) as (
      select ${child}::uuid
      union
      select e.child from edges e join down d on e.container = d.id
    )
    select exists (select 1 from down where id = ${container}::uuid) as hit`);
  const rows = rowsOf<{ hit: boolean }>(res);
  return Boolean(rows[0]?.hit);
}

export async function addRelation(
  db: Db,
  ctx: Ctx,
  profile: Profile,
  from: AssetRow,
  to: AssetRow,
  type: RelationType,
  now: Date,
) {
  if (from.id === to.id)
    throw fieldError("toAssetId", "自分自身とは関連付けできません。", "An asset cannot relate to itself.");
  return db.transaction(async (tx) => {
    if (type !== "copy_of") {
      const container = type === "contains" ? from.id : to.id;
      const child = type === "contains" ? to.id : from.id;
      if (await closesCycle(tx, container, child))
        throw fieldError(
          "toAssetId",
          "この関連は循環になります（自分を含むものの中に入れることはできません）。",
          "This relation would create a cycle.",
        );
    } else {
      const lowered = loweredBelowSource(profile, levelsOf(to), levelsOf(from));
      if (lowered.length)
        throw copyLowered(
          profile,
          lowered.map((l) => l.scheme),
        );
    }
    let rel: typeof assetRelations.$inferSelect;
    try {
      [rel] = await tx
        .insert(assetRelations)
        .values({
          fromAssetId: from.id,
          toAssetId: to.id,
          type,
          createdBy: ctx.actor?.personId ?? null,
          createdAt: now,
        })
        .returning();
    } catch (err) {
      if (uniqueViolation(err))
        throw conflict(
          "relation_exists",
          "この関連は既に登録されています。",
          "This relation already exists.",
        );
      throw err;
    }
    await recomputeEffective(tx, profile, [from.id, to.id]);
    for (const [self, other] of [
      [from, to],
      [to, from],
    ] as const)
      await recordEvent(
        tx,
        ctx,
        {
          type: "asset.relation_added",
          targetType: "asset",
          targetId: self.id,
          departmentId: self.departmentId,
          data: {
            relationId: rel.id,
            type,
            fromAssetId: from.id,
            toAssetId: to.id,
            other: other.assetNumber,
          },
        },
        now,
      );
    return rel;
  });
}

export async function removeRelation(
  db: Db,
  ctx: Ctx,
  profile: Profile,
  asset: AssetRow,
  relationId: string,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const [rel] = await tx.select().from(assetRelations).where(eq(assetRelations.id, relationId));
    if (!rel || (rel.fromAssetId !== asset.id && rel.toAssetId !== asset.id))
      throw new AppError(404, "not_found", "関連が見つかりません。", "The relation was not found.");
    await tx.delete(assetRelations).where(eq(assetRelations.id, relationId));
    await recomputeEffective(tx, profile, [rel.fromAssetId, rel.toAssetId]);
    for (const id of [rel.fromAssetId, rel.toAssetId])
      await recordEvent(
        tx,
        ctx,
        {
          type: "asset.relation_removed",
          targetType: "asset",
          targetId: id,
          departmentId: asset.departmentId,
          data: { relationId, type: rel.type, fromAssetId: rel.fromAssetId, toAssetId: rel.toAssetId },
        },
        now,
      );
  });
}

export async function addNamedPerson(db: Db, ctx: Ctx, asset: AssetRow, personId: string, now: Date) {
  await requirePerson(db, ctx, personId, "personId");
  await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(assetNamedPeople)
      .values({ assetId: asset.id, personId, addedBy: ctx.actor?.personId ?? null, createdAt: now })
      .onConflictDoNothing()
      .returning();
    if (inserted.length === 0) return;
    await recordEvent(
      tx,
      ctx,
      {
        type: "asset.named_person_added",
        targetType: "asset",
        targetId: asset.id,
        departmentId: asset.departmentId,
        data: { assetNumber: asset.assetNumber, personId },
      },
      now,
    );
  });
}

export async function removeNamedPerson(db: Db, ctx: Ctx, asset: AssetRow, personId: string, now: Date) {
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(assetNamedPeople)
      .where(and(eq(assetNamedPeople.assetId, asset.id), eq(assetNamedPeople.personId, personId)))
      .returning();
    if (removed.length === 0)
      throw new AppError(
        404,
        "not_found",
        "指定の職員は登録されていません。",
        "This person is not named on the asset.",
      );
    await recordEvent(
      tx,
      ctx,
      {
        type: "asset.named_person_removed",
        targetType: "asset",
        targetId: asset.id,
        departmentId: asset.departmentId,
        data: { assetNumber: asset.assetNumber, personId },
      },
      now,
    );
  });
}

export async function loadAssetRows(db: DbOrTx, ids: string[]): Promise<AssetRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(assets).where(inArray(assets.id, ids));
}

export async function loadAsset(db: DbOrTx, id: string): Promise<AssetRow | null> {
  const [row] = await db.select().from(assets).where(eq(assets.id, id));
  return row ?? null;
}
