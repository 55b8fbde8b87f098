/**
 * The criteria screen's answer: the sections of the rules for external services with the text in
 * force (西原村 9.2(1)…), and the services whose provider's reliability is to be judged (9.2(2)⑨)
 * with their latest judgement. Null where the profile names no rules (川崎市: 別に定める).
 */

import { sql } from "drizzle-orm";
import type { Duty } from "../../../common/duties";
import { type Label, RELIABILITY_JUDGEMENT_LABELS } from "../../../common/labels";
import { can } from "../../access";
import type { Db } from "../../db/client";
import { rowsOf } from "../../db/sql";
import { departmentNameSql, personNames } from "../../directory";
import type { Actor } from "../../http/context";
import type { Profile } from "../../profile";
import { serviceVisibilitySql } from "./access";
import { currentCriteria, latestJudgements } from "./commands/criteria";
import { clauseLabel } from "./domain/contract";
import type { ReliabilityJudgement } from "./tables";

export const JUDGEMENT_LABELS: Record<ReliabilityJudgement, Label> = RELIABILITY_JUDGEMENT_LABELS;

function rolesOf(profile: Profile, duty: Duty) {
  const roles = profile.roles.filter((r) => r.duties.includes(duty));
  return { ja: roles.map((r) => r.title.ja).join("・"), en: roles.map((r) => r.title.en).join(", ") };
}

export async function presentCriteria(db: Db, actor: Actor, profile: Profile) {
  const section = profile.suppliers?.external_services;
  const criteria = section?.criteria;
  if (!section || !criteria) return null;
  const current = await currentCriteria(db);
  const rule = criteria.reliability;
  const services = rule ? await servicesToJudge(db, actor, rule.paths) : [];
  const judgements = await latestJudgements(
    db,
    services.map((s) => s.id),
  );
  const names = await personNames(db, [
    ...[...current.values()].map((c) => c.writtenByPersonId),
    ...[...judgements.values()].map((j) => j.judgedByPersonId),
  ]);
  return {
    text: criteria.text,
    clause: criteria.clause,
    clauseLabel: clauseLabel(criteria.clause),
    writerRoles: rolesOf(profile, criteria.writer_duty),
    sections: criteria.sections.map((s) => {
      const c = current.get(s.key);
      return {
        key: s.key,
        title: s.title,
        text: s.text,
        clause: s.clause,
        clauseLabel: clauseLabel(s.clause),
        current: c
          ? {
              version: c.version,
              body: c.body,
              writtenAt: c.writtenAt.toISOString(),
              writtenByName: names.get(c.writtenByPersonId) ?? null,
            }
          : null,
      };
    }),
    reliability: rule
      ? {
          text: rule.text,
          clause: rule.clause,
          clauseLabel: clauseLabel(rule.clause),
          roles: rolesOf(profile, rule.duty),
          paths: section.paths
            .filter((p) => rule.paths.includes(p.key))
            .map((p) => ({ key: p.key, title: p.title })),
        }
      : null,
    services: services.map((s) => {
      const j = judgements.get(s.id);
      return {
        ...s,
        judgement: j
          ? {
              judgement: j.judgement,
              label: JUDGEMENT_LABELS[j.judgement],
              basis: j.basis,
              judgedOn: j.judgedOn,
              judgedByName: names.get(j.judgedByPersonId) ?? null,
            }
          : null,
      };
    }),
    policies: {
      write: can(actor, "write", "external_service_criteria", { duty: criteria.writer_duty }),
      judge: !!rule && can(actor, "judge", "external_service_criteria", { duty: rule.duty }),
    },
  };
}

/** Services in use or asked for on the judged paths that the viewer may see (unjudged first on screen). */
async function servicesToJudge(db: Db, actor: Actor, paths: readonly string[]) {
  return rowsOf<{
    id: string;
    name: string;
    provider: string;
    departmentName: string | null;
  }>(
    await db.execute(sql`
      select s.id, s.name, s.provider, ${departmentNameSql(sql`s.department_id`)} as "departmentName"
        from external_services s
       where s.state <> 'terminated'
         and s.path in (${sql.join(
           paths.map((p) => sql`${p}`),
           sql`, `,
         )})
         and ${serviceVisibilitySql(actor)}
       order by s.provider, s.name, s.id`),
  );
}
