/**
 * The rules for external services (外部サービスの利用に関する規定, 西原村 9.2(1), (5)①, (6)①, (7)①, 9.3(1))
 * and the judgement of each provider's reliability (9.2(2)⑨). The profile names the sections, the
 * duty that writes them and the paths whose providers are judged; Sekimori keeps every version of
 * a section's text and every judgement, each with its audit event in the same transaction.
 */
import { desc, eq, inArray } from "drizzle-orm";
import { recordEvent } from "../../../audit/record";
import type { Db } from "../../../db/client";
import type { RequestContext } from "../../../http/context";
import { AppError, conflict, fieldError } from "../../../http/errors";
import type { Profile } from "../../../profile";
import type { CriteriaDuty, ServiceRef } from "../access";
import { externalServiceCriteria, externalServiceReliability, type ReliabilityJudgement } from "../tables";
import { loadService } from "./external-services";

/** The profile's `criteria:`, or a clear refusal where the profile names none (川崎市: 別に定める). */
export function criteriaOrThrow(profile: Profile) {
  const criteria = profile.suppliers?.external_services?.criteria;
  if (!criteria)
    throw new AppError(
      422,
      "not_in_profile",
      "この組織のポリシーには外部サービスの規定の定めがありません。",
      "The profile names no rules for external services.",
    );
  return criteria;
}

const uniqueViolation = (e: unknown) => {
  const x = e as { code?: string; cause?: { code?: string } } | null;
  return x?.code === "23505" || x?.cause?.code === "23505";
};

/**
 * Writes a new version of one section. `baseVersion` is the version the writer edited (null for the
 * first text): if another version landed meanwhile the write is refused rather than silently lost.
 */
export async function writeCriteria(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  sectionKey: string,
  input: { body: string; baseVersion: number | null },
  now: Date,
  check: (c: CriteriaDuty) => void,
) {
  const criteria = criteriaOrThrow(profile);
  check({ duty: criteria.writer_duty });
  const section = criteria.sections.find((s) => s.key === sectionKey);
  if (!section)
    throw new AppError(404, "not_found", "この規定の項目はありません。", "No such section of the rules.");
  try {
    return await db.transaction(async (tx) => {
      const [last] = await tx
        .select({ version: externalServiceCriteria.version })
        .from(externalServiceCriteria)
        .where(eq(externalServiceCriteria.sectionKey, sectionKey))
        .orderBy(desc(externalServiceCriteria.version))
        .limit(1);
      const current = last?.version ?? null;
      if (current !== input.baseVersion) throw staleEdit();
      const version = (current ?? 0) + 1;
      const [row] = await tx
        .insert(externalServiceCriteria)
        .values({
          sectionKey,
          version,
          body: input.body,
          writtenByPersonId: ctx.actor?.personId as string,
          writtenAt: now,
        })
        .returning();
      await recordEvent(
        tx,
        ctx,
        {
          type: "external_service.criteria_written",
          targetType: "external_service_criteria",
          targetId: row.id,
          data: { sectionKey, version, clause: section.clause },
        },
        now,
      );
      return { ...row, writtenAt: row.writtenAt.toISOString() };
    });
  } catch (e) {
    // Two writers on the same version: the unique index lets one through, the other is told.
    if (uniqueViolation(e)) throw staleEdit();
    throw e;
  }
}

const staleEdit = () =>
  conflict(
    "stale_version",
    "他の人がこの項目を先に改定しました。最新の内容を確認してから改定してください。",
    "Someone changed this section first. Read the latest text, then write again.",
  );

/** Records a judgement of the service's provider; only for a service on one of the profile's paths. */
export async function judgeReliability(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  id: string,
  input: { judgement: ReliabilityJudgement; basis: string; judgedOn: string },
  now: Date,
  check: (s: ServiceRef & CriteriaDuty) => void,
) {
  const rule = criteriaOrThrow(profile).reliability;
  if (!rule)
    throw new AppError(
      422,
      "not_in_profile",
      "この組織のポリシーには提供者の信頼性の判断の定めがありません。",
      "The profile asks for no reliability judgement.",
    );
  return db.transaction(async (tx) => {
    const { row, ref } = await loadService(tx, id, true);
    check({ ...ref, duty: rule.duty });
    if (!rule.paths.includes(row.path))
      throw fieldError(
        "judgement",
        "この外部サービスの経路では提供者の信頼性の判断を求めていません。",
        "The service's path asks for no reliability judgement.",
      );
    if (row.state === "terminated")
      throw conflict("terminated", "利用を終了した外部サービスです。", "The service's use has ended.");
    const [j] = await tx
      .insert(externalServiceReliability)
      .values({
        serviceId: id,
        judgement: input.judgement,
        basis: input.basis,
        judgedOn: input.judgedOn,
        judgedByPersonId: ctx.actor?.personId as string,
        createdAt: now,
      })
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "external_service.reliability_judged",
        targetType: "external_service",
        targetId: id,
        departmentId: row.departmentId,
        data: { judgement: input.judgement, judgedOn: input.judgedOn, clause: rule.clause },
      },
      now,
    );
    return { ...j, createdAt: j.createdAt.toISOString() };
  });
}

/** The version in force of every section (the highest), keyed by section. */
export async function currentCriteria(db: Db) {
  const rows = await db
    .selectDistinctOn([externalServiceCriteria.sectionKey])
    .from(externalServiceCriteria)
    .orderBy(externalServiceCriteria.sectionKey, desc(externalServiceCriteria.version));
  return new Map(rows.map((r) => [r.sectionKey, r]));
}

/** The latest judgement per service among `ids`. */
export async function latestJudgements(db: Db, ids: readonly string[]) {
  if (!ids.length) return new Map<string, typeof externalServiceReliability.$inferSelect>();
  const rows = await db
    .selectDistinctOn([externalServiceReliability.serviceId])
    .from(externalServiceReliability)
    .where(inArray(externalServiceReliability.serviceId, [...ids]))
    .orderBy(externalServiceReliability.serviceId, desc(externalServiceReliability.createdAt));
  return new Map(rows.map((r) => [r.serviceId, r]));
}
