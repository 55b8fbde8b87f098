import { createRoute, z } from "@hono/zod-openapi";
import { inArray } from "drizzle-orm";
import type { Context } from "hono";
import { authorize, can, requireActor } from "../../access";
import type { AppEnv } from "../../http/context";
import { forbidden, notFound } from "../../http/errors";
import {
  jsonBody as body,
  createRouter,
  requestContext as ctxOf,
  errorResponses,
  SESSION_ROUTE,
} from "../../http/router";
import { evaluateApproval, evaluateEncryption } from "../../profile";
import type { RequestKindKey } from "../../profile/schema";
import { assetLabels } from "../assets";
import { canSeeRequest, requestVisibilitySql, stepHolderSql } from "./access";
import "./commands/jobs";
import { listNotifications } from "../../notify";
import { registerModule, registerRegister } from "../../profile/consumers";
import { createRequest } from "./commands/create";
import { decideRequest } from "./commands/decide";
import { checkAssets, filingRefused, kindOrThrow } from "./commands/evaluate";
import { cancelRequest, completeRequest, postReport, reportReturn, startRequest } from "./commands/lifecycle";
import { markNotificationRead, presentRequestNotification } from "./commands/notifications";
import { submitRequest } from "./commands/submit";
import { updateDraft } from "./commands/update";
import { choiceAnswers, KINDS } from "./domain/kinds";
import { requestExportRoutes } from "./export";
import { presentKind, presentPreview, presentRequest, presentSummary } from "./presenter";
import {
  assetsOf,
  deciderIds,
  decisionsOf,
  departmentNames,
  followUpSql,
  listOverrides,
  listRequests,
  loadRequest,
  personNames,
  refOf,
  toFacts,
} from "./queries";
import {
  RequestKindsRes,
  RequestListRes,
  RequestNotificationRes,
  RequestNotificationsRes,
  RequestOverridesRes,
  RequestPreviewRes,
  RequestRes,
} from "./responses";
import {
  ApproveReq,
  CancelReq,
  CompleteReq,
  IdParam,
  ListQuery,
  PostReportReq,
  PreviewReq,
  RejectReq,
  RequestCreateReq,
  RequestUpdateReq,
  ReturnReportReq,
  StartReq,
  SubmitReq,
} from "./schema";
import { requestDecisions } from "./tables";

registerModule("requests", { ja: "申請・承認", en: "Requests and approvals" });
// The carry-out / bring-in register is written by the requests module itself.
registerRegister("carry_out_log", "requests");

type C = Context<AppEnv>;
const TAG = ["requests"];
const REQUEST = { ja: "申請", en: "The request" };
const ok = <S extends z.ZodType>(description: string, schema: S) => ({
  200: { description, content: { "application/json": { schema } } },
  ...errorResponses,
  409: { description: "Not allowed in the request's state" },
});
const requesterOf = (actor: ReturnType<typeof requireActor>) => ({
  personId: actor.personId,
  departmentId: actor.departmentId,
  bureauId: actor.bureauId,
  grants: actor.grants,
});

/** The request if the actor may read it; otherwise 404, as if it did not exist. */
async function visible(c: C, id: string) {
  const actor = requireActor(c.get("actor"));
  const db = c.get("deps").database.db;
  const row = await loadRequest(db, id);
  if (!row) throw notFound(REQUEST);
  const ref = refOf(row, await deciderIds(db, id));
  if (!canSeeRequest(actor, ref)) throw notFound(REQUEST);
  return { actor, row, ref };
}

async function detail(c: C, id: string) {
  const deps = c.get("deps");
  const db = deps.database.db;
  const { actor, row, ref } = await visible(c, id);
  const assets = await assetsOf(db, id);
  const decisions = await decisionsOf(db, id);
  const names = await personNames(db, [row.requesterPersonId]);
  const dept = await departmentNames(db, [row.departmentId]);
  const labels = await assetLabels(
    db,
    { actor, profile: deps.profile() },
    assets.map((a) => a.assetId),
  );
  const data = presentRequest(deps.profile(), actor, row, ref, {
    assets,
    decisions,
    names,
    departmentName: dept.get(row.departmentId) ?? null,
    labels,
  });
  return c.json({ data, policies: data.policies }, 200);
}

export function requestRoutes() {
  const app = createRouter();
  // Before the detail route: its `{id}` would take `export.xlsx`.
  app.route("/", requestExportRoutes());

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/requests/kinds",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "Request kinds of the active profile, in plain words, with their fields and rules",
      responses: ok("Kinds", RequestKindsRes),
    }),
    (c) => {
      const profile = c.get("deps").profile();
      const actor = requireActor(c.get("actor"));
      const data = profile.request_kinds.map((k) => presentKind(profile, actor, k));
      return c.json({ data }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/requests/preview",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "Whether this act needs approval, why (clauses) and who would approve — without creating anything",
      request: body(PreviewReq),
      responses: ok("Decision", RequestPreviewRes),
    }),
    async (c) => {
      const input = c.req.valid("json");
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const profile = deps.profile();
      const { spec, rule } = kindOrThrow(profile, input.kind);
      const facts = await checkAssets(
        deps.database.db,
        profile,
        spec,
        requesterOf(actor),
        input.assetIds,
        null,
      );
      const answers = choiceAnswers(spec, input.fields ?? {});
      const decision = evaluateApproval(profile, rule.key as RequestKindKey, facts.map(toFacts), answers);
      const encryption = evaluateEncryption(profile, rule.key as RequestKindKey, facts.map(toFacts), answers);
      return c.json({ data: presentPreview(decision, encryption) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/requests",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "Create a request (draft) with the decision it rests on",
      request: body(RequestCreateReq),
      responses: {
        201: { description: "Created", content: { "application/json": { schema: RequestRes } } },
        ...errorResponses,
      },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const { rule } = kindOrThrow(deps.profile(), input.kind);
      if (!can(actor, "file", "request_kind", rule)) throw filingRefused(deps.profile(), rule);
      const row = await createRequest(
        deps.database.db,
        ctxOf(c),
        deps.profile(),
        requesterOf(actor),
        input,
        deps.now(),
      );
      const ref = refOf(row, []);
      const assets = await assetsOf(deps.database.db, row.id);
      const data = presentRequest(deps.profile(), actor, row, ref, {
        assets,
        labels: await assetLabels(
          deps.database.db,
          { actor, profile: deps.profile() },
          assets.map((a) => a.assetId),
        ),
      });
      return c.json({ data, policies: data.policies }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/requests",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "My requests, requests waiting for my decision, or all I may see",
      request: { query: ListQuery },
      responses: ok("Requests", RequestListRes),
    }),
    async (c) => {
      const q = c.req.valid("query");
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const rows = await listRequests(
        db,
        actor,
        requestVisibilitySql(actor),
        stepHolderSql(actor, "current"),
        {
          scope: q.scope,
          status: q.status?.split(",").filter(Boolean),
          kind: q.kind,
          followUp: q.followUp
            ? followUpSql(actor, q.followUp, deps.now(), stepHolderSql(actor, "first"))
            : undefined,
          limit: q.limit,
        },
      );
      const names = await personNames(
        db,
        rows.map((r) => r.requesterPersonId),
      );
      const decided = rows.length
        ? await db
            .select({ requestId: requestDecisions.requestId, personId: requestDecisions.personId })
            .from(requestDecisions)
            .where(
              inArray(
                requestDecisions.requestId,
                rows.map((r) => r.id),
              ),
            )
        : [];
      const data = rows.map((r) =>
        presentSummary(
          deps.profile(),
          actor,
          r,
          refOf(
            r,
            decided.filter((d) => d.requestId === r.id).map((d) => d.personId),
          ),
          names,
        ),
      );
      return c.json({ data }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/requests/notifications",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "My in-app notifications about requests",
      request: { query: z.object({ unread: z.enum(["true", "false"]).optional() }) },
      responses: ok("Notifications", RequestNotificationsRes),
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const unread = c.req.valid("query").unread === "true";
      const rows = await listNotifications(c.get("deps").database.db, actor.personId, {
        module: "requests",
        unread,
      });
      const data = rows.map(presentRequestNotification);
      return c.json({ data }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/requests/notifications/{id}/read",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "Mark a notification read",
      request: { params: IdParam },
      responses: ok("Read", RequestNotificationRes),
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const row = await markNotificationRead(
        deps.database.db,
        ctxOf(c),
        c.req.valid("param").id,
        actor.personId,
        deps.now(),
      );
      if (!row) throw notFound({ ja: "通知", en: "The notification" });
      return c.json({ data: row }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/requests/overrides",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "Report of self-approvals with their recorded reasons (for the CISO)",
      responses: ok("Overrides", RequestOverridesRes),
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      authorize(actor, "readOverrides", "request_report", null);
      const db = c.get("deps").database.db;
      const rows = await listOverrides(db);
      return c.json({ data: rows }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/requests/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "A request with its assets (classification and handling restrictions), approvers and decisions",
      request: { params: IdParam },
      responses: ok("Request", RequestRes),
    }),
    (c) => detail(c, c.req.valid("param").id),
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/requests/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "Edit a draft (fields, assets); the approval decision is evaluated again (409 unless a draft)",
      request: { params: IdParam, ...body(RequestUpdateReq) },
      responses: ok("The request after the edit", RequestRes),
    }),
    async (c) => {
      const id = c.req.valid("param").id;
      const input = c.req.valid("json");
      const { actor, ref } = await visible(c, id);
      authorize(actor, "actAsRequester", "request", ref);
      const deps = c.get("deps");
      await updateDraft(
        deps.database.db,
        ctxOf(c),
        deps.profile(),
        requesterOf(actor),
        id,
        input,
        deps.now(),
      );
      return detail(c, id);
    },
  );

  const action = <T extends z.ZodType>(
    name: string,
    summary: string,
    schema: T,
    run: (c: C, id: string, input: z.infer<T>) => Promise<unknown>,
  ) =>
    app.openapi(
      createRoute({
        method: "post",
        path: `/api/requests/{id}/${name}`,
        tags: TAG,
        security: SESSION_ROUTE,
        summary,
        request: { params: IdParam, ...body(schema) },
        responses: ok("The request after the action", RequestRes),
      }),
      // biome-ignore lint/suspicious/noExplicitAny: one handler shape for every action route
      async (c: any) => {
        const id = c.req.valid("param").id as string;
        await run(c, id, c.req.valid("json"));
        return detail(c, id);
      },
    );

  const deps = (c: C) => c.get("deps");
  const asRequester = async (c: C, id: string) => {
    const v = await visible(c, id);
    authorize(v.actor, "actAsRequester", "request", v.ref);
    return v;
  };

  action("submit", "Submit (or resubmit after a return) for approval", SubmitReq, async (c, id, input) => {
    const { actor } = await asRequester(c, id);
    await submitRequest(
      deps(c).database.db,
      ctxOf(c),
      deps(c).profile(),
      requesterOf(actor),
      id,
      input,
      deps(c).now(),
    );
  });
  const decisions = [
    [
      "approve",
      "Approve the waiting step (403 separation_of_duties for one's own request without an override)",
      ApproveReq,
    ],
    ["reject", "Reject (reason required)", RejectReq],
    ["return", "Return for changes (reason required)", RejectReq],
  ] as const;
  for (const [decision, summary, schema] of decisions) {
    action(decision, summary, schema, async (c, id, input) => {
      const { actor } = await visible(c, id);
      await decideRequest(
        deps(c).database.db,
        ctxOf(c),
        deps(c).profile(),
        actor,
        id,
        decision,
        input,
        deps(c).now(),
      );
    });
  }
  action(
    "start",
    "Record that the approved act started (e.g. the asset was carried out)",
    StartReq,
    async (c, id, input) => {
      await asRequester(c, id);
      await startRequest(deps(c).database.db, ctxOf(c), deps(c).profile(), id, input, deps(c).now());
    },
  );
  action(
    "return-report",
    "Report a carried-out asset back (帰庁後の報告)",
    ReturnReportReq,
    async (c, id, input) => {
      await asRequester(c, id);
      await reportReturn(deps(c).database.db, ctxOf(c), deps(c).profile(), id, input, deps(c).now());
    },
  );
  action(
    "complete",
    "Complete with what the kind needs (return confirmed, disposal evidence, provision record)",
    CompleteReq,
    async (c, id, input) => {
      const { actor, ref } = await visible(c, id);
      const approverOnly = KINDS[ref.kind as RequestKindKey]?.followUp === "return_report";
      if (
        approverOnly
          ? !can(actor, "actAsApprover", "request", ref) || actor.personId === ref.requesterPersonId
          : !can(actor, "actAsRequester", "request", ref) && !can(actor, "actAsApprover", "request", ref)
      )
        throw forbidden(
          approverOnly ? "返却の確認は承認者が行います。" : "この申請を完了する権限がありません。",
          approverOnly ? "The approver confirms the return." : "You may not complete this request.",
        );
      await completeRequest(
        deps(c).database.db,
        ctxOf(c),
        deps(c).profile(),
        actor,
        id,
        input,
        deps(c).now(),
      );
    },
  );
  action("cancel", "Cancel (requester; not once in effect)", CancelReq, async (c, id, input) => {
    await asRequester(c, id);
    await cancelRequest(deps(c).database.db, ctxOf(c), deps(c).profile(), id, input, deps(c).now());
  });
  action(
    "post-report",
    "Post-report of an emergency exception (事後報告)",
    PostReportReq,
    async (c, id, input) => {
      await asRequester(c, id);
      await postReport(deps(c).database.db, ctxOf(c), deps(c).profile(), id, input, deps(c).now());
    },
  );

  return app;
}
