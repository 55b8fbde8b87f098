/**
 * A person's leave or retirement takes effect (the org module applies it): their active IDs in
 * every system are flagged to the people who stop them — each system's administrator, else the
 * keepers of its owner 課 (manage_department_security) — in the transaction that applies it, with
 * its audit event (profile `accounts.leavers`: 西原村 7.2(1)②, 川崎市 第8章6(2)イ 「速やかに」).
 * The ID itself is stopped by its keeper in the system, then recorded here; until then the
 * reconciliation lists it as `retired`.
 */

import { and, eq } from "drizzle-orm";
import { clauseLabel } from "../../../../common/clause-label";
import { type AuditContext, recordEvent } from "../../../audit/record";
import type { DbOrTx } from "../../../db/client";
import { departmentUnit, holdersOf } from "../../../directory";
import { defineKindTexts, notify } from "../../../notify";
import type { Profile } from "../../../profile";
import { accountSystems, systemAccounts } from "../tables";

defineKindTexts("accounts", {
  leaver_ids: { ja: "休職・退職した職員のIDがあります", en: "IDs of a person who left are active" },
});

export interface Leaver {
  personId: string;
  personName: string;
  reason: "leave" | "retirement";
  effectiveDate: string;
  /** The separation that took effect (the org module's record). */
  separationId: string;
}

export interface FlaggedId {
  accountId: string;
  systemId: string;
  loginName: string;
}

const REASON = { leave: { ja: "休職", en: "leave" }, retirement: { ja: "退職", en: "retirement" } } as const;

export async function flagIdsOfLeaver(
  tx: DbOrTx,
  ctx: AuditContext | null,
  profile: Profile,
  leaver: Leaver,
  now: Date,
): Promise<FlaggedId[]> {
  const rows = await tx
    .select({
      accountId: systemAccounts.id,
      systemId: systemAccounts.systemId,
      loginName: systemAccounts.loginName,
      departmentId: accountSystems.departmentId,
      administratorPersonId: accountSystems.administratorPersonId,
    })
    .from(systemAccounts)
    .innerJoin(accountSystems, eq(accountSystems.id, systemAccounts.systemId))
    .where(and(eq(systemAccounts.personId, leaver.personId), eq(systemAccounts.state, "active")));
  if (!rows.length) return [];
  const clause = profile.accounts?.leavers.clause ?? null;
  const bySystem = new Map<string, typeof rows>();
  for (const r of rows) bySystem.set(r.systemId, [...(bySystem.get(r.systemId) ?? []), r]);
  for (const [systemId, ids] of bySystem) {
    const first = ids[0];
    let to = first.administratorPersonId ? [first.administratorPersonId] : [];
    if (!to.length) {
      const unit = await departmentUnit(tx, first.departmentId);
      const over = { departmentId: first.departmentId, bureauId: unit?.bureauId ?? null };
      to = (await holdersOf(tx, profile, "manage_department_security", over, now)).map((h) => h.personId);
    }
    const names = ids.map((i) => i.loginName).join("、");
    await notify(tx, {
      to,
      module: "accounts",
      kind: "leaver_ids",
      record: { type: "account_system", id: systemId },
      link: "/accounts/reconciliation",
      now,
      message: {
        ja: `${leaver.personName}さんの${REASON[leaver.reason].ja}（${leaver.effectiveDate}）により、ID ${names} を速やかに停止してください${clause ? `（根拠: ${clauseLabel(clause)}）` : ""}。`,
        en: `${leaver.personName}'s ${REASON[leaver.reason].en} took effect on ${leaver.effectiveDate}: stop ID ${names} promptly${clause ? ` (clause: ${clauseLabel(clause)})` : ""}.`,
      },
    });
  }
  const flagged = rows.map(({ accountId, systemId, loginName }) => ({ accountId, systemId, loginName }));
  await recordEvent(
    tx,
    ctx,
    {
      type: "accounts.leaver_ids_flagged",
      targetType: "person",
      targetId: leaver.personId,
      data: {
        separationId: leaver.separationId,
        reason: leaver.reason,
        ids: flagged,
        clause,
      },
    },
    now,
  );
  return flagged;
}
