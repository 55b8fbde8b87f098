/** /api/accounts/reconciliation — each system's IDs checked against the people register. */
import { createRoute, z } from "@hono/zod-openapi";
import { requireActor } from "../../../access";
import { departmentNames, personNames } from "../../../directory";
import { createRouter, errorResponses, SESSION_ROUTE } from "../../../http/router";
import { accountsRule, runReconciliation } from "../commands/reconciliation";
import { FINDING_KINDS } from "../domain/reconcile";
import { presentSystems } from "../presenter";
import { answer, ReconciliationRes } from "../responses";
import { Paging } from "../schema";

const Query = z.object({
  systemId: z.string().uuid().optional(),
  kind: z.enum(FINDING_KINDS).optional(),
  ...Paging,
});

export function reconciliationRoutes() {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/accounts/reconciliation",
      tags: ["accounts"],
      security: SESSION_ROUTE,
      summary:
        "職員名簿との突合（退職・異動・未使用・職員不明・重複・承認のない特権）/ Reconciliation of IDs against the people register, with the transfer and the clause",
      request: { query: Query },
      responses: {
        200: answer("Counts by kind and the findings (paged)", ReconciliationRes),
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const profile = deps.profile();
      const q = c.req.valid("query");
      const rule = accountsRule(profile);
      const { systems, activeCount, accounts, findings } = await runReconciliation(
        db,
        actor,
        profile,
        deps.now(),
        q.systemId,
      );
      const counts = Object.fromEntries(FINDING_KINDS.map((k) => [k, 0]));
      for (const f of findings) counts[f.kind]++;
      const page = findings.filter((f) => !q.kind || f.kind === q.kind).slice(q.offset, q.offset + q.limit);
      const people = await personNames(
        db,
        page.map((f) => f.personId).filter((x): x is string => !!x),
      );
      const units = await departmentNames(
        db,
        page
          .flatMap((f) => [f.transfer?.fromDepartmentId, f.transfer?.toDepartmentId])
          .filter((x): x is string => !!x),
      );
      const shown = await presentSystems(
        db,
        actor,
        profile,
        systems.filter((s) => page.some((f) => f.systemId === s.id)),
      );
      const systemName = new Map(shown.map((s) => [s.id, s.name]));
      const ruleText = {
        retired: rule.leavers.text,
        unknown_person: rule.leavers.text,
        unfit_department: rule.transfers.text,
        unused: rule.unused.text,
        duplicate: rule.one_per_person.text,
        privileged_unapproved: rule.privileged_approval.text,
        privileged_default_name: rule.privileged_ids.default_name.text,
        privileged_no_time_limit: rule.privileged_ids.time_limit.text,
        development_expired: rule.development_ids.text,
      };
      return c.json(
        {
          data: {
            systems: systems.length,
            accounts: activeCount,
            unusedDays: rule.unused.days,
            counts,
            total: findings.filter((f) => !q.kind || f.kind === q.kind).length,
            findings: page.map((f) => {
              const a = accounts.get(f.accountId);
              return {
                ...f,
                loginName: a?.loginName ?? null,
                privileged: a?.privileged ?? false,
                lastUsedOn: a?.lastUsedOn ?? null,
                systemName: systemName.get(f.systemId) ?? null,
                personName: f.personId ? (people.get(f.personId) ?? null) : null,
                transfer: f.transfer && {
                  ...f.transfer,
                  fromDepartmentName: f.transfer.fromDepartmentId
                    ? (units.get(f.transfer.fromDepartmentId) ?? null)
                    : null,
                  toDepartmentName: f.transfer.toDepartmentId
                    ? (units.get(f.transfer.toDepartmentId) ?? null)
                    : null,
                },
                ruleText: ruleText[f.kind],
              };
            }),
          },
        },
        200,
      );
    },
  );
  return app;
}
