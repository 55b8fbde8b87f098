/**
 * 外部サービス: a service is filed with its `external_service` request (the register entry and the
 * request are made together; the request's approval is what makes it an approved service, 西原村
 * 9.2(4)③), the path the profile gives it decides what else is needed (約款 checked, 川崎市's
 * necessity reason and consultation), and its manager records the lifecycle checks until the end.
 */
import { eq } from "drizzle-orm";
import { recordEvent } from "../../../audit/record";
import type { Db, DbOrTx } from "../../../db/client";
import { departmentUnit, findPerson } from "../../../directory";
import type { Actor, RequestContext } from "../../../http/context";
import { AppError, conflict, fieldError, invalid, notFound } from "../../../http/errors";
import type { Profile } from "../../../profile";
import { findLevel } from "../../../profile/classification";
import type { ExternalServiceCategory, ExternalServiceCheckPhase } from "../../../profile/suppliers-schema";
import { fileRequest, requestOutcomes } from "../../requests";
import type { ServiceRef } from "../access";
import { clauseLabel } from "../domain/contract";
import {
  pathFor,
  pendingBeforeUse,
  type ServicePath,
  serviceStatus,
  terminationBlocker,
} from "../domain/external-services";
import { externalServiceChecks, externalServices, supplierContracts } from "../tables";

type Check = (ref: ServiceRef) => void;
export type ServiceRow = typeof externalServices.$inferSelect;

export const serviceNotFound = () => notFound({ ja: "外部サービス", en: "The external service" });

const CATEGORY_JA: Record<ExternalServiceCategory, string> = {
  general: "一般",
  free_mail: "フリーメール",
  online_storage: "ネットワークストレージ",
};

export interface ServiceInput {
  departmentId: string;
  name: string;
  provider: string;
  termsKind: "terms" | "contract";
  contractId: string | null;
  category: ExternalServiceCategory;
  highestLevel: string | null;
  zone: string | null;
  purpose: string;
  managerPersonId: string;
  necessityReason: string | null;
  termsCheckedOn: string | null;
}

const REASON_PREFIX = "必要と認める理由: ";

/** The `external_service` request's fields, as the register entry names the service. */
export function serviceRequestFields(
  profile: Profile,
  s: Pick<
    ServiceInput,
    "name" | "provider" | "highestLevel" | "category" | "termsKind" | "purpose" | "necessityReason"
  >,
  managerName: string,
): Record<string, string> {
  const levelLabel = s.highestLevel
    ? (findLevel(profile.classification.confidentiality, s.highestLevel)?.label ?? s.highestLevel)
    : "機密性の区分に当たる情報なし";
  return {
    service: s.name,
    provider: s.provider,
    dataHandled: `${levelLabel}（${CATEGORY_JA[s.category]}・${s.termsKind === "terms" ? "約款" : "契約"}）`,
    purpose: [s.purpose, s.necessityReason ? `${REASON_PREFIX}${s.necessityReason}` : ""]
      .filter(Boolean)
      .join("\n"),
    manager: managerName,
  };
}

/**
 * Reads a resubmitted purpose back into the entry's purpose and necessity reason (the request
 * carries both in one text, the reason on its own line). A reason the requester deleted is kept:
 * the path required it when the service was filed (川崎市 第9章2(2)イ), so it cannot go.
 */
export function splitPurpose(
  given: string,
  purpose: string,
  necessityReason: string | null,
): { purpose: string; necessityReason: string | null } {
  if (!given) return { purpose, necessityReason };
  const at = given.indexOf(REASON_PREFIX);
  if (at < 0) return { purpose: given, necessityReason };
  const reason = given.slice(at + REASON_PREFIX.length).trim();
  return { purpose: given.slice(0, at).trim() || purpose, necessityReason: reason || necessityReason };
}

export function pathOrThrow(
  profile: Profile,
  row: Pick<ServiceRow, "category" | "highestLevel">,
): ServicePath {
  const path = pathFor(profile, {
    category: row.category as ExternalServiceCategory,
    highestLevel: row.highestLevel,
  });
  if (!path)
    throw new AppError(
      422,
      "not_in_profile",
      "この組織のポリシーには外部サービスの定めがありません。",
      "The profile has no external services section.",
    );
  return path;
}

/** Loads a service with its unit (for access) inside the caller's transaction. */
export async function loadService(tx: DbOrTx, id: string, lock = false) {
  const q = tx.select().from(externalServices).where(eq(externalServices.id, id));
  const [row] = lock ? await q.for("update") : await q;
  if (!row) throw serviceNotFound();
  const dept = await departmentUnit(tx, row.departmentId);
  const ref: ServiceRef = {
    departmentId: row.departmentId,
    bureauId: dept?.bureauId ?? null,
    managerPersonId: row.managerPersonId,
  };
  return { row, ref };
}

/** The facts the rules read: the request's outcome and the checks on record. */
export async function serviceState(tx: DbOrTx, row: ServiceRow) {
  const outcome = row.requestId ? (await requestOutcomes(tx, [row.requestId])).get(row.requestId) : undefined;
  const checks = await tx
    .select()
    .from(externalServiceChecks)
    .where(eq(externalServiceChecks.serviceId, row.id))
    .orderBy(externalServiceChecks.checkedOn);
  return {
    outcome,
    checks,
    state: {
      // A path without approval is approved by being filed (never the case in the shipped profiles).
      approved: row.requestId ? !!outcome?.approved : true,
      refused: !!outcome && ["rejected", "cancelled", "expired"].includes(outcome.status),
      consultedOn: row.consultedOn,
      approvedOn: outcome?.decidedAt
        ? outcome.decidedAt.slice(0, 10)
        : row.requestId
          ? null
          : row.createdAt.toISOString().slice(0, 10),
      terminated: row.state === "terminated",
      checks: checks.map((c) => ({ phase: c.phase as ExternalServiceCheckPhase, checkedOn: c.checkedOn })),
    },
  };
}

export async function fileService(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  actor: Actor,
  input: ServiceInput,
  now: Date,
) {
  const path = pathOrThrow(profile, input);
  const errors: Record<string, { message_ja: string; message_en: string }> = {};
  if (input.highestLevel && !findLevel(profile.classification.confidentiality, input.highestLevel))
    errors.highestLevel = {
      message_ja: "この組織の機密性の分類にない区分です。",
      message_en: "Not a confidentiality level of this profile.",
    };
  if (input.zone && !profile.zones.some((z) => z.key === input.zone))
    errors.zone = {
      message_ja: "この組織にないネットワークです。",
      message_en: "Not a zone of this profile.",
    };
  if (path.terms_check && !input.termsCheckedOn)
    errors.termsCheckedOn = {
      message_ja: `約款等を確認した日を入力してください（${clauseLabel(path.clause)}）。`,
      message_en: `Give the day the terms of service were checked (${path.clause}).`,
    };
  if (path.necessity_reason && !input.necessityReason)
    errors.necessityReason = {
      message_ja: `業務上必要と認める理由を入力してください（${clauseLabel(path.clause)}）。`,
      message_en: `Give the reason the work needs it (${path.clause}).`,
    };
  if (Object.keys(errors).length) throw invalid(errors);
  return db.transaction(async (tx) => {
    const manager = await findPerson(tx, input.managerPersonId);
    // A staff member of the 課 the service is for (another 課's people are not named here: the
    // same answer as for an unknown id).
    if (
      !manager ||
      !manager.active ||
      manager.employmentType === "contractor_worker" ||
      manager.departmentId !== input.departmentId
    )
      throw fieldError(
        "managerPersonId",
        "外部サービス管理者にはこの課の職員を選んでください。",
        "Choose a staff member of the department as the manager.",
      );
    if (input.contractId) {
      const [c] = await tx
        .select({ departmentId: supplierContracts.departmentId })
        .from(supplierContracts)
        .where(eq(supplierContracts.id, input.contractId));
      // Only the 課's own contract (another 課's contract is as good as unknown here).
      if (!c || c.departmentId !== input.departmentId)
        throw fieldError(
          "contractId",
          "この課の委託契約を選んでください。",
          "Choose a contract of your department.",
        );
    }
    const request = path.approval
      ? await fileRequest(
          tx,
          ctx,
          profile,
          {
            personId: actor.personId,
            departmentId: actor.departmentId,
            bureauId: actor.bureauId,
            grants: actor.grants,
          },
          { kind: "external_service", fields: serviceRequestFields(profile, input, manager.name) },
          now,
        )
      : null;
    const [row] = await tx
      .insert(externalServices)
      .values({
        departmentId: input.departmentId,
        name: input.name,
        provider: input.provider,
        termsKind: input.termsKind,
        contractId: input.contractId,
        category: input.category,
        highestLevel: input.highestLevel,
        zone: input.zone,
        purpose: input.purpose,
        path: path.key,
        pathClause: path.clause,
        termsCheckedOn: input.termsCheckedOn,
        necessityReason: input.necessityReason,
        managerPersonId: input.managerPersonId,
        requestId: request?.id ?? null,
        state: "requested",
        createdByPersonId: actor.personId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "external_service.filed",
        targetType: "external_service",
        targetId: row.id,
        departmentId: row.departmentId,
        data: {
          name: row.name,
          provider: row.provider,
          category: row.category,
          highestLevel: row.highestLevel,
          path: path.key,
          clause: path.clause,
          managerPersonId: row.managerPersonId,
          requestId: request?.id ?? null,
        },
      },
      now,
    );
    return { ...row, requestNumber: request?.number ?? null };
  });
}

export async function recordConsultation(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  id: string,
  input: { consultedOn: string; consultationNote: string },
  now: Date,
  check: Check,
) {
  return db.transaction(async (tx) => {
    const { row, ref } = await loadService(tx, id, true);
    check(ref);
    const path = pathOrThrow(profile, row);
    // Required where the path says (川崎市 第9章2(2)イ); elsewhere it is the network manager's
    // judgement of the provider on record (西原村 9.2(2)⑨), welcome but not a condition of use.
    if (row.state === "terminated")
      throw conflict("terminated", "利用を終了した外部サービスです。", "The service's use has ended.");
    const [after] = await tx
      .update(externalServices)
      .set({
        consultedOn: input.consultedOn,
        consultationNote: input.consultationNote,
        consultedByPersonId: ctx.actor?.personId ?? null,
        updatedAt: now,
      })
      .where(eq(externalServices.id, id))
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "external_service.consulted",
        targetType: "external_service",
        targetId: id,
        departmentId: row.departmentId,
        data: { consultedOn: input.consultedOn, clause: path.clause },
      },
      now,
    );
    return after;
  });
}

export async function recordServiceCheck(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  id: string,
  input: {
    phase: ExternalServiceCheckPhase;
    checkedOn: string;
    result: "ok" | "issues";
    findings: string | null;
  },
  now: Date,
  check: Check,
) {
  return db.transaction(async (tx) => {
    const { row, ref } = await loadService(tx, id, true);
    check(ref);
    const path = pathOrThrow(profile, row);
    const { state } = await serviceState(tx, row);
    if (serviceStatus(path, state) !== "in_use") {
      const why = pendingBeforeUse(path, state);
      throw conflict(
        "service_not_in_use",
        `利用中の外部サービスにだけ確認を記録できます。${why.map((w) => w.ja).join("")}`,
        `Checks are recorded for a service in use. ${why.map((w) => w.en).join(" ")}`,
      );
    }
    if (!path.checks.includes(input.phase))
      throw fieldError(
        "phase",
        "この外部サービスの定めにない確認の時期です。",
        "The service's path has no such check.",
      );
    if (input.result === "issues" && !input.findings)
      throw fieldError(
        "findings",
        "問題があった場合はその内容を入力してください。",
        "Describe the issues found.",
      );
    const [c] = await tx
      .insert(externalServiceChecks)
      .values({
        serviceId: id,
        phase: input.phase,
        checkedOn: input.checkedOn,
        result: input.result,
        findings: input.findings,
        checkedByPersonId: ctx.actor?.personId as string,
        createdAt: now,
      })
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "external_service.check_recorded",
        targetType: "external_service",
        targetId: id,
        departmentId: row.departmentId,
        data: { phase: input.phase, checkedOn: input.checkedOn, result: input.result },
      },
      now,
    );
    return { ...c, createdAt: c.createdAt.toISOString() };
  });
}

export async function terminateService(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  id: string,
  input: { terminatedOn: string },
  now: Date,
  check: Check,
) {
  return db.transaction(async (tx) => {
    const { row, ref } = await loadService(tx, id, true);
    check(ref);
    if (row.state === "terminated")
      throw conflict("terminated", "すでに利用を終了しています。", "The service's use has already ended.");
    const path = pathOrThrow(profile, row);
    const { state } = await serviceState(tx, row);
    // Never used (refused or still waiting): ending it needs no termination check.
    const blocker = serviceStatus(path, state) === "in_use" ? terminationBlocker(path, state) : null;
    if (blocker)
      throw new AppError(
        422,
        "termination_check_missing",
        `${blocker.ja}（${clauseLabel(blocker.clause)}）`,
        `${blocker.en} (${blocker.clause})`,
        { termination: { message_ja: blocker.ja, message_en: blocker.en } },
      );
    const [after] = await tx
      .update(externalServices)
      .set({ state: "terminated", terminatedOn: input.terminatedOn, updatedAt: now })
      .where(eq(externalServices.id, id))
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "external_service.terminated",
        targetType: "external_service",
        targetId: id,
        departmentId: row.departmentId,
        data: { terminatedOn: input.terminatedOn },
      },
      now,
    );
    return after;
  });
}
