/**
 * The face of documents (文書・周知): the only file another module may import. Read functions
 * take the viewer and return only what the viewer may see.
 */
import { can } from "../../access";
import type { DbOrTx } from "../../db/client";
import type { Actor } from "../../http/context";
import type { Profile } from "../../profile";
import { hasAcknowledged } from "./domain/acknowledgement";
import { acknowledgedNumbers, loadDocuments } from "./queries";

/** How many published documents the viewer must still acknowledge (for the dashboard). */
export async function documentsToAcknowledge(db: DbOrTx, profile: Profile, viewer: Actor): Promise<number> {
  const docs = (await loadDocuments(db, profile)).filter((d) =>
    can(viewer, "acknowledge", "document", d.record),
  );
  const acks = await acknowledgedNumbers(
    db,
    docs.map((d) => d.row.id),
    [viewer.personId],
  );
  return docs.filter((d) => !hasAcknowledged(d.required, acks.get(d.row.id)?.get(viewer.personId) ?? []))
    .length;
}

export {
  draftEmergencyPlan,
  EMERGENCY_PLAN_ORIGIN,
  type EmergencyPlanContent,
  emergencyPlanPending,
  emergencyPlanView,
  renderPlan,
} from "./emergency-plan";
