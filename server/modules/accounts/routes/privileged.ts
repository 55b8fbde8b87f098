/**
 * /api/accounts/privileged — the register of privileged IDs and development IDs (特権ID台帳): who
 * holds each, what approved it, whether it was renamed from its initial name, its connection time
 * limit, its deputies, and for development IDs when development ends — each with the
 * reconciliation's findings and the profile's clauses (西原村 7.2(1)③, 7.2(5), 7.3(2)②; 川崎市
 * 第8章6(3), 第10章10(2)).
 */

import { createRoute, z } from "@hono/zod-openapi";
import { requireActor } from "../../../access";
import type { DbOrTx } from "../../../db/client";
import { personNames } from "../../../directory";
import type { Actor } from "../../../http/context";
import { createRouter, errorResponses, SESSION_ROUTE } from "../../../http/router";
import type { Profile } from "../../../profile";
import { requestLabels } from "../../requests";
import { deputiesOf } from "../commands/privileged";
import { accountsRule, reconcileSystems } from "../commands/reconciliation";
import { presentAccounts } from "../presenter";
import { listAccounts, listSystems } from "../queries";
import { answer } from "../responses";
import { PrivilegedRegisterRes } from "../responses-writes";
import { Paging } from "../schema";

const Query = z.object({ systemId: z.string().uuid().optional(), ...Paging });

export interface DeputyView {
  id: string;
  personId: string;
  personName: string | null;
  /** Shown only when the viewer may open the request. */
  requestNumber: number | null;
  startsAt: Date | null;
  endsAt: Date | null;
  active: boolean;
  clause: string;
}

async function deputyViews(db: DbOrTx, actor: Actor, accountIds: string[], now: Date) {
  const deputies = await deputiesOf(db, accountIds);
  const names = await personNames(
    db,
    deputies.map((d) => d.personId),
  );
  const labels = await requestLabels(
    db,
    actor,
    deputies.map((d) => d.requestId),
  );
  const by = new Map<string, DeputyView[]>();
  for (const d of deputies) {
    const label = labels.get(d.requestId);
    const list = by.get(d.accountId) ?? [];
    list.push({
      id: d.id,
      personId: d.personId,
      personName: names.get(d.personId) ?? null,
      requestNumber: label && !label.hidden ? label.number : null,
      startsAt: d.startsAt,
      endsAt: d.endsAt,
      active: !d.endedAt && (!d.startsAt || d.startsAt < now) && (!d.endsAt || d.endsAt > now),
      clause: d.clause,
    });
    by.set(d.accountId, list);
  }
  return by;
}

/** The register as the viewer may see it (the route's answer; web/src/contract.ts types it). */
export async function privilegedRegister(
  db: DbOrTx,
  actor: Actor,
  profile: Profile,
  now: Date,
  q: z.infer<typeof Query>,
) {
  const rule = accountsRule(profile);
  const rows = await listAccounts(db, actor, { ...q, privileged: true });
  // Holders see their own privileged IDs; findings are read over the systems the viewer keeps.
  const systems = await listSystems(db, actor, [...new Set(rows.map((r) => r.systemId))]);
  const { findings } = rows.length ? await reconcileSystems(db, profile, now, systems) : { findings: [] };
  const byAccount = new Map<string, Array<{ kind: string; clause: string }>>();
  for (const f of findings) {
    const list = byAccount.get(f.accountId) ?? [];
    list.push({ kind: f.kind, clause: f.clause });
    byAccount.set(f.accountId, list);
  }
  const shown = await presentAccounts(db, actor, profile, rows);
  const deputies = await deputyViews(
    db,
    actor,
    rows.map((r) => r.id),
    now,
  );
  return {
    accounts: shown.map((a) => {
      const own = deputies.get(a.id) ?? [];
      return {
        ...a,
        findings: byAccount.get(a.id) ?? [],
        deputies: own,
        /** The viewer may take it now: its holder, or a deputy in force (privileged_id.check_out). */
        mayCheckOut:
          a.state === "active" &&
          (a.personId === actor.personId || own.some((d) => d.active && d.personId === actor.personId)),
      };
    }),
    rules: {
      approval: rule.privileged_approval,
      defaultName: rule.privileged_ids.default_name,
      defaultNames: rule.privileged_ids.default_names,
      timeLimit: rule.privileged_ids.time_limit,
      development: rule.development_ids,
      checkout: rule.privileged_ids.checkout,
      deputy: rule.privileged_ids.deputy ?? null,
    },
  };
}

export function privilegedRoutes() {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/accounts/privileged",
      tags: ["accounts"],
      security: SESSION_ROUTE,
      summary:
        "特権ID・開発用IDの台帳（承認・初期名の変更・接続時間の制限・代行者・開発終了日と指摘）/ Register of privileged and development IDs with approvals, renaming, time limits, deputies and findings",
      request: { query: Query },
      responses: {
        200: answer("Privileged and development IDs with findings and the rules", PrivilegedRegisterRes),
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const data = await privilegedRegister(
        deps.database.db,
        actor,
        deps.profile(),
        deps.now(),
        c.req.valid("query"),
      );
      return c.json({ data }, 200);
    },
  );
  return app;
}
