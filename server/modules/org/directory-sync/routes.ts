import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { authorize, requireActor, serialize } from "../../../access";
import { refuseSelfGrant } from "../../../access/self-grant";
import type { Actor, AppEnv } from "../../../http/context";
import { AppError } from "../../../http/errors";
import {
  jsonBody as body,
  createRouter,
  requestContext as ctxOf,
  errorResponses,
  jsonContent as json,
  SESSION_ROUTE,
} from "../../../http/router";
import { applyRun, dryRun, loadRun, planCounts, recentRuns, recordDryRun, type SyncRun } from "./commands";
import { describeLdapConfig, type LdapSyncConfig, ldapConfigFromEnv } from "./config";
import { CHANGE_KINDS, disableShare, type SyncPlan } from "./plan";

const TAG = ["directory sync"];
export const DIRECTORY_SYNC_PATH = "/api/accounts/directory-sync";

const Counts = z.record(z.string(), z.number());
const Change = z.object({
  kind: z.enum(CHANGE_KINDS),
  employeeNumber: z.string(),
  dn: z.string().nullable(),
  personId: z.string().nullable(),
  name: z.string(),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
});
const EntryError = z.object({
  dn: z.string(),
  attribute: z.string().nullable(),
  code: z.string(),
  message_ja: z.string(),
  message_en: z.string(),
});
export const Run = z
  .object({
    id: z.string(),
    status: z.enum(["previewed", "applied", "failed"]),
    createdAt: z.string(),
    byJob: z.boolean(),
    appliedAt: z.string().nullable(),
    counts: Counts,
    failure: z.object({ code: z.string(), message_ja: z.string(), message_en: z.string() }).nullable(),
    disable: z.object({ count: z.number(), share: z.number(), needsConfirmation: z.boolean() }),
    departments: z.array(
      z.object({
        kind: z.enum(["new", "renamed"]),
        code: z.string(),
        name: z.string(),
        from: z.string().nullable(),
        dn: z.string(),
      }),
    ),
    changes: z.object({ total: z.number(), items: z.array(Change) }),
    errors: z.object({ total: z.number(), items: z.array(EntryError) }),
    policies: z.record(z.string(), z.boolean()),
  })
  .openapi("DirectorySyncRun");
export const Overview = z
  .object({
    configured: z.boolean(),
    config: z.record(z.string(), z.unknown()).nullable(),
    runs: z.array(Run.omit({ departments: true, changes: true, errors: true })),
    policies: z.record(z.string(), z.boolean()),
  })
  .openapi("DirectorySyncOverview");
const RunQuery = z.object({
  kind: z.enum(CHANGE_KINDS).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});
const IdParam = z.object({ id: z.uuid() });
const ApplyReq = z
  .object({
    confirmMassDisable: z.boolean().optional().openapi({
      description: "無効化が上限を超えても反映する / apply although more than the allowed share is disabled",
    }),
  })
  .strict();

const notConfigured = () =>
  new AppError(
    409,
    "directory_not_configured",
    "ディレクトリ（LDAP）連携が設定されていません（LDAP_URL）。",
    "Directory (LDAP) sync is not configured (LDAP_URL).",
  );

function configOf(c: Context<AppEnv>): LdapSyncConfig | null {
  return ldapConfigFromEnv(c.get("deps").config.env ?? process.env);
}

function presentRun(actor: Actor, run: SyncRun, maxShare: number, page: z.infer<typeof RunQuery> = {}) {
  const plan = run.plan as SyncPlan | null;
  const share = plan ? disableShare(plan, maxShare) : { disabling: 0, share: 0, exceeds: false };
  const people = (plan?.people ?? []).filter((p) => !page.kind || p.kind === page.kind);
  const offset = page.offset ?? 0;
  const limit = page.limit ?? 100;
  return {
    id: run.id,
    status: run.status,
    createdAt: run.createdAt.toISOString(),
    byJob: run.createdBy === null,
    appliedAt: run.appliedAt?.toISOString() ?? null,
    counts: plan ? planCounts(plan) : {},
    failure: (run.failure as { code: string; message_ja: string; message_en: string } | null) ?? null,
    disable: { count: share.disabling, share: share.share, needsConfirmation: share.exceeds },
    departments: (plan?.departments ?? []).map(({ kind, code, name, from, dn }) => ({
      kind,
      code,
      name,
      from,
      dn,
    })),
    changes: {
      total: people.length,
      items: people
        .slice(offset, offset + limit)
        .map((p) => ({ ...p, changes: p.changes as Record<string, { from: unknown; to: unknown }> })),
    },
    errors: { total: plan?.errors.length ?? 0, items: (plan?.errors ?? []).slice(offset, offset + limit) },
    policies: serialize(actor, "directorySync", { status: run.status }),
  };
}

export function directorySyncRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: "get",
      path: DIRECTORY_SYNC_PATH,
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "ディレクトリ同期の設定と実行履歴 / Directory sync settings and runs",
      responses: {
        200: json(Overview, "Settings (without the bind password) and the latest runs"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = authorize(c.get("actor"), "read", "directorySync", {});
      const config = configOf(c);
      const runs = await recentRuns(c.get("deps").database.db);
      return c.json(
        {
          configured: config !== null,
          config: config ? describeLdapConfig(config) : null,
          runs: runs.map((r) => {
            const {
              departments: _d,
              changes: _c,
              errors: _e,
              ...summary
            } = presentRun(actor, r, config?.maxDisableShare ?? 0.1, { limit: 1 });
            return summary;
          }),
          policies: serialize(actor, "directorySync", {}),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${DIRECTORY_SYNC_PATH}/preview`,
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "ドライラン（差分の確認・未反映）/ Dry run: read the directory and keep its differences",
      request: body(z.object({}).strict()),
      responses: {
        201: json(Run, "The dry run"),
        409: { description: "directory_not_configured" },
        502: { description: "directory_unavailable (nothing recorded)" },
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = authorize(c.get("actor"), "preview", "directorySync", {});
      const config = configOf(c);
      if (!config) throw notConfigured();
      const deps = c.get("deps");
      const plan = await dryRun(deps.database.db, config);
      const run = await recordDryRun(deps.database.db, ctxOf(c), plan, deps.now());
      return c.json(presentRun(actor, run, config.maxDisableShare), 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${DIRECTORY_SYNC_PATH}/runs/{id}`,
      tags: TAG,
      security: SESSION_ROUTE,
      request: { params: IdParam, query: RunQuery },
      responses: { 200: json(Run, "A run with a page of its differences and errors"), ...errorResponses },
    }),
    async (c) => {
      const actor = authorize(c.get("actor"), "read", "directorySync", {});
      const run = await loadRun(c.get("deps").database.db, c.req.valid("param").id);
      return c.json(presentRun(actor, run, configOf(c)?.maxDisableShare ?? 0.1, c.req.valid("query")), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${DIRECTORY_SYNC_PATH}/runs/{id}/apply`,
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "ドライランの承認・反映 / Approve and apply a dry run (all or nothing)",
      request: { params: IdParam, ...body(ApplyReq) },
      responses: {
        200: json(Run, "Applied"),
        409: {
          description:
            "directory_changed / directory_has_errors / mass_disable_unconfirmed / run_not_previewed",
        },
        502: { description: "directory_unavailable (nothing applied)" },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const input = c.req.valid("json");
      const actor = requireActor(c.get("actor"));
      authorize(actor, "read", "directorySync", {});
      const deps = c.get("deps");
      const run = await loadRun(deps.database.db, id);
      authorize(actor, "apply", "directorySync", { status: run.status });
      const config = configOf(c);
      if (!config) throw notConfigured();
      // The directory is a side door to one's own 課 (#12 item 4): a run that moves whoever
      // applies it is applied by another administrator (the digest check keeps this plan's people).
      const self = (run.plan as SyncPlan | null)?.people.find(
        (p) => p.personId === actor.personId && p.changes.department,
      );
      if (self)
        await refuseSelfGrant(
          deps.database.db,
          ctxOf(c),
          deps.profile(),
          "own_department",
          { via: "directory_sync", runId: run.id, ...self.changes.department },
          deps.now(),
        );
      const done = await applyRun(
        deps.database.db,
        ctxOf(c),
        id,
        config,
        { confirmMassDisable: input.confirmMassDisable === true, profile: deps.profile() },
        deps.now(),
      );
      return c.json(presentRun(actor, done, config.maxDisableShare), 200);
    },
  );

  return app;
}
