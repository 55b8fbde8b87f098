import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { formatDateTimeJa, toIsoDate } from "../../../common/calendar";
import {
  CARRY_OUT_EVENT_LABELS,
  entryTypeLabel,
  HANDOVER_DIRECTION_LABELS,
  labelOf,
} from "../../../common/labels";
import { authorize, requireActor, serialize } from "../../access";
import { requireVisiblePerson } from "../../access/people";
import type { Actor, AppEnv } from "../../http/context";
import { AppError, fieldError, invalid, notFound } from "../../http/errors";
import { exportMarking } from "../../http/export-marking";
import { createRouter, requestContext as ctxOf, errorResponses, SESSION_ROUTE } from "../../http/router";
import { consumesRule, registerModule, registerRegister } from "../../profile/consumers";
import { requiredFieldProblems } from "../../profile/register-rules";
import { assetFacts, assetLabels, labelText } from "../assets";
import { canSeeUnit } from "./access";
import { appendEntry } from "./commands/append";
import { REGISTERS } from "./domain/registers";
import { type Sheet, toPdf, toXlsx } from "./export";
import { carryOutEntries, type EntryRow, listEntries, unitOf, unreturnedMedia } from "./queries";
import { AppendedRes, EntriesRes, RegistersRes, UnreturnedRes } from "./schema";
import { REGISTER_KEYS, type RegisterKey } from "./tables";

registerModule("registers", { ja: "記録簿", en: "Registers" });
for (const key of REGISTER_KEYS) registerRegister(key, "registers");
consumesRule("registers.required_fields.*", "registers");
consumesRule("registers.handover_confirmation", "registers");

type C = Context<AppEnv>;

/**
 * Every person and medium an entry names (#12 item 3): one the actor may not see is refused with
 * the same field error as one that does not exist.
 */
async function checkBodyIds(
  c: C,
  actor: Actor,
  input: { personId?: string | null; assetId?: string | null; data?: Record<string, unknown> },
) {
  const db = c.get("deps").database.db;
  if (input.personId) await requireVisiblePerson(db, actor, input.personId, "personId");
  for (const key of ["escortPersonId", "secondPersonId"] as const) {
    const id = input.data?.[key];
    if (typeof id === "string" && id) await requireVisiblePerson(db, actor, id, `data.${key}`);
  }
  const to = input.data?.toDepartmentId;
  if (typeof to === "string" && to && !(await unitOf(db, to)))
    throw fieldError(
      "data.toDepartmentId",
      "受け取った課が見つかりません。",
      "The receiving department does not exist.",
    );
  if (input.assetId) {
    const [seen] = await assetFacts(db, { actor, profile: c.get("deps").profile() }, [input.assetId]);
    if (!seen) throw fieldError("assetId", "媒体が見つかりません。", "The medium does not exist.");
    return [seen];
  }
  return [];
}
/** The receiving 課 a data handover names (`data.toDepartmentId`), when it is one. */
async function receivingUnit(db: Parameters<typeof unitOf>[0], data: Record<string, unknown>) {
  const id = data.toDepartmentId;
  return typeof id === "string" && id ? unitOf(db, id) : null;
}

const TAG = ["registers"];
const ok = <S extends z.ZodType>(d: string, schema: S) => ({
  200: { description: d, content: { "application/json": { schema } } },
  ...errorResponses,
});

const ALL_KEYS = ["carry_out_log", ...REGISTER_KEYS] as const;
const RegisterParam = z.object({ register: z.enum(ALL_KEYS) });
const AppendParam = z.object({ register: z.enum(REGISTER_KEYS) });
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const ListQuery = z.object({
  /** open: not closed nor corrected; overdue: open loans past due; to_confirm: work records I confirm. */
  state: z.enum(["open", "overdue", "to_confirm"]).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  departmentId: z.string().uuid().optional(),
  personId: z.string().uuid().optional(),
  assetId: z.string().uuid().optional(),
  requestId: z.string().uuid().optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
});
const ExportQuery = ListQuery.extend({ format: z.enum(["xlsx", "pdf"]) });
const AppendReq = z.strictObject({
  entryType: z.string().min(1).max(40),
  occurredAt: z
    .string()
    .max(40)
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/),
  departmentId: z.string().uuid().optional(),
  personId: z.string().uuid().nullable().optional(),
  assetId: z.string().uuid().nullable().optional(),
  data: z.record(z.string().max(64), z.unknown()).default({}),
  correctsId: z.string().uuid().optional(),
  closesId: z.string().uuid().optional(),
});

const CARRY_OUT_TITLE = { ja: "持ち出し・持ち込み記録", en: "Carry-out and bring-in log" };

/** 区分 of a data handover in words, for the exported sheet. */
function directionLabel(data: Record<string, unknown>) {
  return typeof data.direction === "string"
    ? { direction: labelOf(HANDOVER_DIRECTION_LABELS, data.direction).ja }
    : {};
}

function presentEntry(e: EntryRow) {
  // The register's columns show people by name (付添者, 確認者); the data keeps their ids.
  const data = {
    ...(e.data ?? {}),
    ...(e.escort_name ? { escortName: e.escort_name } : {}),
    ...(e.second_person_name ? { secondPersonName: e.second_person_name } : {}),
  };
  return {
    id: e.id,
    seq: Number(e.seq),
    entryType: e.entry_type,
    occurredAt: e.occurred_at,
    departmentId: e.department_id,
    departmentName: e.department_name,
    personId: e.person_id,
    personName: e.person_name,
    assetId: e.asset_id,
    assetLabel: e.asset_label,
    data,
    correctsId: e.corrects_id,
    correctedBy: e.corrected_by,
    sourceRequestId: e.source_request_id,
    recordedByName: e.recorded_by_name,
    recordedAt: e.recorded_at,
    closedBy: e.closed_by,
  };
}

/** A register entry as GET /api/registers/{register} answers it (held to the RegisterEntry schema in schema.ts). */
export type PresentedEntry = ReturnType<typeof presentEntry> & {
  policies: Record<string, boolean>;
  assetHidden?: boolean;
};

/**
 * Shows each row's asset through the assets face: the label of an asset the viewer may open, the
 * hidden text otherwise — never the number or name of an asset the viewer may not open (whatever
 * label the entry was written with). A row with no asset keeps its free-text label.
 */
async function withAssetLabels<R extends Record<string, unknown>>(
  c: C,
  actor: Actor,
  rows: R[],
  keys: { id: string; label: string },
): Promise<R[]> {
  const deps = c.get("deps");
  const labels = await assetLabels(
    deps.database.db,
    { actor, profile: deps.profile() },
    rows.map((r) => r[keys.id] as string | null),
  );
  return rows.map((r) => {
    const id = r[keys.id] as string | null;
    if (!id) return r;
    const label = labels.get(id);
    return { ...r, [keys.label]: labelText(label), assetHidden: label?.hidden !== false };
  });
}

async function sheetOf(
  c: C,
  register: (typeof ALL_KEYS)[number],
  q: z.infer<typeof ListQuery>,
): Promise<Sheet> {
  const actor = requireActor(c.get("actor"));
  const db = c.get("deps").database.db;
  if (register === "carry_out_log") {
    const rows = await withAssetLabels(c, actor, await carryOutEntries(db, actor, q), {
      id: "asset_id",
      label: "asset_label",
    });
    return {
      title: CARRY_OUT_TITLE.ja,
      columns: [
        { key: "occurred_at", label: "日時" },
        { key: "event", label: "区分" },
        { key: "request_number", label: "申請番号" },
        { key: "asset_label", label: "情報資産" },
        { key: "person_name", label: "持ち出し者" },
        { key: "department_name", label: "所属" },
        { key: "destination", label: "持ち出し先" },
        { key: "due_at", label: "返却予定" },
        { key: "recorded_by_name", label: "記録者" },
        { key: "note", label: "備考" },
      ],
      rows: rows.map((r) => ({ ...r, event: labelOf(CARRY_OUT_EVENT_LABELS, String(r.event)).ja })),
    };
  }
  const spec = REGISTERS[register];
  const rows = await withAssetLabels(
    c,
    actor,
    (await listEntries(db, actor, register, q, c.get("deps").now())).map(presentEntry),
    { id: "assetId", label: "assetLabel" },
  );
  return {
    title: spec.title.ja,
    columns: [
      { key: "occurredAt", label: "日時" },
      { key: "entryType", label: "区分" },
      { key: "departmentName", label: "所属" },
      { key: "personName", label: "担当者" },
      { key: "assetLabel", label: "情報資産" },
      ...spec.columns.map((c) => ({ key: c.key, label: c.label.ja })),
      { key: "recordedByName", label: "記録者" },
      { key: "corrected", label: "訂正" },
    ],
    rows: rows.map((r) => ({
      ...r,
      ...r.data,
      entryType: entryTypeLabel(register, r.entryType).ja,
      ...directionLabel(r.data),
      outAt: r.closedBy?.occurred_at ?? null,
      returnedAt: r.closedBy?.occurred_at ?? null,
      confirmedAt: r.closedBy
        ? `${formatDateTimeJa(r.closedBy.occurred_at)} ${r.closedBy.person_name ?? ""}`
        : null,
      corrected: r.correctedBy ? "訂正あり" : r.correctsId ? "訂正記録" : "",
    })),
  };
}

export function registerRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/registers",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "The registers",
      responses: ok("Registers", RegistersRes),
    }),
    (c) => {
      requireActor(c.get("actor"));
      const profile = c.get("deps").profile();
      const catalog = profile.own_catalog;
      const data = [
        {
          key: "carry_out_log",
          title: CARRY_OUT_TITLE,
          entryTypes: [],
          columns: [],
          clause: null,
          writable: false,
          requiredFields: [],
          confirmedByReceiver: false,
        },
        ...REGISTER_KEYS.map((k) => {
          const s = REGISTERS[k];
          return {
            key: k,
            title: s.title,
            entryTypes: Object.keys(s.entryTypes),
            columns: s.columns,
            clause: (s.clause as Record<string, string | undefined>)[catalog] ?? null,
            writable: true,
            // The profile's rules on this register's fields: the form asks each question and marks
            // the fields required when the answer is yes.
            requiredFields: (profile.registers?.required_fields ?? [])
              .filter((r) => r.register === k)
              .map((r) => ({
                key: r.key,
                fields: [...r.fields],
                question: r.when.answer ?? null,
                text: r.text,
                clause: r.clause,
              })),
            confirmedByReceiver: k === "data_handover_log" && !!profile.registers?.handover_confirmation,
          };
        }),
      ];
      return c.json({ data }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/registers/media_loan_log/unreturned",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "Media lent and not returned",
      responses: ok("Unreturned media", UnreturnedRes),
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const rows = await unreturnedMedia(deps.database.db, actor, deps.now());
      return c.json(
        { data: await withAssetLabels(c, actor, rows, { id: "asset_id", label: "asset_label" }) },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/registers/{register}/export",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "Export a register (.xlsx or PDF) with the same filters and visibility as the list",
      request: { params: RegisterParam, query: ExportQuery },
      responses: { 200: { description: "File" }, ...errorResponses },
    }),
    async (c) => {
      const { register } = c.req.valid("param");
      const q = c.req.valid("query");
      const sheet = await sheetOf(c, register, q);
      const deps = c.get("deps");
      // Register entries carry no classification of their own: the profile's level for exports.
      const marking = exportMarking(deps.profile(), [], requireActor(c.get("actor")), deps.now());
      const stamp = formatDateTimeJa(c.get("deps").now());
      const name = `${register}-${toIsoDate(c.get("deps").now())}`;
      if (q.format === "xlsx") {
        const buf = await toXlsx(sheet, marking);
        return c.body(new Uint8Array(buf), 200, {
          "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "content-disposition": `attachment; filename="${name}.xlsx"`,
        });
      }
      const buf = await toPdf(sheet, `出力日時 ${stamp}　${q.from ?? ""}〜${q.to ?? ""}`, marking);
      return c.body(new Uint8Array(buf), 200, {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${name}.pdf"`,
      });
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/registers/{register}",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "Entries of a register, with filters (date range in JST, department, person, asset)",
      request: { params: RegisterParam, query: ListQuery },
      responses: ok("Entries: the carry-out log's rows, or the register's entries", EntriesRes),
    }),
    async (c) => {
      const { register } = c.req.valid("param");
      const q = c.req.valid("query");
      const actor = requireActor(c.get("actor"));
      const db = c.get("deps").database.db;
      if (register === "carry_out_log") {
        if (q.state)
          throw fieldError(
            "state",
            "持ち出し・持ち込み記録には状態の絞り込みはありません。",
            "The carry-out log has no state filter.",
          );
        const rows = await carryOutEntries(db, actor, q);
        return c.json(
          { data: await withAssetLabels(c, actor, rows, { id: "asset_id", label: "asset_label" }) },
          200,
        );
      }
      const rows = (await listEntries(db, actor, register, q, c.get("deps").now())).map((e) => ({
        ...presentEntry(e),
        policies: serialize(actor, "register", {
          departmentId: e.department_id,
          bureauId: null,
          secondPersonId: (e.data?.secondPersonId as string | undefined) ?? null,
        }),
      }));
      return c.json(
        { data: await withAssetLabels(c, actor, rows, { id: "assetId", label: "assetLabel" }) },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/registers/{register}",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "Append an entry (a correction names the entry it corrects; an exit/return/confirmation names the entry it ends)",
      request: {
        params: AppendParam,
        body: { required: true, content: { "application/json": { schema: AppendReq } } },
      },
      responses: {
        201: { description: "Appended", content: { "application/json": { schema: AppendedRes } } },
        ...errorResponses,
        409: { description: "Conflict" },
      },
    }),
    async (c) => {
      const { register } = c.req.valid("param");
      const input = c.req.valid("json");
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const departmentId = input.departmentId ?? actor.departmentId;
      if (!departmentId)
        throw new AppError(400, "no_department", "所属を指定してください。", "Give the department.", {
          departmentId: { message_ja: "所属を指定してください。", message_en: "Give the department." },
        });
      const unit = await unitOf(deps.database.db, departmentId);
      if (!unit) throw notFound({ ja: "所属", en: "The department" });
      if (!input.closesId) authorize(actor, "append", "register", unit);
      else if (!canSeeUnit(actor, unit)) throw notFound({ ja: "記録", en: "The entry" });
      const named = await checkBodyIds(c, actor, input);
      // What the profile asks this register's entry to record (e.g. 川崎市 第4章4(3), 第7章3(5)イ(イ)).
      if (!input.closesId) {
        const problems = requiredFieldProblems(
          deps.profile().registers?.required_fields ?? [],
          register,
          input.data,
          named,
        );
        if (problems.length)
          throw invalid(
            Object.fromEntries(problems.map((p) => [p.field, { message_ja: p.ja, message_en: p.en }])),
          );
      }
      const db = deps.database.db;
      const row = await appendEntry(
        db,
        ctxOf(c),
        register as RegisterKey,
        { ...input, departmentId },
        deps.now(),
        {
          // The entry a body closes or corrects: one of a department the actor may not see is
          // answered like an unknown id (the named second person confirms a work record anywhere).
          mayRefer: async (entry, tx) => {
            const u = await unitOf(tx, entry.departmentId);
            const d = entry.data as Record<string, unknown>;
            // The receiving 課 may name a handover only to confirm it (not to correct it).
            const to =
              entry.register === "data_handover_log" && input.closesId === entry.id
                ? await receivingUnit(tx, d)
                : null;
            return (
              (u !== null && canSeeUnit(actor, u)) ||
              (entry.register === "work_log" && d.secondPersonId === actor.personId) ||
              (to !== null && canSeeUnit(actor, to))
            );
          },
          // A data handover is confirmed by the receiving side (rule register.confirm_handover).
          mayClose: async (entry, tx) => {
            if (entry.register !== "data_handover_log") return;
            if (!deps.profile().registers?.handover_confirmation)
              throw new AppError(
                409,
                "confirmation_not_asked",
                "このプロファイルはデータ等の受渡しの相互確認を定めていません。",
                "This profile asks no confirmation of a data handover.",
              );
            const u = await unitOf(tx, entry.departmentId);
            if (!u) throw notFound({ ja: "記録", en: "The entry" });
            authorize(actor, "confirm_handover", "register", {
              ...u,
              toUnit: await receivingUnit(tx, entry.data as Record<string, unknown>),
              recordedByPersonId: entry.recordedByPersonId,
            });
          },
        },
      );
      return c.json({ data: row }, 201);
    },
  );

  return app;
}
