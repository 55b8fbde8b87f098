/**
 * /api/external-services — the register of external (cloud) services: filed with their request,
 * the consultation where the path asks for it, the manager's lifecycle checks, the end of use.
 */

import { authorize, can } from "../../../access";
import { departmentUnit } from "../../../directory";
import type { Actor } from "../../../http/context";
import { AppError, fieldError } from "../../../http/errors";
import { createRouter } from "../../../http/router";
import type { Profile } from "../../../profile";
import type { ServiceRef } from "../access";
import { judgeReliability, writeCriteria } from "../commands/criteria";
import {
  fileService,
  loadService,
  recordConsultation,
  recordServiceCheck,
  serviceNotFound,
  terminateService,
} from "../commands/external-services";
import { presentCriteria } from "../criteria-view";
import { clauseLabel } from "../domain/contract";
import { pathFiler, pathFor, type ServicePath } from "../domain/external-services";
import {
  CriteriaRes,
  CriteriaWriteRes,
  ReliabilityRes,
  ServiceListRes,
  ServicePathRes,
  ServiceRes,
} from "../responses";
import { ServiceCheckRowRes } from "../responses-writes";
import {
  ConsultationReq,
  CriteriaParam,
  CriteriaReq,
  IdParam,
  ReliabilityReq,
  ServiceCheckReq,
  ServicePathQuery,
  ServiceQuery,
  ServiceReq,
  TerminateReq,
} from "../schema";
import { listServices, PHASE_LABELS, presentService } from "../services-view";
import { body, type C, changed, created, env, jsonRoute, ok, runCommand } from "./common";

const TAG = ["external-services"];

/** 404 for a service one may not read, 403 for an action one may not take on it. */
const may = (c: C, action: "keep" | "consult") => (ref: ServiceRef) => {
  const { actor } = env(c);
  if (!can(actor, "read", "external_service", ref)) throw serviceNotFound();
  authorize(actor, action, "external_service", ref);
};

/** The path's named applicant and whether the viewer is one for their own 課 (the form files for it). */
function filedByView(profile: Profile, actor: Actor, path: ServicePath) {
  const filer = pathFiler(profile, path);
  if (!filer) return null;
  const own = { departmentId: actor.departmentId ?? "", bureauId: actor.bureauId };
  return {
    roles: filer.roles,
    clause: filer.clause,
    clauseLabel: clauseLabel(filer.clause),
    mayFile:
      !!actor.departmentId && can(actor, "file_on_path", "external_service", { ...own, filedBy: filer }),
  };
}

export function externalServiceRoutes() {
  const app = createRouter();

  jsonRoute(
    app,
    {
      method: "get",
      path: "/api/external-services",
      tags: TAG,
      summary: "外部サービスの一覧（所管課・管理者・全体、確認期限）/ External services the viewer may see",
      request: { query: ServiceQuery },
      responses: ok("Services", ServiceListRes),
    },
    async (c, { db, actor, profile, now }) => {
      const { total, items } = await listServices(db, actor, profile, c.req.valid("query"), now);
      return { data: items, total };
    },
  );

  jsonRoute(
    app,
    {
      method: "post",
      path: "/api/external-services",
      tags: TAG,
      summary:
        "外部サービスの利用申請（台帳への登録と申請）/ File a service with its external_service request",
      request: body(ServiceReq),
      responses: created("Filed", ServiceRes),
    },
    async (c, { db, actor, profile, now, ctx }) => {
      const input = c.req.valid("json");
      const dept = await departmentUnit(db, input.departmentId);
      if (!dept) throw fieldError("departmentId", "課が見つかりません。", "The department was not found.");
      const unit = { departmentId: dept.id, bureauId: dept.bureauId };
      authorize(actor, "file", "external_service", unit);
      // The path's text may name the applicant (西原村 9.2(4)①): refused naming the role and clause.
      const path = pathFor(profile, { category: input.category, highestLevel: input.highestLevel });
      const filer = path && pathFiler(profile, path);
      if (filer && !can(actor, "file_on_path", "external_service", { ...unit, filedBy: filer }))
        throw new AppError(
          403,
          "not_an_applicant",
          `この外部サービスの利用申請は${filer.roles.ja}が行います（${clauseLabel(filer.clause)}）。`,
          `Only the ${filer.roles.en} files this service (${filer.clause}).`,
        );
      const row = await fileService(db, ctx, profile, actor, input, now);
      return { data: await presentService(db, actor, profile, row.id) };
    },
  );

  // Before /{id}: "path" is not an id.
  jsonRoute(
    app,
    {
      method: "get",
      path: "/api/external-services/path",
      tags: TAG,
      summary:
        "利用の経路（機密性・種別から、必要な承認・協議・確認と根拠）/ The path a service would take, with its clause",
      request: { query: ServicePathQuery },
      responses: ok("The path (null when the profile keeps no register)", ServicePathRes),
    },
    async (c, { actor, profile }) => {
      authorize(actor, "read_rules", "external_service", null);
      const { category, highestLevel } = c.req.valid("query");
      const path = pathFor(profile, { category, highestLevel: highestLevel ?? null });
      return {
        data: path && {
          key: path.key,
          title: path.title,
          text: path.text,
          clause: path.clause,
          clauseLabel: clauseLabel(path.clause),
          approval: path.approval,
          termsCheck: path.terms_check,
          necessityReason: path.necessity_reason,
          consultation: path.consultation,
          checks: path.checks.map((phase) => ({ phase, label: PHASE_LABELS[phase] })),
          filedBy: filedByView(profile, actor, path),
        },
      };
    },
  );

  // Before /{id}: "criteria" is not an id.
  jsonRoute(
    app,
    {
      method: "get",
      path: "/api/external-services/criteria",
      tags: TAG,
      summary:
        "外部サービスの利用に関する規定と提供者の信頼性の判断（西原村 9.2(1)・9.2(2)⑨）/ The rules for external services and the providers' reliability",
      responses: ok("The rules (null when the profile names none)", CriteriaRes),
    },
    async (_c, { db, actor, profile }) => {
      authorize(actor, "read", "external_service_criteria", null);
      return { data: await presentCriteria(db, actor, profile) };
    },
  );

  jsonRoute(
    app,
    {
      method: "put",
      path: "/api/external-services/criteria/{sectionKey}",
      tags: TAG,
      summary: "規定の項目の改定（ネットワーク管理者）/ Write a new version of one section of the rules",
      request: { params: CriteriaParam, ...body(CriteriaReq) },
      responses: changed("Written", CriteriaWriteRes),
    },
    async (c, { db, profile, now, ctx, actor }) => {
      const { criteriaText, baseVersion } = c.req.valid("json");
      const data = await writeCriteria(
        db,
        ctx,
        profile,
        c.req.valid("param").sectionKey,
        { body: criteriaText, baseVersion },
        now,
        (duty) => authorize(actor, "write", "external_service_criteria", duty),
      );
      return { data };
    },
  );

  jsonRoute(
    app,
    {
      method: "get",
      path: "/api/external-services/{id}",
      tags: TAG,
      summary: "外部サービス（経路・根拠、承認、確認）/ An external service",
      request: { params: IdParam },
      responses: ok("The service", ServiceRes),
    },
    async (c, { db, actor, profile }) => {
      const id = c.req.valid("param").id;
      const { ref } = await loadService(db, id);
      if (!can(actor, "read", "external_service", ref)) throw serviceNotFound();
      const data = await presentService(db, actor, profile, id);
      return { data, policies: data.policies };
    },
  );

  jsonRoute(
    app,
    {
      method: "post",
      path: "/api/external-services/{id}/consultation",
      tags: TAG,
      summary: "情報監理者との協議の記録 / Record the consultation (川崎市 第9章2(2)イ)",
      request: { params: IdParam, ...body(ConsultationReq) },
      responses: changed("Recorded", ServiceRes),
    },
    async (c, { db, profile, now, ctx, actor }) => {
      const id = c.req.valid("param").id;
      await recordConsultation(db, ctx, profile, id, c.req.valid("json"), now, may(c, "consult"));
      return { data: await presentService(db, actor, profile, id) };
    },
  );

  jsonRoute(
    app,
    {
      method: "post",
      path: "/api/external-services/{id}/reliability",
      tags: TAG,
      summary:
        "外部サービス提供者の信頼性の判断の記録（ネットワーク管理者、西原村 9.2(2)⑨）/ Record the provider's reliability judgement",
      request: { params: IdParam, ...body(ReliabilityReq) },
      responses: created("Recorded", ReliabilityRes),
    },
    (c, e) =>
      runCommand(judgeReliability, e, c.req.valid("param").id, c.req.valid("json"), (ref) => {
        if (!can(e.actor, "read", "external_service", ref)) throw serviceNotFound();
        authorize(e.actor, "judge_reliability", "external_service", ref);
      }),
  );

  jsonRoute(
    app,
    {
      method: "post",
      path: "/api/external-services/{id}/checks",
      tags: TAG,
      summary: "構築時・定期・利用終了時の確認の記録（外部サービス管理者）/ Record a lifecycle check",
      request: { params: IdParam, ...body(ServiceCheckReq) },
      responses: created("Recorded", ServiceCheckRowRes),
    },
    (c, e) => runCommand(recordServiceCheck, e, c.req.valid("param").id, c.req.valid("json"), may(c, "keep")),
  );

  jsonRoute(
    app,
    {
      method: "post",
      path: "/api/external-services/{id}/terminate",
      tags: TAG,
      summary: "外部サービスの利用終了（終了時の確認の後）/ End the use (after the termination check)",
      request: { params: IdParam, ...body(TerminateReq) },
      responses: changed("Ended", ServiceRes),
    },
    async (c, { db, profile, now, ctx, actor }) => {
      const id = c.req.valid("param").id;
      await terminateService(db, ctx, profile, id, c.req.valid("json"), now, may(c, "keep"));
      return { data: await presentService(db, actor, profile, id) };
    },
  );

  return app;
}
