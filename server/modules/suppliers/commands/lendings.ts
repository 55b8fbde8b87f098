/**
 * 受渡票: information lent to the contractor (川崎市 9(2)オ), linked to the asset register through
 * the assets face and written to the data handover register (データ等の受渡し記録) by the registers
 * module's job; at the end each item is returned or its disposal certified — certificate number,
 * date and the certificate itself (PDF or image by content) — before the contract may close.
 */

import { and, eq } from "drizzle-orm";
import { atJstTime, toJstIsoString } from "../../../../common/calendar";
import { recordEvent } from "../../../audit/record";
import type { Db, DbOrTx } from "../../../db/client";
import type { Actor, RequestContext } from "../../../http/context";
import { conflict, fieldError, notFound } from "../../../http/errors";
import { enqueue } from "../../../jobs";
import type { Profile } from "../../../profile";
import { assetLabels } from "../../assets";
import type { ContractUnit } from "../access";
import { type ContractRow, loadContract } from "../load";
import { supplierContractors, supplierLendings } from "../tables";

type Check = (unit: ContractUnit) => void;

/** The registers module's job that appends an entry (its kind, as the registry names it). */
const REGISTER_APPEND_JOB = "registers.append";

async function handoverEntry(
  tx: DbOrTx,
  c: ContractRow,
  lending: { id: string; description: string; assetId: string | null; slipNumber: string },
  direction: "out" | "in",
  day: string,
  personId: string,
  now: Date,
) {
  const [k] = await tx
    .select({ name: supplierContractors.name })
    .from(supplierContractors)
    .where(eq(supplierContractors.id, c.contractorId));
  await enqueue(tx, {
    kind: REGISTER_APPEND_JOB,
    payload: {
      register: "data_handover_log",
      entryType: "record",
      occurredAt: toJstIsoString(atJstTime(day, 9)),
      departmentId: c.departmentId,
      personId,
      assetId: lending.assetId,
      data: {
        direction,
        toParty: direction === "out" ? (k?.name ?? "委託事業者") : "返却（委託事業者から）",
        dataName: `${lending.description}（受渡票 ${lending.slipNumber}）`,
      },
      recordedByPersonId: personId,
    },
    runAt: now,
    uniqueKey: `${REGISTER_APPEND_JOB}:supplier_lending:${lending.id}:${direction}`,
  });
}

export async function lend(
  db: Db,
  ctx: RequestContext,
  viewer: { actor: Actor; profile: Profile },
  contractId: string,
  input: { slipNumber: string; description: string; assetId: string | null; lentOn: string },
  now: Date,
  check: Check,
) {
  return db.transaction(async (tx) => {
    const { contract, unit } = await loadContract(tx, contractId, true);
    check(unit);
    if (contract.state !== "checked" && contract.state !== "active")
      throw conflict(
        "contract_not_active",
        "貸与は条項確認済又は履行中の契約について記録します。",
        "Lending is recorded for a checked or active contract.",
      );
    if (input.assetId) {
      const label = (await assetLabels(tx, viewer, [input.assetId])).get(input.assetId);
      if (!label || label.hidden)
        throw fieldError("assetId", "情報資産が見つかりません。", "The information asset was not found.");
    }
    const [dupe] = await tx
      .select({ id: supplierLendings.id })
      .from(supplierLendings)
      .where(
        and(eq(supplierLendings.contractId, contractId), eq(supplierLendings.slipNumber, input.slipNumber)),
      );
    if (dupe)
      throw conflict(
        "duplicate_slip",
        "この受渡票番号は登録済みです。",
        "This handover slip number is already recorded.",
        {
          slipNumber: { message_ja: "登録済みの番号です。", message_en: "Already recorded." },
        },
      );
    const [row] = await tx
      .insert(supplierLendings)
      .values({ ...input, contractId, createdAt: now })
      .returning();
    await handoverEntry(tx, contract, row, "out", input.lentOn, viewer.actor.personId, now);
    await recordEvent(
      tx,
      ctx,
      {
        type: "supplier.lending_recorded",
        targetType: "supplier_contract",
        targetId: contractId,
        departmentId: contract.departmentId,
        data: { slipNumber: row.slipNumber, assetId: row.assetId, lentOn: row.lentOn },
      },
      now,
    );
    const { certificateContent: _c, ...out } = row;
    return out;
  });
}

async function openLending(tx: DbOrTx, contractId: string, lendingId: string) {
  const [l] = await tx
    .select()
    .from(supplierLendings)
    .where(and(eq(supplierLendings.id, lendingId), eq(supplierLendings.contractId, contractId)))
    .for("update");
  if (!l) throw notFound({ ja: "貸与物", en: "The lent item" });
  if (l.state !== "lent")
    throw conflict(
      "lending_settled",
      "この貸与物は返却又は廃棄証明が済んでいます。",
      "This item is already settled.",
    );
  return l;
}

export async function returnLending(
  db: Db,
  ctx: RequestContext,
  contractId: string,
  lendingId: string,
  returnedOn: string,
  now: Date,
  check: Check,
) {
  return db.transaction(async (tx) => {
    const { contract, unit } = await loadContract(tx, contractId, true);
    check(unit);
    const l = await openLending(tx, contractId, lendingId);
    if (returnedOn < l.lentOn)
      throw fieldError(
        "returnedOn",
        "返却日は貸与日以降にしてください。",
        "The return cannot precede the lending.",
      );
    await tx
      .update(supplierLendings)
      .set({ state: "returned", returnedOn, closedByPersonId: ctx.actor?.personId ?? null })
      .where(eq(supplierLendings.id, lendingId));
    await handoverEntry(tx, contract, l, "in", returnedOn, ctx.actor?.personId as string, now);
    await recordEvent(
      tx,
      ctx,
      {
        type: "supplier.lending_returned",
        targetType: "supplier_contract",
        targetId: contractId,
        departmentId: contract.departmentId,
        data: { slipNumber: l.slipNumber, returnedOn },
      },
      now,
    );
    return { id: lendingId, state: "returned" as const, returnedOn };
  });
}

export async function certifyDisposal(
  db: Db,
  ctx: RequestContext,
  contractId: string,
  lendingId: string,
  input: {
    certificateNumber: string;
    certifiedOn: string;
    file: { fileName: string; contentType: string; bytes: Buffer; sha256: string };
  },
  now: Date,
  check: Check,
) {
  return db.transaction(async (tx) => {
    const { contract, unit } = await loadContract(tx, contractId, true);
    check(unit);
    const l = await openLending(tx, contractId, lendingId);
    if (input.certifiedOn < l.lentOn)
      throw fieldError(
        "certifiedOn",
        "廃棄証明日は貸与日以降にしてください。",
        "The certificate cannot precede the lending.",
      );
    await tx
      .update(supplierLendings)
      .set({
        state: "disposed",
        certificateNumber: input.certificateNumber,
        certifiedOn: input.certifiedOn,
        certificateName: input.file.fileName,
        certificateType: input.file.contentType,
        certificateSha256: input.file.sha256,
        certificateContent: input.file.bytes,
        closedByPersonId: ctx.actor?.personId ?? null,
      })
      .where(eq(supplierLendings.id, lendingId));
    await recordEvent(
      tx,
      ctx,
      {
        type: "supplier.disposal_certified",
        targetType: "supplier_contract",
        targetId: contractId,
        departmentId: contract.departmentId,
        data: {
          slipNumber: l.slipNumber,
          certificateNumber: input.certificateNumber,
          certifiedOn: input.certifiedOn,
          sha256: input.file.sha256,
        },
      },
      now,
    );
    return { id: lendingId, state: "disposed" as const, certificateSha256: input.file.sha256 };
  });
}

/** The certificate file of a lending (for download). */
export async function certificateOf(db: DbOrTx, contractId: string, lendingId: string) {
  const [l] = await db
    .select()
    .from(supplierLendings)
    .where(and(eq(supplierLendings.id, lendingId), eq(supplierLendings.contractId, contractId)));
  if (!l?.certificateContent) throw notFound({ ja: "廃棄証明書", en: "The certificate" });
  return {
    content: l.certificateContent,
    contentType: l.certificateType as string,
    fileName: l.certificateName as string,
    sha256: l.certificateSha256 as string,
  };
}
