import { z } from "@hono/zod-openapi";
import { AUDIT_DATA } from "../../common/audit-data";
import type { AuditEventType } from "../../common/audit-events";
import { AuditData, I18nText } from "../http/wire";
import type { AuditRecordFace } from "./faces";

/**
 * An audit event as the log answers it, typed by its `type` (#11 item 6, #14 item 1): for each
 * type common/audit-data.ts declares, `data` is that type's shape — with the `via` the writer adds
 * for a job or the CLI — as the viewer may see it (./faces.ts): the record hidden altogether, or
 * the fields naming and describing a record the viewer may not open left out, with `<key>Hidden`
 * in their place. A type this version does not know (an older one, a test's) keeps the shape every
 * type shares (AuditData).
 */

type Face = Pick<AuditRecordFace, "idKeys" | "describingKeys">;

/** In place of the data of an event about a record the viewer may not open. */
export const HiddenAuditData = z
  .object({ hidden: z.literal(true), label: I18nText })
  .openapi("AuditEventDataHidden");

const via = { via: z.string().optional() };

/** A type's data as shown: its fields that a face may hide become optional, with their `…Hidden` label. */
function shownData(schema: z.ZodType, faces: readonly Face[]): z.ZodType {
  if (!(schema instanceof z.ZodObject)) return z.intersection(schema, z.object(via));
  const keys = new Set(Object.keys(schema.shape));
  const hideable: Record<string, true> = {};
  const hiddenLabels: Record<string, z.ZodOptional<typeof I18nText>> = {};
  for (const face of faces)
    for (const id of face.idKeys) {
      if (!keys.has(id)) continue;
      hideable[id] = true;
      for (const k of face.describingKeys) if (keys.has(k)) hideable[k] = true;
      hiddenLabels[`${id}Hidden`] = I18nText.optional();
    }
  return schema.partial(hideable).extend({ ...hiddenLabels, ...via });
}

/** The fields of an event other than its type and data. */
const EventFields = z
  .object({
    id: z.number(),
    occurredAt: z.string(),
    label: I18nText.openapi({ description: "種別の表示名 / the type in words" }),
    actor: z.object({ personId: z.string(), name: z.string().nullable() }).nullable(),
    actingFor: z.object({ personId: z.string(), name: z.string().nullable() }).nullable(),
    ip: z.string().nullable(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    targetName: z.string().nullable().openapi({
      description:
        "対象の番号と名称（閲覧できる場合のみ）/ the target's number and name, when the viewer may open it",
    }),
    department: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
    hash: z.string(),
  })
  .openapi("AuditEventFields");

const built = new Map<string, ReturnType<typeof buildEventSchema>>();

/**
 * One event of the log: a union by `type`, whose `data` is that type's (see above). Built once
 * for a set of faces (each app builds its routes; the union has a member per type).
 */
export function auditEventSchema(faces: readonly Face[]) {
  const key = JSON.stringify(faces.map((f) => [f.idKeys, f.describingKeys]));
  let schema = built.get(key);
  if (!schema) {
    schema = buildEventSchema(faces);
    built.set(key, schema);
  }
  return schema;
}

function buildEventSchema(faces: readonly Face[]) {
  const typed = (Object.keys(AUDIT_DATA) as AuditEventType[]).map((type) =>
    EventFields.extend({
      type: z.literal(type),
      data: z.union([shownData(AUDIT_DATA[type], faces), HiddenAuditData]),
    }),
  );
  const other = EventFields.extend({
    type: z
      .string()
      .refine((type) => !Object.hasOwn(AUDIT_DATA, type))
      .openapi({ description: "a type this version does not know (an older one)" }),
    data: AuditData,
  });
  return z.union([...typed, other]).openapi("AuditEvent");
}
