import type { AuditDataOf } from "../../../../common/audit-events";
import { auditWindows } from "../../../access";
import { recordEvent } from "../../../audit/record";
import type { Db } from "../../../db/client";
import type { Actor, RequestContext } from "../../../http/context";
import type { Unit } from "../access";

/**
 * Each read by an auditor of an audited unit's records is logged, one event per read, where the
 * read is served (西原村 10.1(6): audit evidence and working papers are kept; 川崎市 第12章6): who
 * read which answers, finding, evidence file or working papers, under which audit. The same
 * pattern as a restricted document's view (documents' logRestrictedView): the read itself changes
 * nothing, so the event is its own transaction.
 */

/** The running audits (ids) whose auditor the actor is and which cover this unit (課 or 局). */
export function auditsCovering(actor: Actor, unit: Unit): string[] {
  return auditWindows(actor)
    .filter((w) => w.unitIds.some((id) => id === unit.departmentId || id === unit.bureauId))
    .map((w) => w.key.replace(/^audit:/, ""));
}

export interface AuditorRead {
  auditIds: string[];
  what: AuditDataOf<"assurance.auditor_read">["what"];
  targetType: string;
  targetId: string;
  departmentId: string | null;
  fileId?: string;
}

/** Records the read when it was an auditor's (auditIds not empty); nothing otherwise. */
export async function logAuditorRead(db: Db, ctx: RequestContext, read: AuditorRead, now: Date) {
  if (!read.auditIds.length) return;
  await db.transaction(async (tx) => {
    await recordEvent(
      tx,
      ctx,
      {
        type: "assurance.auditor_read",
        targetType: read.targetType,
        targetId: read.targetId,
        departmentId: read.departmentId,
        data: {
          auditIds: read.auditIds,
          what: read.what,
          ...(read.fileId ? { fileId: read.fileId } : {}),
        },
      },
      now,
    );
  });
}
