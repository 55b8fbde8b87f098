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
 * IDs with their system's name. The name is read as the system (not the viewer): whoever may see
 * an ID (its holder, the system's keepers) may know which system it opens.
 */
export async function presentAccounts(db: DbOrTx, actor: Actor, rows: AccountListRow[]) {
  const systems = await assetLabels(
    db,
    "system",
    rows.map((r) => r.assetId),
  );
  const names = await personNames(
    db,
    rows.map((r) => r.personId).filter((x): x is string => !!x),
  );
  return rows.map((r) => ({
    ...r,
    personName: r.personId ? (names.get(r.personId) ?? null) : null,
    systemName: labelText(systems.get(r.assetId)),
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
