import type { DbOrTx } from "../db/client";
import type { Actor } from "../http/context";
import type { Profile } from "../profile";
import type { AuditRow } from "./search";

/**
 * How the audit log screen shows other modules' records (DESIGN.md §4 rule 4): each module that
 * owns records gives, through its face, which of a set of ids the viewer may not open. The audit
 * layer is below the modules and never imports them; the app (server/app.ts) passes these in.
 *
 * An event about a record the viewer may not open keeps its type, time, actor and department but
 * loses its target id and data (which may carry the record's number or name); an event whose
 * data names such a record by id loses the fields that describe it. With a free-text search, such
 * events are left out altogether: a match would confirm what the redaction hides.
 */
export interface AuditRecordFace {
  /** `targetType` of the events about this module's records. */
  targetType: string;
  /** Keys under which other events' data name one of these records by id (e.g. `assetId`). */
  idKeys: string[];
  /** Keys of other events' data that describe the record named there (its number, name, label). */
  describingKeys: string[];
  /** Shown in place of a hidden record. */
  hiddenLabel: { ja: string; en: string };
  /**
   * Of these ids, those the viewer may not open (missing ones included), and the name of each one
   * the viewer may open, as its own detail view shows it (number and name).
   */
  read(db: DbOrTx, actor: Actor, profile: Profile, ids: string[]): Promise<FaceReading>;
}

export interface FaceReading {
  hidden: Set<string>;
  names: Map<string, string>;
}

const isId = (v: unknown): v is string => typeof v === "string" && v.length > 0;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The rows as the viewer may see them (see above), and for each whether anything was hidden.
 * One query per face for the whole batch.
 */
export async function redactRows(
  db: DbOrTx,
  actor: Actor,
  profile: Profile,
  faces: readonly AuditRecordFace[],
  rows: AuditRow[],
): Promise<Array<{ row: AuditRow & { targetName?: string }; redacted: boolean }>> {
  const hidden = new Map<AuditRecordFace, Set<string>>();
  const names = new Map<AuditRecordFace, Map<string, string>>();
  for (const face of faces) {
    const ids = new Set<string>();
    for (const { event } of rows) {
      if (event.targetType === face.targetType && isId(event.targetId)) ids.add(event.targetId);
      const data = (event.data ?? {}) as Record<string, unknown>;
      for (const key of face.idKeys) if (isId(data[key])) ids.add(data[key] as string);
    }
    // Ids that are not UUIDs name no record of any module: hidden without asking the face.
    const wellFormed = [...ids].filter((id) => UUID.test(id));
    const reading: FaceReading = wellFormed.length
      ? await face.read(db, actor, profile, wellFormed)
      : { hidden: new Set(), names: new Map() };
    for (const id of ids) if (!UUID.test(id)) reading.hidden.add(id);
    hidden.set(face, reading.hidden);
    names.set(face, reading.names);
  }
  return rows.map((row) => {
    const e = row.event;
    let data = (e.data ?? {}) as Record<string, unknown>;
    let targetId = e.targetId;
    let redacted = false;
    let targetName: string | undefined;
    for (const face of faces) {
      const h = hidden.get(face) as Set<string>;
      if (e.targetType === face.targetType && isId(targetId) && !h.has(targetId))
        targetName = names.get(face)?.get(targetId);
      if (e.targetType === face.targetType && isId(targetId) && h.has(targetId)) {
        targetId = null;
        data = { hidden: true, label: face.hiddenLabel };
        redacted = true;
        continue;
      }
      for (const key of face.idKeys) {
        if (!isId(data[key]) || !h.has(data[key] as string)) continue;
        const kept = { ...data };
        delete kept[key];
        for (const k of face.describingKeys) delete kept[k];
        data = { ...kept, [`${key}Hidden`]: face.hiddenLabel };
        redacted = true;
      }
    }
    return {
      row: redacted ? { ...row, event: { ...e, targetId, data }, targetName } : { ...row, targetName },
      redacted,
    };
  });
}
