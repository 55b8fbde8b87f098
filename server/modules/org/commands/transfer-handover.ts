import { and, eq, gt, gte, inArray, isNull, or } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { departments, deputies, people, roleAssignments } from "../../../directory/tables";
import type { Profile } from "../../../profile";
import type { RoleChangeT } from "../schema";
import { transferItems } from "../tables";
import { findRole, roleTitle } from "../util";
import type { HandoverEntryT } from "./transfers";

type Assignment = typeof roleAssignments.$inferSelect;
type Arrangement = typeof deputies.$inferSelect;

/**
 * The role assignments a move ends: those the item removes, and those scoped to a bureau or
 * department that no longer covers the new unit (the person keeps organization-wide roles and
 * roles of the new post — 西原村 7.2(1)②, 川崎市 第8章6(2)イ).
 */
export function assignmentsEndingOnTransfer(
  profile: Profile,
  held: Assignment[],
  roleChanges: RoleChangeT[],
  toDepartmentId: string,
  newBureauId: string | null,
): Assignment[] {
  const removals = roleChanges.filter((c) => c.op === "remove");
  return held.filter((ra) => {
    const removed = removals.some(
      (c) => c.roleKey === ra.roleKey && (c.scopeDepartmentId ?? null) === (ra.scopeDepartmentId ?? null),
    );
    if (removed) return true;
    const kind =
      findRole(profile, ra.roleKey)?.scope ?? (ra.scopeDepartmentId ? "department" : "organization");
    if (kind === "organization" || ra.scopeDepartmentId == null) return false;
    return ra.scopeDepartmentId !== toDepartmentId && ra.scopeDepartmentId !== newBureauId;
  });
}

/** Assignments of the person still in force on the effective date. */
export function heldOn(db: DbOrTx, personId: string, effectiveDate: string) {
  return db
    .select()
    .from(roleAssignments)
    .where(
      and(
        eq(roleAssignments.personId, personId),
        or(isNull(roleAssignments.validTo), gte(roleAssignments.validTo, effectiveDate)),
      ),
    );
}

/** The handover list of one person: ended assignments, and deputy arrangements ended or to review. */
export function handoverEntries(
  profile: Profile,
  personId: string,
  ended: Assignment[],
  held: Assignment[],
  arrangements: Arrangement[],
  endedDeputyIds: Set<string>,
  unitName: Map<string, string>,
  otherName: Map<string, string>,
): HandoverEntryT[] {
  const heldById = new Map(held.map((ra) => [ra.id, ra]));
  return [
    ...ended.map((ra) => ({
      kind: "role_assignment" as const,
      action: "ended" as const,
      id: ra.id,
      roleKey: ra.roleKey,
      roleTitle: roleTitle(profile, ra.roleKey),
      scope: findRole(profile, ra.roleKey)?.scope ?? null,
      scopeDepartmentId: ra.scopeDepartmentId,
      scopeDepartmentName: ra.scopeDepartmentId ? (unitName.get(ra.scopeDepartmentId) ?? null) : null,
      as: null,
      otherPersonId: null,
      otherPersonName: null,
    })),
    ...arrangements.map((d) => {
      const ra = d.roleAssignmentId ? heldById.get(d.roleAssignmentId) : undefined;
      const other = d.principalPersonId === personId ? d.deputyPersonId : d.principalPersonId;
      return {
        kind: "deputy" as const,
        action: endedDeputyIds.has(d.id) ? ("ended" as const) : ("review" as const),
        id: d.id,
        roleKey: ra?.roleKey ?? null,
        roleTitle: ra ? roleTitle(profile, ra.roleKey) : null,
        scope: ra ? (findRole(profile, ra.roleKey)?.scope ?? null) : null,
        scopeDepartmentId: ra?.scopeDepartmentId ?? null,
        scopeDepartmentName: ra?.scopeDepartmentId ? (unitName.get(ra.scopeDepartmentId) ?? null) : null,
        as: d.principalPersonId === personId ? ("principal" as const) : ("deputy" as const),
        otherPersonId: other,
        otherPersonName: otherName.get(other) ?? null,
      };
    }),
  ];
}

/** Deputy arrangements the person is part of that are not over yet at `now`. */
export function openArrangements(db: DbOrTx, personId: string, now: Date) {
  return db
    .select()
    .from(deputies)
    .where(
      and(
        or(eq(deputies.principalPersonId, personId), eq(deputies.deputyPersonId, personId)),
        gt(deputies.validTo, now),
      ),
    );
}

export async function namesOfPeople(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(inArray(people.id, ids));
  return new Map(rows.map((o) => [o.id, o.name]));
}

export async function unitNames(db: DbOrTx): Promise<Map<string, string>> {
  const rows = await db.select({ id: departments.id, name: departments.name }).from(departments);
  return new Map(rows.map((d) => [d.id, d.name]));
}

function groupBy<T>(rows: T[], keys: (row: T) => string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows)
    for (const key of new Set(keys(row))) {
      const list = out.get(key);
      if (list) list.push(row);
      else out.set(key, [row]);
    }
  return out;
}

/**
 * What applying a planned batch WILL end and leave to review, per item — the 引き継ぎ view before
 * the batch is applied (#13 item 3). Computed by the same rule the apply uses; changes nothing.
 * A few queries for the whole batch, not per person: an April batch has thousands of items.
 */
export async function previewHandover(
  db: DbOrTx,
  profile: Profile,
  batchId: string,
  effectiveDate: string,
  now: Date,
): Promise<Map<string, HandoverEntryT[]>> {
  const items = await db.select().from(transferItems).where(eq(transferItems.batchId, batchId));
  const out = new Map<string, HandoverEntryT[]>();
  if (!items.length) return out;
  const personIds = [...new Set(items.map((i) => i.personId))];
  const units = await db
    .select({
      id: departments.id,
      name: departments.name,
      kind: departments.kind,
      parentId: departments.parentId,
    })
    .from(departments);
  const unitById = new Map(units.map((u) => [u.id, u]));
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const allHeld = await db
    .select()
    .from(roleAssignments)
    .where(
      and(
        inArray(roleAssignments.personId, personIds),
        or(isNull(roleAssignments.validTo), gte(roleAssignments.validTo, effectiveDate)),
      ),
    );
  const allArrangements = await db
    .select()
    .from(deputies)
    .where(
      and(
        or(inArray(deputies.principalPersonId, personIds), inArray(deputies.deputyPersonId, personIds)),
        gt(deputies.validTo, now),
      ),
    );
  const heldBy = groupBy(allHeld, (ra) => [ra.personId]);
  const arrangementsOf = groupBy(allArrangements, (d) => [d.principalPersonId, d.deputyPersonId]);
  const otherName = await namesOfPeople(db, [
    ...new Set(allArrangements.flatMap((d) => [d.principalPersonId, d.deputyPersonId])),
  ]);
  for (const item of items) {
    const to = item.toDepartmentId ? unitById.get(item.toDepartmentId) : undefined;
    if (!to) {
      out.set(item.id, []);
      continue;
    }
    const newBureau = to.kind === "bureau" ? to.id : to.parentId;
    const held = heldBy.get(item.personId) ?? [];
    const ending = assignmentsEndingOnTransfer(
      profile,
      held,
      (item.roleChanges ?? []) as RoleChangeT[],
      to.id,
      newBureau,
    );
    const endingIds = new Set(ending.map((ra) => ra.id));
    const arrangements = arrangementsOf.get(item.personId) ?? [];
    const endedDeputyIds = new Set(
      arrangements.filter((d) => d.roleAssignmentId && endingIds.has(d.roleAssignmentId)).map((d) => d.id),
    );
    out.set(
      item.id,
      handoverEntries(
        profile,
        item.personId,
        ending,
        held,
        arrangements,
        endedDeputyIds,
        unitName,
        otherName,
      ),
    );
  }
  return out;
}
