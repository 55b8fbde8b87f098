/**
 * The detail view of a 休職・退職 (#13 item 3): what applying it ends (a preview while planned, the
 * record once applied), and what the person leaves to reassign — assets, open requests and
 * incident tasks through their modules' faces with the viewer's rights: a hidden one is counted,
 * never described.
 */
import { eq } from "drizzle-orm";
import type { Context } from "hono";
import { requireActor, serialize } from "../../access";
import { people } from "../../directory/tables";
import type { AppEnv } from "../../http/context";
import { assetsHeldOutside } from "../assets";
import { openTasksOf } from "../incidents";
import { openRequestsOf } from "../requests";
import { type Separation, separationHandover } from "./commands/separations";
import type { HandoverEntryT } from "./commands/transfers";

type C = Context<AppEnv>;

export const KIND_LABEL = {
  leave: { ja: "休職", en: "Leave" },
  retirement: { ja: "退職", en: "Retirement" },
} as const;

export async function separationDetail(c: C, row: Separation) {
  const actor = requireActor(c.get("actor"));
  const deps = c.get("deps");
  const db = deps.database.db;
  const profile = deps.profile();
  const viewer = { actor, profile };
  const [person] = await db.select({ name: people.name }).from(people).where(eq(people.id, row.personId));
  const preview = row.status === "planned" ? await separationHandover(db, profile, row, deps.now()) : null;
  const live = row.status !== "cancelled";
  const held = live
    ? await assetsHeldOutside(db, viewer, [{ personId: row.personId, departmentId: null }])
    : [];
  const requests = live ? await openRequestsOf(db, actor, [row.personId]) : [];
  const tasks = live ? await openTasksOf(db, actor, [row.personId]) : [];
  const rule = profile.personnel?.leaving;
  return {
    id: row.id,
    personId: row.personId,
    personName: person?.name ?? null,
    kind: row.kind,
    kindLabel: KIND_LABEL[row.kind],
    effectiveDate: row.effectiveDate,
    expectedReturn: row.expectedReturn,
    note: row.note,
    status: row.status,
    fromDepartmentId: row.fromDepartmentId,
    createdAt: row.createdAt.toISOString(),
    appliedAt: row.appliedAt?.toISOString() ?? null,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    handover: preview ?? (row.handover as HandoverEntryT[]),
    handoverIsPreview: preview != null,
    assetsToReassign: held.map((h) =>
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
    openRequests: requests.map((r) =>
      r.label.hidden
        ? { requestId: r.label.id, hidden: true, number: null, kind: null }
        : { requestId: r.label.id, hidden: false, number: r.label.number, kind: r.label.kind },
    ),
    openTasks: tasks.map((t) => ({
      taskId: t.taskId,
      title: t.title,
      incidentId: t.incident.id,
      hidden: t.incident.hidden,
      receiptNumber: t.incident.hidden ? null : t.incident.receiptNumber,
    })),
    notice: rule ? { duty: rule.notify_duty, clause: rule.clause } : null,
    policies: serialize(actor, "separation", { status: row.status }),
  };
}
