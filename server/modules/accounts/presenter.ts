/** What the API answers for systems, IDs and cards: names beside ids, and what the viewer may do. */
import { serialize } from "../../access";
import type { DbOrTx } from "../../db/client";
import { departmentNames, personNames } from "../../directory";
import type { Actor } from "../../http/context";
import type { Profile } from "../../profile";
import { assetLabels, labelText } from "../assets";
import type { AccountListRow, CardListRow, SystemListRow } from "./queries";

export async function presentSystems(db: DbOrTx, actor: Actor, profile: Profile, rows: SystemListRow[]) {
  const labels = await assetLabels(
    db,
    { actor, profile },
    rows.map((r) => r.assetId),
  );
  const depts = await departmentNames(db, [
    ...rows.map((r) => r.departmentId),
    ...rows.flatMap((r) => r.userDepartmentIds),
  ]);
  const names = await personNames(
    db,
    rows.map((r) => r.administratorPersonId).filter((x): x is string => !!x),
  );
  return rows.map((r) => ({
    ...r,
    name: labelText(labels.get(r.assetId)),
    asset: labels.get(r.assetId),
    departmentName: depts.get(r.departmentId) ?? null,
    userDepartments: r.userDepartmentIds.map((id) => ({ id, name: depts.get(id) ?? null })),
    administratorName: r.administratorPersonId ? (names.get(r.administratorPersonId) ?? null) : null,
    policies: serialize(actor, "account_system", r),
  }));
}

/**
 * IDs with their system's name, read through the assets face with the viewer's rights: a keeper
 * who sees a system's IDs (its administrator, a unit's manager) but may not open the system's
 * asset (機密性3 / 区分Ⅰ) gets 「閲覧権限のない情報資産」, as in the systems list (issue #11 item 2).
 * The ID's own holder is told which system it opens — they sign in to it, so its name tells them
 * nothing they do not know.
 */
export async function presentAccounts(db: DbOrTx, actor: Actor, profile: Profile, rows: AccountListRow[]) {
  const seen = await assetLabels(
    db,
    { actor, profile },
    rows.map((r) => r.assetId),
  );
  const held = rows.filter((r) => r.personId === actor.personId && seen.get(r.assetId)?.hidden !== false);
  const own = held.length
    ? await assetLabels(
        db,
        "system",
        held.map((r) => r.assetId),
      )
    : new Map();
  const names = await personNames(
    db,
    rows.flatMap((r) => [r.personId, r.deletionDecidedBy]).filter((x): x is string => !!x),
  );
  return rows.map((r) => ({
    ...r,
    personName: r.personId ? (names.get(r.personId) ?? null) : null,
    deletionDecidedByName: r.deletionDecidedBy ? (names.get(r.deletionDecidedBy) ?? null) : null,
    systemName: labelText(
      r.personId === actor.personId ? (own.get(r.assetId) ?? seen.get(r.assetId)) : seen.get(r.assetId),
    ),
    policies: serialize(actor, "system_account", r),
  }));
}

export async function presentCards(db: DbOrTx, actor: Actor, rows: CardListRow[]) {
  const names = await personNames(
    db,
    rows.map((r) => r.personId).filter((x): x is string => !!x),
  );
  const depts = await departmentNames(
    db,
    rows.map((r) => r.departmentId),
  );
  return rows.map((r) => ({
    ...r,
    personName: r.personId ? (names.get(r.personId) ?? null) : null,
    departmentName: depts.get(r.departmentId) ?? null,
    policies: serialize(actor, "ic_card", r),
  }));
}
