import { eq } from "drizzle-orm";
import { z } from "zod";
import { recordEvent } from "../../../audit/record";
import type { Db, DbOrTx } from "../../../db/client";
import type { RequestContext } from "../../../http/context";
import { AppError, conflict, type FieldError, invalid, notFound } from "../../../http/errors";
import { fieldErrorsFromZod } from "../../../http/validation";
import { defineJob } from "../../../jobs";
import { crossChecks, REGISTERS } from "../domain/registers";
import { type RegisterKey, registerEntries } from "../tables";

export interface AppendInput {
  entryType: string;
  occurredAt: string;
  departmentId: string;
  personId?: string | null;
  assetId?: string | null;
  data: Record<string, unknown>;
  correctsId?: string | null;
  closesId?: string | null;
  sourceRequestId?: string | null;
}

/** Names of entry fields that are not a column of their register (people chosen by id, notes). */
const DATA_LABELS = {
  escortPersonId: { ja: "付添者", en: "Escort" },
  secondPersonId: { ja: "確認者（2人目）", en: "Second person" },
  dueAt: { ja: "返却期限", en: "Due" },
  note: { ja: "備考", en: "Note" },
  fromPerson: { ja: "渡した人", en: "Handed over by" },
  toPerson: { ja: "受け取った人", en: "Received by" },
  toDepartmentId: { ja: "受け取った課", en: "Receiving department" },
  encrypted: { ja: "暗号化", en: "Encrypted" },
  requestNumber: { ja: "申請番号", en: "Request number" },
  confidentialMedium: { ja: "区分Ⅰ又はⅡの可搬媒体", en: "Class I or II medium" },
  byContractor: { ja: "事業者による廃棄", en: "Disposed of by a contractor" },
};

type EntryRow = typeof registerEntries.$inferSelect;

export interface AppendOptions {
  /** Whether the acting person may refer to this entry (close or correct it); absent: the system. */
  mayRefer?: (entry: EntryRow, tx: DbOrTx) => Promise<boolean>;
  /** Authorizes closing this entry (throws when the actor may not); absent: the system. */
  mayClose?: (entry: EntryRow, tx: DbOrTx) => Promise<void>;
}

/** Validates an entry against its register's schema and rules; returns the cleaned data. */
async function check(
  tx: DbOrTx,
  register: RegisterKey,
  input: AppendInput,
  recorderPersonId: string | null,
  options: AppendOptions,
) {
  const spec = REGISTERS[register];
  const type = spec.entryTypes[input.entryType];
  if (!type)
    throw invalid({
      entryType: {
        message_ja: `次のいずれかにしてください: ${Object.keys(spec.entryTypes).join(", ")}`,
        message_en: `Must be one of: ${Object.keys(spec.entryTypes).join(", ")}`,
      },
    });
  const parsed = type.schema.safeParse(input.data);
  if (!parsed.success) {
    const labels = Object.fromEntries(spec.columns.map((c) => [c.key, c.label]));
    throw invalid(
      fieldErrorsFromZod(parsed.error, { prefix: "data.", labels: { ...DATA_LABELS, ...labels } }),
    );
  }
  const data = parsed.data;
  const errors: Record<string, FieldError> = {};
  if (type.personRequired && !input.personId)
    errors.personId = { message_ja: "担当者を選んでください。", message_en: "Choose the person." };
  if (type.assetRequired && !input.assetId)
    errors.assetId = { message_ja: "対象の媒体を選んでください。", message_en: "Choose the medium." };
  for (const p of crossChecks(register, input.entryType, {
    personId: input.personId ?? null,
    data,
    recorderPersonId: recorderPersonId ?? "",
  }))
    errors[p.field] = { message_ja: p.ja, message_en: p.en };
  if (Object.keys(errors).length) throw invalid(errors);

  const refer = async (id: string, what: string) => {
    const [row] = await tx.select().from(registerEntries).where(eq(registerEntries.id, id)).for("update");
    if (!row || row.register !== register || (options.mayRefer && !(await options.mayRefer(row, tx))))
      throw notFound({ ja: what, en: "The entry" });
    return row;
  };
  if (type.closes) {
    if (!input.closesId)
      throw invalid({
        closesId: { message_ja: "対応する記録を指定してください。", message_en: "Name the entry this ends." },
      });
    const opened = await refer(input.closesId, "対応する記録");
    if (opened.entryType !== type.closes)
      throw conflict("wrong_entry", "対応する記録の種類が違います。", "That entry cannot be ended this way.");
    const [already] = await tx
      .select({ id: registerEntries.id })
      .from(registerEntries)
      .where(eq(registerEntries.closesId, opened.id));
    if (already)
      throw conflict(
        "already_closed",
        "この記録はすでに完了しています（退室・返却・確認済み）。",
        "That entry is already ended.",
      );
    if (new Date(input.occurredAt) < opened.occurredAt)
      throw invalid(
        {
          occurredAt: {
            message_ja: "日時が元の記録より前です。",
            message_en: "It is before the entry it ends.",
          },
        },
        "invalid_dates",
      );
    if (options.mayClose) await options.mayClose(opened, tx);
    if (
      register === "data_handover_log" &&
      !(opened.data as Record<string, unknown>).toDepartmentId &&
      !(data as Record<string, unknown>).note
    )
      throw invalid({
        "data.note": {
          message_ja: "相手方がどのように確認したか（受領書等）を備考に記録してください（相互で確認）。",
          message_en: "Say how the other party confirmed it (e.g. its receipt) in the note.",
        },
      });
    if (register === "work_log") {
      const second = (opened.data as Record<string, unknown>).secondPersonId;
      if (second !== recorderPersonId)
        throw new AppError(
          403,
          "not_second_person",
          "作業記録の確認は、記録に確認者として記載された職員が行います。",
          "Only the second person named in the record confirms it.",
        );
    }
    return { data, departmentId: opened.departmentId, assetId: opened.assetId };
  }
  if (input.correctsId) {
    const original = await refer(input.correctsId, "訂正する記録");
    if (original.entryType !== input.entryType)
      throw conflict(
        "wrong_entry",
        "訂正は元の記録と同じ種類で記録してください。",
        "A correction has the type of the entry it corrects.",
      );
  }
  return { data, departmentId: input.departmentId, assetId: input.assetId ?? null };
}

/** Appends one entry (never updates: a correction is a new entry naming the one it corrects). */
export async function appendEntry(
  db: DbOrTx,
  ctx: RequestContext | null,
  register: RegisterKey,
  input: AppendInput,
  now: Date,
  options: AppendOptions = {},
) {
  const run = async (tx: DbOrTx) => {
    const recorder = ctx?.actor?.personId ?? null;
    const checked = await check(tx, register, input, recorder, options);
    const [row] = await tx
      .insert(registerEntries)
      .values({
        register,
        entryType: input.entryType,
        occurredAt: new Date(input.occurredAt),
        departmentId: checked.departmentId,
        personId: input.personId ?? null,
        assetId: checked.assetId,
        data: checked.data,
        correctsId: input.correctsId ?? null,
        closesId: input.closesId ?? null,
        sourceRequestId: input.sourceRequestId ?? null,
        recordedByPersonId: recorder,
        recordedAt: now,
      })
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: input.correctsId ? "register.corrected" : "register.appended",
        targetType: "register_entry",
        targetId: row.id,
        departmentId: row.departmentId,
        data: {
          register,
          entryType: row.entryType,
          correctsId: row.correctsId,
          closesId: row.closesId,
          sourceRequestId: row.sourceRequestId,
        },
      },
      now,
    );
    return row;
  };
  return "transaction" in db ? (db as Db).transaction(run) : run(db);
}

/**
 * Job `registers.append`: entries other modules ask for (e.g. the disposal record and the data
 * handover record a completed request produces). Runs in the job's transaction.
 */
export const registerAppendJob = defineJob({
  kind: "registers.append",
  payload: z.object({
    register: z.string().refine((r) => r in REGISTERS, { message: "unknown register" }),
    entryType: z.string().min(1),
    occurredAt: z.string().min(1),
    departmentId: z.uuid(),
    personId: z.uuid().nullish(),
    assetId: z.uuid().nullish(),
    data: z.record(z.string(), z.unknown()).default({}),
    sourceRequestId: z.string().nullish(),
    recordedByPersonId: z.uuid().nullish(),
  }),
  run: async (p, { tx, now }) => {
    const register = p.register as RegisterKey;
    const ctx: RequestContext & { via: string } = { actor: null, ip: "", requestId: "job", via: "job" };
    const recorded = p.recordedByPersonId ?? null;
    await appendEntry(
      tx,
      recorded ? { ...ctx, actor: { personId: recorded } as never } : ctx,
      register,
      {
        entryType: p.entryType,
        occurredAt: p.occurredAt,
        departmentId: p.departmentId,
        personId: p.personId ?? null,
        assetId: p.assetId ?? null,
        data: p.data,
        sourceRequestId: p.sourceRequestId ?? null,
      },
      now,
    );
  },
});
