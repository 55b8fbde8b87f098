/**
 * /api/accounts/privileged — the register of privileged IDs and development IDs (特権ID台帳): who
 * holds each, what approved it, whether it was renamed from its initial name, its connection time
 * limit, and for development IDs when development ends — each with the reconciliation's findings
 * and the profile's clauses (西原村 7.2(1)③, 7.2(5), 7.3(2)②; 川崎市 第8章6(3), 第10章10(2)).
 */
import { createRoute, z } from "@hono/zod-openapi";
import { requireActor } from "../../../access";
import { createRouter, errorResponses, SESSION_ROUTE } from "../../../http/router";
import { accountsRule, reconcileSystems } from "../commands/reconciliation";
import { presentAccounts } from "../presenter";
import { listAccounts, listSystems } from "../queries";
import { ok, Paging } from "../schema";

const Query = z.object({ systemId: z.string().uuid().optional(), ...Paging });

export function privilegedRoutes() {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/accounts/privileged",
      tags: ["accounts"],
      security: SESSION_ROUTE,
      summary:
        "特権ID・開発用IDの台帳（承認・初期名の変更・接続時間の制限・開発終了日と指摘）/ Register of privileged and development IDs with approvals, renaming, time limits and findings",
      request: { query: Query },
      responses: { 200: ok("Privileged and development IDs with findings and the rules"), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const profile = deps.profile();
      const rule = accountsRule(profile);
      const q = c.req.valid("query");
      const rows = await listAccounts(db, actor, { ...q, privileged: true });
      // Holders see their own privileged IDs; findings are read over the systems the viewer keeps.
      const systems = await listSystems(db, actor, [...new Set(rows.map((r) => r.systemId))]);
      const { findings } = rows.length
        ? await reconcileSystems(db, profile, deps.now(), systems)
        : { findings: [] };
      const byAccount = new Map<string, Array<{ kind: string; clause: string }>>();
      for (const f of findings) {
        const list = byAccount.get(f.accountId) ?? [];
        list.push({ kind: f.kind, clause: f.clause });
        byAccount.set(f.accountId, list);
      }
      const shown = await presentAccounts(db, actor, rows);
      return c.json(
        {
          data: {
            accounts: shown.map((a) => ({ ...a, findings: byAccount.get(a.id) ?? [] })),
            rules: {
              approval: rule.privileged_approval,
              defaultName: rule.privileged_ids.default_name,
              defaultNames: rule.privileged_ids.default_names,
              timeLimit: rule.privileged_ids.time_limit,
              development: rule.development_ids,
            },
          },
        },
        200,
      );
    },
  );
  return app;
}
