/** Write fixtures of 自己点検・監査 (assurance): the rules are described in ./index.ts. */

import { sql } from "drizzle-orm";
import type { World } from "../matrix-world";
import { A, type WriteFixture } from "./shared";

/** An open finding of department A (as a self-inspection gap would leave it), or of another unit. */
export async function assuranceFinding(w: World, departmentId = A(w)): Promise<string> {
  const res = (await w.t.database.db.execute(sql`
    insert into assurance_findings (profile_id, source, clause_id, department_id, title, severity, due_date, state, created_at, updated_at)
    values (${w.t.deps.profile().id}, 'answer', 'nishihara:対策基準/10.2/(1)/②', ${departmentId}, '掲示されたパスワード', 'medium', '2026-06-30', 'open', now(), now())
    returning id`)) as unknown as { rows: Array<{ id: string }> };
  return res.rows[0].id;
}

/** An improvement plan of department A by its 課長, submitted when asked. */
export async function assurancePlan(w: World, submitted: boolean): Promise<string> {
  const res = await w.clients.managerA.post("/api/assurance/improvement-plans", {
    title: "改善計画",
    description: "掲示物の撤去",
    departmentId: A(w),
    findingIds: [await assuranceFinding(w)],
  });
  const id = ((await res.json()) as { data: { id: string } }).data.id;
  if (submitted) await w.clients.managerA.post(`/api/assurance/improvement-plans/${id}/submit`);
  return id;
}

/** A finding of department B: department A's manager may not read it. */
const findingOfB = (w: World) => assuranceFinding(w, w.deptB.id);

export const ASSURANCE_FIXTURES: Record<string, WriteFixture> = {
  "POST /api/assurance/improvement-plans": {
    allow: ["managerA", "ciso"],
    bodyIds: {
      departmentId: {
        open: "the organization chart is read by everyone signed in (department.read); planning for another 課 is the route's own rule, tested by the matrix",
      },
      "findingIds[]": { hidden: findingOfB },
    },
    rule: "assurance_plan.create: the office (CISO, ネットワーク管理者) or a head of the plan's 課",
    async prepare(w) {
      return {
        url: "/api/assurance/improvement-plans",
        body: {
          title: "改善計画",
          description: "掲示物の撤去",
          departmentId: A(w),
          findingIds: [await assuranceFinding(w)],
        },
        watch: [["assurance_improvement_plans"]],
      };
    },
  },
  "POST /api/assurance/improvement-plans/{id}/submit": {
    allow: ["managerA", "ciso"],
    rule: "assurance_plan.submit: its author, a head of its 課 or the office, while draft or returned",
    async prepare(w) {
      const id = await assurancePlan(w, false);
      return {
        url: `/api/assurance/improvement-plans/${id}/submit`,
        body: {},
        watch: [["assurance_improvement_plans", id]],
      };
    },
  },
  "POST /api/assurance/improvement-plans/{id}/decision": {
    allow: [],
    witness: "committee",
    rule: "assurance_plan.approve: the profile's approver duty (西原村: committee_member), never the author",
    async prepare(w) {
      const id = await assurancePlan(w, true);
      return {
        url: `/api/assurance/improvement-plans/${id}/decision`,
        body: { decision: "approve" },
        watch: [["assurance_improvement_plans", id]],
      };
    },
  },
};
