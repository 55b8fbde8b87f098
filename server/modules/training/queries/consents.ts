/**
 * The list of 同意書 (西原村 6.1(2)②, 川崎市 第2章5(4)イ): for each person of the employment types
 * the profile names, in their 課 of today, every consent asked of them (version, when asked,
 * signed or received on paper and when), and where they stand on the current text — signed, asked
 * and still to sign, or not asked (the 課長 decides it is needed: 必要に応じ, so "not asked" is
 * shown, not counted as late). Per 課: how many are eligible, signed, pending, not asked.
 */
import { sql } from "drizzle-orm";
import { todayJst } from "../../../../common/calendar";
import type { DbOrTx } from "../../../db/client";
import { rowsOf } from "../../../db/sql";
import { arrayLiteral } from "../../../db/unnest";
import { departmentNameSql } from "../../../directory";
import type { Profile } from "../../../profile";
import { membersOnDaySql } from "../../org";
import { consentTextVersion } from "../commands/consents";
import { trainingConsents } from "../tables";

export type ConsentStanding = "signed" | "pending" | "not_requested";
export const CONSENT_STANDING_LABELS: Record<ConsentStanding, { ja: string; en: string }> = {
  signed: { ja: "署名済み", en: "Signed" },
  pending: { ja: "依頼済み・未署名", en: "Asked, not yet signed" },
  not_requested: { ja: "未依頼", en: "Not asked" },
};

interface Row {
  person_id: string;
  name: string;
  employee_number: string | null;
  employment_type: string;
  department_id: string | null;
  department_name: string | null;
  consents: Array<{
    id: string;
    text_version: string;
    requested_at: string;
    signed_at: string | null;
    signed_method: "app" | "paper" | null;
  }> | null;
}

export async function consentList(
  db: DbOrTx,
  profile: Profile,
  units: "all" | { unitIds: string[] },
  filter: { departmentId?: string; standing?: ConsentStanding },
  now: Date,
) {
  const rule = profile.training?.consent;
  if (!rule) return null;
  const version = consentTextVersion(profile.id, rule.text.ja);
  const unitIds = filter.departmentId ? [filter.departmentId] : units === "all" ? undefined : units.unitIds;
  const types = arrayLiteral(rule.employment_types);
  const rows = rowsOf<Row>(
    await db.execute(sql`
    select m.person_id, m.name, m.employee_number, m.employment_type, m.department_id,
      ${departmentNameSql(sql`m.department_id`)} as department_name,
      (select json_agg(json_build_object('id', c.id, 'text_version', c.text_version,
                'requested_at', c.requested_at, 'signed_at', c.signed_at, 'signed_method', c.signed_method)
              order by c.requested_at)
         from ${trainingConsents} c where c.person_id = m.person_id) as consents
    from (${membersOnDaySql(todayJst(now), { unitIds })}) m
    where m.employment_type = any(${types}::text[])
    order by m.unit_sort nulls last, m.unit_code, m.name_kana nulls last, m.name`),
  );
  const people = rows.map((r) => {
    const current = (r.consents ?? []).find((c) => c.text_version === version);
    const standing: ConsentStanding = !current ? "not_requested" : current.signed_at ? "signed" : "pending";
    return {
      personId: r.person_id,
      name: r.name,
      employeeNumber: r.employee_number,
      employmentType: r.employment_type,
      departmentId: r.department_id,
      departmentName: r.department_name,
      standing,
      standingLabel: CONSENT_STANDING_LABELS[standing],
      consents: (r.consents ?? []).map((c) => ({
        id: c.id,
        textVersion: c.text_version,
        current: c.text_version === version,
        requestedAt: new Date(c.requested_at).toISOString(),
        signedAt: c.signed_at ? new Date(c.signed_at).toISOString() : null,
        signedMethod: c.signed_method,
      })),
    };
  });
  const byUnit = new Map<
    string,
    {
      departmentId: string | null;
      departmentName: string | null;
      eligible: number;
      signed: number;
      pending: number;
      notRequested: number;
    }
  >();
  for (const p of people) {
    const key = p.departmentId ?? "";
    const u = byUnit.get(key) ?? {
      departmentId: p.departmentId,
      departmentName: p.departmentName,
      eligible: 0,
      signed: 0,
      pending: 0,
      notRequested: 0,
    };
    u.eligible++;
    if (p.standing === "signed") u.signed++;
    else if (p.standing === "pending") u.pending++;
    else u.notRequested++;
    byUnit.set(key, u);
  }
  return {
    rule: {
      clause: rule.clause,
      text: rule.text,
      textVersion: version,
      employmentTypes: rule.employment_types as string[],
    },
    units: [...byUnit.values()],
    people: filter.standing ? people.filter((p) => p.standing === filter.standing) : people,
  };
}
