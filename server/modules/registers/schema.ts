/**
 * Response schemas of the registers routes (OpenAPI, and the web app's typed contract). Rows come
 * from SQL, so dates arrive as ISO strings; an entry's `data` holds the register's own columns
 * (REGISTERS[register].columns, checked on append by each entry type's strict schema).
 */
import { z } from "@hono/zod-openapi";
import { type Assert, type Conforms, I18nText as I18n, Instant, Policies } from "../../http/wire";
import type { PresentedEntry } from "./routes";

export const RegisterMeta = z
  .object({
    key: z.string(),
    title: I18n,
    entryTypes: z.array(z.string()),
    columns: z.array(z.object({ key: z.string(), label: I18n })),
    clause: z.string().nullable(),
    writable: z.boolean(),
    /** The profile's required fields of this register's entries (registers.required_fields). */
    requiredFields: z.array(
      z.object({
        key: z.string(),
        fields: z.array(z.string()),
        question: z.object({ key: z.string(), question: I18n }).nullable(),
        text: I18n,
        clause: z.string(),
      }),
    ),
    /** The receiving side confirms each entry (川崎市 第8章5 相互で確認). */
    confirmedByReceiver: z.boolean(),
  })
  .openapi("RegisterMeta");

const ClosedBy = z.object({
  id: z.string(),
  occurred_at: Instant,
  person_name: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});

export const RegisterEntry = z
  .object({
    id: z.string(),
    seq: z.number(),
    entryType: z.string(),
    occurredAt: Instant,
    departmentId: z.string(),
    departmentName: z.string().nullable(),
    personId: z.string().nullable(),
    personName: z.string().nullable(),
    assetId: z.string().nullable(),
    assetLabel: z.string().nullable(),
    /** Set when the row names an asset: true when the viewer may not open it (label is the hidden text). */
    assetHidden: z.boolean().optional(),
    /** The register's own columns (and the names of the people they name by id). */
    data: z.record(z.string(), z.unknown()),
    correctsId: z.string().nullable(),
    correctedBy: z.string().nullable(),
    sourceRequestId: z.string().nullable(),
    recordedByName: z.string().nullable(),
    recordedAt: Instant,
    closedBy: ClosedBy.nullable(),
    policies: Policies,
  })
  .openapi("RegisterEntry");

export const CarryOutRow = z
  .object({
    id: z.string(),
    seq: z.union([z.number(), z.string()]),
    request_id: z.string().nullable(),
    request_number: z.union([z.number(), z.string()]).nullable(),
    asset_id: z.string().nullable(),
    asset_label: z.string().nullable(),
    assetHidden: z.boolean().optional(),
    event: z.string(),
    department_id: z.string().nullable(),
    department_name: z.string().nullable(),
    person_id: z.string().nullable(),
    person_name: z.string().nullable(),
    destination: z.string().nullable(),
    purpose: z.string().nullable(),
    due_at: Instant.nullable(),
    occurred_at: Instant,
    note: z.string().nullable(),
    corrects_id: z.string().nullable(),
    recorded_by_name: z.string().nullable(),
    recorded_at: Instant,
  })
  .openapi("CarryOutRow");

export const UnreturnedMedium = z
  .object({
    id: z.string(),
    occurred_at: Instant,
    department_id: z.string(),
    person_id: z.string().nullable(),
    person_name: z.string().nullable(),
    asset_id: z.string().nullable(),
    asset_label: z.string().nullable(),
    assetHidden: z.boolean().optional(),
    due_at: Instant.nullable(),
    overdue: z.boolean().nullable(),
  })
  .openapi("UnreturnedMedium");

/** The entry as stored (what an append answers). */
export const StoredEntry = z
  .object({
    id: z.string(),
    seq: z.number(),
    register: z.string(),
    entryType: z.string(),
    occurredAt: Instant,
    departmentId: z.string(),
    personId: z.string().nullable(),
    assetId: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
    correctsId: z.string().nullable(),
    closesId: z.string().nullable(),
    sourceRequestId: z.string().nullable(),
    recordedByPersonId: z.string().nullable(),
    recordedAt: Instant,
  })
  .openapi("StoredRegisterEntry");

export const RegistersRes = z.object({ data: z.array(RegisterMeta) }).openapi("Registers");
export const EntriesRes = z
  .object({ data: z.union([z.array(RegisterEntry), z.array(CarryOutRow)]) })
  .openapi("RegisterEntries");
export const UnreturnedRes = z.object({ data: z.array(UnreturnedMedium) }).openapi("UnreturnedMedia");
export const AppendedRes = z.object({ data: StoredEntry }).openapi("AppendedRegisterEntry");

// The entries route answers exactly this shape (tsc checks it; nothing here runs).
export type Checks = [Assert<Conforms<PresentedEntry, z.output<typeof RegisterEntry>>>];
