import { createRoute, type z } from "@hono/zod-openapi";
import { asc, inArray } from "drizzle-orm";
import type { Context } from "hono";
import type { Duty } from "../../../common/duties";
import { authorize, can, requireActor } from "../../access";
import type { AppEnv } from "../../http/context";
import { fieldError, notFound } from "../../http/errors";
import {
  jsonBody as body,
  type createRouter,
  requestContext as ctxOf,
  errorResponses,
  jsonContent as json,
  SESSION_ROUTE,
} from "../../http/router";
import { assetLabels } from "../assets";
import { contractsRecordingIncident } from "../suppliers";
import {
  addTask,
  addTimelineEntry,
  linkAsset,
  removeMember,
  setRestriction,
  updateTask,
} from "./commands/casework";
import { closeIncident, completePreventionAction } from "./commands/close";
import { acknowledgeStep, postReport } from "./commands/escalation";
import { addCustody } from "./commands/files";
import { decideOutsideReport, decidePress, recordPpcFacts } from "./commands/outside";
import { moveStage, triageIncident } from "./commands/triage";
import { stepTargets } from "./domain/escalation";
import { presentCase } from "./presenter";
import { caseParts, holdersOf, loadRecord, namesOf, phonesOf, unitOf } from "./queries";
import { CaseAnswer, IncidentCase as IncidentCaseRes } from "./responses";
import {
  AcknowledgeReq,
  ActionParam,
  BodyParam,
  CloseReq,
  CustodyReq,
  EscalationParam,
  FileParam,
  IdParam,
  LinkAssetReq,
  MemberParam,
  OutsideReportReq,
  PostReportReq,
  PpcFactsReq,
  PressReq,
  PreventionDoneReq,
  RestrictionReq,
  StageReq,
  TaskCreateReq,
  TaskParam,
  TaskUpdateReq,
  TimelineReq,
  TriageReq,
} from "./schema";
import { incidentCustody } from "./tables";

/**
 * One incident case: its view (read with the viewer's rights) and every action on it. Each action
 * loads the case (404 when the viewer may not read it), authorizes its own access action on it,
 * runs its command and answers with the whole case as it is after the change.
 */

type C = Context<AppEnv>;
type Router = ReturnType<typeof createRouter>;
const TAG = ["incidents"];

/** A case the actor may not read answers 404, like one that does not exist. */
export async function readable(c: C, id: string) {
  const actor = requireActor(c.get("actor"));
  const db = c.get("deps").database.db;
  const { row, record } = await loadRecord(db, id);
  if (!can(actor, "read", "incident", record)) throw notFound({ ja: "インシデント", en: "The incident" });
  return { actor, db, row, record };
}

/** Load, authorize `action`, then run the command and answer with the whole case. */
export async function caseAction(
  c: C,
  id: string,
  action: string,
  command: (x: Awaited<ReturnType<typeof readable>>) => Promise<unknown>,
) {
  const x = await readable(c, id);
  authorize(x.actor, action, "incident", x.record);
  await command(x);
  return caseView(c, id);
}

async function caseView(c: C, id: string) {
  const deps = c.get("deps");
  const { actor, db, row, record } = await readable(c, id);
  const profile = deps.profile();
  const parts = await caseParts(db, id);
  const custody = parts.files.length
    ? await db
        .select()
        .from(incidentCustody)
        .where(
          inArray(
            incidentCustody.fileId,
            parts.files.map((f) => f.id),
          ),
        )
        .orderBy(asc(incidentCustody.handedAt))
    : [];
  const callNow = row.stage === "closed" ? [] : await callList(c, row.departmentId, actor);
  const names = await namesOf(db, [
    row.reporterPersonId,
    row.pressApproverPersonId,
    ...parts.escalations.flatMap((e) => [e.acknowledgedByPersonId, e.acknowledgedForPersonId]),
    ...parts.tasks.map((t) => t.assigneePersonId),
    ...parts.timeline.map((t) => t.recordedByPersonId),
    ...parts.assets.map((a) => a.linkedByPersonId),
    ...parts.files.map((f) => f.uploadedByPersonId),
    ...custody.map((x) => x.recordedByPersonId),
    ...parts.outside.map((o) => o.decidedByPersonId),
    ...parts.prevention.map((p) => p.ownerPersonId),
    ...record.memberPersonIds,
  ]);
  const labels = await assetLabels(
    db,
    { actor, profile },
    parts.assets.map((a) => a.assetId),
  );
  return {
    ...presentCase(actor, profile, row, record, parts, custody, names, callNow, labels),
    // Through the suppliers face: a contract the viewer may not open is counted, never named.
    contracts: await contractsRecordingIncident(db, actor, id),
  };
}

/**
 * 今連絡すべき人: the holders of each step's duty now (deputies in force included), with phones
 * for those on the chain themselves and the CSIRT (the contact network's rule).
 */
async function callList(c: C, departmentId: string | null, actor: NonNullable<AppEnv["Variables"]["actor"]>) {
  const deps = c.get("deps");
  const db = deps.database.db;
  const profile = deps.profile();
  const now = deps.now();
  const unit = await unitOf(db, departmentId);
  const chain = [...profile.incidents.escalation].sort((a, b) => a.step - b.step);
  const chainDuties = chain.map((s) => s.duty as Duty);
  const phonesVisible = can(actor, "seePhones", "incidentCallList", { chainDuties });
  const out = [];
  for (const step of chain) {
    const { holders, deputiesNow } = await holdersOf(db, profile, step.duty as Duty, step.scope, unit, now);
    const targets = stepTargets(holders, deputiesNow);
    const phones = phonesVisible
      ? await phonesOf(
          db,
          targets.map((t) => t.personId),
        )
      : new Map();
    out.push({
      step: step.step,
      duty: step.duty,
      text: step.text,
      clause: step.clause,
      people: targets.map((t) => ({
        personId: t.personId,
        name: t.name,
        actingForPersonId: t.actingForPersonId,
        phone: phones.get(t.personId)?.phone ?? null,
        emergencyPhone: phones.get(t.personId)?.emergencyPhone ?? null,
      })),
      phonesVisible,
    });
  }
  return out;
}

/** The shapes these routes answer with, for the web app's typed contract (web/src/contract.ts). */
export type IncidentCase = Awaited<ReturnType<typeof caseView>>;

type Loaded = Awaited<ReturnType<typeof readable>>;

/** An action on the case: its route, the access action it needs, and the command it runs. */
function caseActionRoute<P extends z.ZodObject, B extends z.ZodType>(
  app: Router,
  spec: {
    method: "post" | "put" | "patch";
    path: string;
    summary: string;
    params: P;
    req: B;
    /** The access action (access.ts) the actor needs on the case; it may depend on the body. */
    action: string;
    run: (x: Loaded, input: z.output<B>, params: z.output<P>, c: C) => Promise<unknown>;
  },
) {
  const route = createRoute({
    method: spec.method,
    path: spec.path,
    tags: TAG,
    security: SESSION_ROUTE,
    summary: spec.summary,
    request: { params: spec.params, ...body(spec.req) },
    responses: {
      200: json(IncidentCaseRes, "The case after the change"),
      409: { description: "Conflict" },
      ...errorResponses,
    },
  });
  app.openapi(route, async (c) => {
    // The route's own validators ran; the generic route type does not carry their output here.
    const params = c.req.valid("param" as never) as z.output<P> & { id: string };
    const input = c.req.valid("json" as never) as z.output<B>;
    return c.json(await caseAction(c, params.id, spec.action, (x) => spec.run(x, input, params, c)), 200);
  });
}

export function incidentCaseRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/incidents/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      request: { params: IdParam },
      responses: { 200: json(IncidentCaseRes, "Case"), ...errorResponses },
    }),
    async (c) => c.json(await caseView(c, c.req.valid("param").id), 200),
  );

  caseActionRoute(app, {
    method: "post",
    path: "/api/incidents/{id}/acknowledge",
    summary: "確認（受領） / Acknowledge the step told",
    params: IdParam,
    req: AcknowledgeReq,
    action: "acknowledge",
    run: ({ db, row }, input, _p, c) =>
      acknowledgeStep(db, ctxOf(c), c.get("deps").profile(), row, input, c.get("deps").now()),
  });

  caseActionRoute(app, {
    method: "post",
    path: "/api/incidents/{id}/escalations/{escalationId}/post-report",
    summary: "代行者の事後報告 / The deputy's report afterwards",
    params: EscalationParam,
    req: PostReportReq,
    action: "read",
    run: ({ db, row }, input, { escalationId }, c) =>
      postReport(db, ctxOf(c), row, escalationId, input.report, c.get("deps").now()),
  });

  caseActionRoute(app, {
    method: "post",
    path: "/api/incidents/{id}/triage",
    summary: "CSIRTの判断 / CSIRT triage",
    params: IdParam,
    req: TriageReq,
    action: "triage",
    run: async ({ db, row, actor }, input, _p, c) => {
      if (input.duplicateOfId) {
        const other = await loadRecord(db, input.duplicateOfId).catch(() => null);
        if (!other || !can(actor, "read", "incident", other.record))
          throw fieldError(
            "duplicateOfId",
            "統合先のインシデントが見つかりません。",
            "The case to merge into does not exist.",
          );
      }
      const deps = c.get("deps");
      return triageIncident(db, ctxOf(c), deps.profile(), row, input, deps.now());
    },
  });

  caseActionRoute(app, {
    method: "post",
    path: "/api/incidents/{id}/stage",
    summary: "段階を進める / Move the stage",
    params: IdParam,
    req: StageReq,
    action: "manage",
    run: ({ db, row }, input, _p, c) =>
      moveStage(db, ctxOf(c), row, input.stage, input.note ?? null, c.get("deps").now()),
  });

  caseActionRoute(app, {
    method: "post",
    path: "/api/incidents/{id}/close",
    summary: "終結（原因・措置・再発防止策） / Close",
    params: IdParam,
    req: CloseReq,
    action: "close",
    run: ({ db, row }, input, _p, c) => closeIncident(db, ctxOf(c), row, input, c.get("deps").now()),
  });

  caseActionRoute(app, {
    method: "post",
    path: "/api/incidents/{id}/prevention-actions/{actionId}/done",
    summary: "再発防止策の完了 / Prevention action done",
    params: ActionParam,
    req: PreventionDoneReq,
    action: "trackPrevention",
    run: ({ db, row }, input, { actionId }, c) =>
      completePreventionAction(db, ctxOf(c), row, actionId, input.result, c.get("deps").now()),
  });

  caseActionRoute(app, {
    method: "post",
    path: "/api/incidents/{id}/tasks",
    summary: "作業の追加 / Add a task",
    params: IdParam,
    req: TaskCreateReq,
    action: "manage",
    run: ({ db, row }, input, _p, c) => addTask(db, ctxOf(c), row, input, c.get("deps").now()),
  });

  caseActionRoute(app, {
    method: "patch",
    path: "/api/incidents/{id}/tasks/{taskId}",
    summary: "作業の結果 / Task result",
    params: TaskParam,
    req: TaskUpdateReq,
    action: "manage",
    run: ({ db, row }, input, { taskId }, c) =>
      updateTask(db, ctxOf(c), row, taskId, input, c.get("deps").now()),
  });

  caseActionRoute(app, {
    method: "post",
    path: "/api/incidents/{id}/timeline",
    summary: "経過の記録 / Timeline entry",
    params: IdParam,
    req: TimelineReq,
    action: "manage",
    run: ({ db, row }, input, _p, c) => addTimelineEntry(db, ctxOf(c), row, input, c.get("deps").now()),
  });

  caseActionRoute(app, {
    method: "post",
    path: "/api/incidents/{id}/assets",
    summary: "関係する情報資産 / Link an affected asset",
    params: IdParam,
    req: LinkAssetReq,
    action: "linkAsset",
    run: ({ actor, db, row, record }, input, _p, c) =>
      linkAsset(
        db,
        ctxOf(c),
        row,
        input,
        c.get("deps").now(),
        c.get("deps").profile(),
        can(actor, "linkAssetNeedToKnow", "incident", record),
      ),
  });

  caseActionRoute(app, {
    method: "put",
    path: "/api/incidents/{id}/restriction",
    summary: "閲覧制限 / Restrict to named members",
    params: IdParam,
    req: RestrictionReq,
    action: "restrict",
    run: ({ db, row }, input, _p, c) => setRestriction(db, ctxOf(c), row, input, c.get("deps").now()),
  });

  app.openapi(
    createRoute({
      method: "delete",
      path: "/api/incidents/{id}/members/{personId}",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "閲覧メンバーの解除 / Remove a named member",
      request: { params: MemberParam },
      responses: {
        200: json(CaseAnswer, "The case after the change, or that it is no longer visible"),
        409: { description: "The last member of a restricted case" },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id, personId } = c.req.valid("param");
      const deps = c.get("deps");
      const { actor, db, row, record } = await readable(c, id);
      authorize(actor, "restrict", "incident", record);
      await removeMember(db, ctxOf(c), row, personId, deps.now());
      // Who removes themselves from a restricted case no longer sees it.
      if (row.restricted && personId === actor.personId) return c.json({ id, visible: false }, 200);
      return c.json(await caseView(c, id), 200);
    },
  );

  caseActionRoute(app, {
    method: "put",
    path: "/api/incidents/{id}/outside-reports/{bodyKey}",
    summary: "外部機関への報告の判断・送付 / Outside report decision",
    params: BodyParam,
    req: OutsideReportReq,
    action: "manage",
    run: ({ db, row }, input, { bodyKey }, c) =>
      decideOutsideReport(db, ctxOf(c), c.get("deps").profile(), row, bodyKey, input, c.get("deps").now()),
  });

  caseActionRoute(app, {
    method: "put",
    path: "/api/incidents/{id}/ppc",
    summary: "個人情報保護委員会への報告義務の事実 / PPC facts",
    params: IdParam,
    req: PpcFactsReq,
    action: "manage",
    run: ({ db, row }, input, _p, c) =>
      recordPpcFacts(db, ctxOf(c), c.get("deps").profile(), row, input, c.get("deps").now()),
  });

  caseActionRoute(app, {
    method: "put",
    path: "/api/incidents/{id}/press",
    summary: "報道発表の判断 / Press decision",
    params: IdParam,
    req: PressReq,
    action: "manage",
    run: ({ db, row }, input, _p, c) => decidePress(db, ctxOf(c), row, input, c.get("deps").now()),
  });

  caseActionRoute(app, {
    method: "post",
    path: "/api/incidents/{id}/files/{fileId}/custody",
    summary: "証拠の引渡し記録 / Chain of custody",
    params: FileParam,
    req: CustodyReq,
    action: "manage",
    run: ({ db, row }, input, { fileId }, c) =>
      addCustody(db, ctxOf(c), row, fileId, input, c.get("deps").now()),
  });
}
