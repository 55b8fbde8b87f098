import { serialize } from "../../access";
import type { Actor } from "../../http/context";
import type { Profile } from "../../profile";
import type { HeldAsset } from "../assets";
import "./access";
import type { departments, deputies, people, roleAssignments } from "../../directory/tables";
import type { HandoverEntryT } from "./commands/transfers";
import type { RoleChangeT } from "./schema";
import type { transferBatches, transferItems } from "./tables";
import { findRole, roleTitle, validOn } from "./util";

type DeptRow = typeof departments.$inferSelect;
type PersonRow = typeof people.$inferSelect;

export function presentDepartment(actor: Actor, row: DeptRow, peopleCount?: number) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    nameEn: row.nameEn,
    kind: row.kind,
    parentId: row.parentId,
    sortOrder: row.sortOrder,
    active: row.active,
    ...(peopleCount === undefined ? {} : { peopleCount }),
    policies: serialize(actor, "department", row),
  };
}

type DeptPresented = ReturnType<typeof presentDepartment> & { children: DeptPresented[] };

/** Nests units under their parents, each level ordered by sortOrder then code. */
export function buildTree(nodes: ReturnType<typeof presentDepartment>[]): DeptPresented[] {
  const byId = new Map<string, DeptPresented>(nodes.map((n) => [n.id, { ...n, children: [] }]));
  const roots: DeptPresented[] = [];
  for (const node of byId.values()) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: DeptPresented[]) => {
    list.sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

export interface PersonListRow extends PersonRow {
  departmentName: string | null;
  bureauId: string | null;
  hasLogin: boolean;
}

export function presentPerson(actor: Actor, row: PersonListRow) {
  const ref = { id: row.id, departmentId: row.departmentId, bureauId: row.bureauId };
  return {
    id: row.id,
    employeeNumber: row.employeeNumber,
    name: row.name,
    nameKana: row.nameKana,
    nameEn: row.nameEn,
    email: row.email,
    phone: row.phone,
    emergencyPhone: row.emergencyPhone,
    employmentType: row.employmentType,
    departmentId: row.departmentId,
    departmentName: row.departmentName,
    title: row.title,
    active: row.active,
    hasLogin: row.hasLogin,
    policies: serialize(actor, "person", ref),
  };
}

export interface RoleAssignmentListRow {
  ra: typeof roleAssignments.$inferSelect;
  personName: string | null;
  personDepartmentId: string | null;
  scopeDepartmentName: string | null;
}

export function presentRoleAssignment(
  actor: Actor,
  profile: Profile,
  row: RoleAssignmentListRow,
  today: string,
) {
  const { ra } = row;
  const current = validOn(ra, today);
  const ended = ra.validTo != null && ra.validTo < today;
  return {
    id: ra.id,
    personId: ra.personId,
    personName: row.personName,
    personDepartmentId: row.personDepartmentId,
    roleKey: ra.roleKey,
    roleTitle: roleTitle(profile, ra.roleKey),
    scope: findRole(profile, ra.roleKey)?.scope ?? null,
    scopeDepartmentId: ra.scopeDepartmentId,
    scopeDepartmentName: row.scopeDepartmentName,
    validFrom: ra.validFrom,
    validTo: ra.validTo,
    current,
    policies: serialize(actor, "roleAssignment", { current, ended }),
  };
}

export interface DeputyListRow {
  d: typeof deputies.$inferSelect;
  principalName: string | null;
  deputyName: string | null;
  roleKey: string | null;
}

export function presentDeputy(actor: Actor, profile: Profile, row: DeputyListRow, now: Date) {
  const { d } = row;
  const ended = d.validTo <= now;
  return {
    id: d.id,
    principalPersonId: d.principalPersonId,
    principalName: row.principalName,
    deputyPersonId: d.deputyPersonId,
    deputyName: row.deputyName,
    roleAssignmentId: d.roleAssignmentId,
    roleKey: row.roleKey,
    roleTitle: row.roleKey ? roleTitle(profile, row.roleKey) : null,
    validFrom: d.validFrom.toISOString(),
    validTo: d.validTo.toISOString(),
    reason: d.reason,
    current: d.validFrom <= now && now < d.validTo,
    policies: serialize(actor, "deputy", { ended }),
  };
}

export interface TransferItemRow {
  item: typeof transferItems.$inferSelect;
  personName: string | null;
  employeeNumber: string | null;
  fromDepartmentName: string | null;
  toDepartmentName: string | null;
}

export function presentTransfer(
  actor: Actor,
  batch: typeof transferBatches.$inferSelect,
  itemCount: number,
  items?: TransferItemRow[],
  handover: { preview: Map<string, HandoverEntryT[]> | null; held: HeldAsset[] } = {
    preview: null,
    held: [],
  },
) {
  return {
    id: batch.id,
    title: batch.title,
    effectiveDate: batch.effectiveDate,
    status: batch.status,
    source: batch.source,
    sourceFile: batch.sourceFile,
    itemCount,
    createdAt: batch.createdAt.toISOString(),
    appliedAt: batch.appliedAt?.toISOString() ?? null,
    cancelledAt: batch.cancelledAt?.toISOString() ?? null,
    ...(items
      ? {
          items: items.map((r) => ({
            id: r.item.id,
            personId: r.item.personId,
            personName: r.personName,
            employeeNumber: r.employeeNumber,
            fromDepartmentId: r.item.fromDepartmentId,
            fromDepartmentName: r.fromDepartmentName,
            toDepartmentId: r.item.toDepartmentId,
            toDepartmentName: r.toDepartmentName,
            newTitle: r.item.newTitle,
            roleChanges: r.item.roleChanges as RoleChangeT[],
            handover: handover.preview?.get(r.item.id) ?? (r.item.handover as HandoverEntryT[]),
            handoverIsPreview: handover.preview != null,
            assetsToReassign: handover.held
              .filter((h) => h.personId === r.item.personId)
              .map((h) =>
                h.label.hidden
                  ? { assetId: h.label.id, as: h.as, hidden: true, assetNumber: null, name: null }
                  : {
                      assetId: h.label.id,
                      as: h.as,
                      hidden: false,
                      assetNumber: h.label.assetNumber,
                      name: h.label.name,
                    },
              ),
          })),
        }
      : {}),
    policies: serialize(actor, "transfer", { status: batch.status }),
  };
}
