import { createRoute, z } from "@hono/zod-openapi";
import { and, arrayContains, desc, eq, inArray, or, sql } from "drizzle-orm";
import { formatDateJa, formatFiscalYear, todayJst } from "../../../../common/calendar";
import { authorize, can, serialize } from "../../../access";
import { personNames } from "../../../directory";
import type { Actor } from "../../../http/context";
import { createRouter, requestContext as ctxOf, jsonBody, SESSION_ROUTE } from "../../../http/router";
import { readsAllDrills, type TrainingDuties } from "../access";
import {
  addDrillEvent,
  closeDrill,
  completeDrillAction,
  drillActions,
  loadDrill,
  loadDrillAction,
  planDrill,
} from "../commands/drills";
import { DrillActionDoneRes, DrillDetailRes, DrillListRes, DrillRes } from "../responses-records";
import { dutiesOf } from "../rules";
import { DrillCloseReq, DrillCreateReq, DrillEventReq, IdParam } from "../schema";
import { trainingDrillActions, trainingDrills } from "../tables";
import { created, env, iso, ok, TAG } from "./common";

type Drill = typeof trainingDrills.$inferSelect;
type Action = typeof trainingDrillActions.$inferSelect;

export const DRILL_STATUS_LABELS = {
  planned: { ja: "計画", en: "Planned" },
  held: { ja: "実施済み", en: "Held" },
} as const;

const DrillsQuery = z.object({ fiscalYear: z.coerce.number().int().min(2000).max(2100).optional() });

const drillRecord = (d: Drill, duties: TrainingDuties, actions: Action[]) => ({
  duties,
  participantPersonIds: d.participantPersonIds,
  actionOwnerIds: actions.map((a) => a.ownerPersonId),
});

function presentDrill(d: Drill, actor: Actor, duties: TrainingDuties, actions: Action[]) {
  return {
    id: d.id,
    fiscalYear: d.fiscalYear,
    fiscalYearLabel: formatFiscalYear(d.fiscalYear),
    title: d.title,
    scenario: d.scenario,
    organization: d.organization,
    scope: d.scope,
    plannedOn: d.plannedOn,
    plannedOnLabel: formatDateJa(d.plannedOn),
    status: d.status,
    statusLabel: DRILL_STATUS_LABELS[d.status],
    participantCount: d.participantPersonIds.length,
    lessons: d.lessons,
    createdAt: d.createdAt.toISOString(),
    policies: serialize(actor, "training_drill", drillRecord(d, duties, actions)),
  };
}

export function drillRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/training/drills",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "緊急時対応訓練の一覧 / Drills (organizers see all; others those they take part in)",
      request: { query: DrillsQuery },
      responses: ok("Drills with their state", DrillListRes),
    }),
    async (c) => {
      const { actor, db, profile } = env(c);
      const duties = dutiesOf(profile);
      const { fiscalYear } = c.req.valid("query");
      const all = readsAllDrills(actor, duties);
      const owned = all
        ? []
        : await db
            .select({ drillId: trainingDrillActions.drillId })
            .from(trainingDrillActions)
            .where(eq(trainingDrillActions.ownerPersonId, actor.personId));
      const rows = await db
        .select()
        .from(trainingDrills)
        .where(
          and(
            eq(trainingDrills.profileId, profile.id),
            fiscalYear ? eq(trainingDrills.fiscalYear, fiscalYear) : undefined,
            all
              ? undefined
              : or(
                  arrayContains(trainingDrills.participantPersonIds, [actor.personId]),
                  owned.length
                    ? inArray(
                        trainingDrills.id,
                        owned.map((o) => o.drillId),
                      )
                    : sql`false`,
                ),
          ),
        )
        .orderBy(desc(trainingDrills.plannedOn))
        .limit(500);
      return c.json(
        {
          data: {
            drills: rows.map((d) => presentDrill(d, actor, duties, [])),
            mayPlan: can(actor, "manage", "training_drill", { duties }),
          },
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/training/drills",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "訓練計画の登録（想定・体制・範囲・参加者・日付） / Plan a drill",
      request: jsonBody(DrillCreateReq),
      responses: created("The drill", DrillRes),
    }),
    async (c) => {
      const { actor, db, profile, now } = env(c);
      const duties = dutiesOf(profile);
      authorize(actor, "manage", "training_drill", { duties });
      const row = await planDrill(db, { ...ctxOf(c), actor }, profile, c.req.valid("json"), now);
      return c.json({ data: presentDrill(row, actor, duties, []) }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/training/drills/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "訓練の記録（経過・参加者・教訓・改善事項） / A drill with its run, lessons and improvement items",
      request: { params: IdParam },
      responses: ok("The drill", DrillDetailRes),
    }),
    async (c) => {
      const { actor, db, profile } = env(c);
      const duties = dutiesOf(profile);
      const drill = await loadDrill(db, profile.id, c.req.valid("param").id);
      const actions = await drillActions(db, drill.id);
      authorize(actor, "read", "training_drill", drillRecord(drill, duties, actions));
      const names = await personNames(db, [
        ...drill.participantPersonIds,
        ...drill.timeline.map((e) => e.byPersonId),
        ...actions.map((a) => a.ownerPersonId),
      ]);
      const name = (id: string) => names.get(id) ?? "—";
      return c.json(
        {
          data: {
            ...presentDrill(drill, actor, duties, actions),
            participants: drill.participantPersonIds.map((id) => ({ id, name: name(id) })),
            timeline: drill.timeline.map((e) => ({ at: e.at, text: e.text, by: name(e.byPersonId) })),
            actions: actions.map((a) => ({
              id: a.id,
              text: a.text,
              owner: name(a.ownerPersonId),
              deadline: a.deadline,
              deadlineLabel: formatDateJa(a.deadline),
              doneAt: iso(a.doneAt),
              mayComplete:
                !a.doneAt &&
                can(actor, "complete", "training_drill_action", { duties, ownerPersonId: a.ownerPersonId }),
            })),
          },
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/training/drills/{id}/events",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "訓練の経過の記録 / Add an entry to the drill's timeline",
      request: { params: IdParam, ...jsonBody(DrillEventReq) },
      responses: ok("The drill", DrillRes),
    }),
    async (c) => {
      const { actor, db, profile, now } = env(c);
      const duties = dutiesOf(profile);
      const { id } = c.req.valid("param");
      await loadDrill(db, profile.id, id);
      authorize(actor, "manage", "training_drill", { duties });
      const row = await addDrillEvent(db, { ...ctxOf(c), actor }, profile, id, c.req.valid("json"), now);
      return c.json({ data: presentDrill(row, actor, duties, []) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/training/drills/{id}/close",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "訓練の実施記録（教訓と改善事項） / Close the drill with lessons and improvement items",
      request: { params: IdParam, ...jsonBody(DrillCloseReq) },
      responses: ok("The drill, held", DrillRes),
    }),
    async (c) => {
      const { actor, db, profile, now } = env(c);
      const duties = dutiesOf(profile);
      const { id } = c.req.valid("param");
      await loadDrill(db, profile.id, id);
      authorize(actor, "manage", "training_drill", { duties });
      const row = await closeDrill(
        db,
        { ...ctxOf(c), actor },
        profile,
        id,
        c.req.valid("json"),
        todayJst(now),
        now,
      );
      return c.json({ data: presentDrill(row, actor, duties, []) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/training/drill-actions/{id}/done",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "改善事項の完了（担当者・主催者） / Mark an improvement item done",
      request: { params: IdParam },
      responses: ok("The item", DrillActionDoneRes),
    }),
    async (c) => {
      const { actor, db, profile, now } = env(c);
      const duties = dutiesOf(profile);
      const { action } = await loadDrillAction(db, profile.id, c.req.valid("param").id);
      authorize(actor, "complete", "training_drill_action", { duties, ownerPersonId: action.ownerPersonId });
      const row = await completeDrillAction(db, { ...ctxOf(c), actor }, action.id, now);
      return c.json({ data: { id: row.id, doneAt: iso(row.doneAt) } }, 200);
    },
  );

  return app;
}
