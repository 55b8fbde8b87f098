/** Contractor (委託事業者) writes: the 法人番号 is checked by its check digit; each write is audited. */
import { eq } from "drizzle-orm";
import { recordEvent } from "../../../audit/record";
import type { Db, DbOrTx } from "../../../db/client";
import type { RequestContext } from "../../../http/context";
import { conflict, fieldError, notFound } from "../../../http/errors";
import { corporateNumberProblem } from "../domain/corporate-number";
import { type Certification, supplierContractors } from "../tables";

export interface ContractorInput {
  name: string;
  corporateNumber: string | null;
  certifications: Certification[];
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  address: string | null;
  note: string | null;
}

/** Full-width digits and separators as people type them are accepted: "1234-5678-9012-3". */
function normalizeCorporateNumber(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const v = raw
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\s\-－ー]/g, "");
  if (v === "") return null;
  const problem = corporateNumberProblem(v);
  if (problem === "format")
    throw fieldError("corporateNumber", "法人番号は13桁の数字です。", "A corporate number has 13 digits.");
  if (problem === "check_digit")
    throw fieldError(
      "corporateNumber",
      "法人番号のチェックディジット（先頭の1桁）が一致しません。番号を確認してください。",
      "The corporate number's check digit (its first digit) does not match; check the number.",
    );
  return v;
}

const duplicate = () =>
  conflict(
    "duplicate_corporate_number",
    "この法人番号の委託事業者は登録済みです。",
    "A contractor with this corporate number is already registered.",
    {
      corporateNumber: {
        message_ja: "登録済みの法人番号です。",
        message_en: "This corporate number is already registered.",
      },
    },
  );

async function ensureUnique(tx: DbOrTx, corporateNumber: string | null, exceptId?: string) {
  if (!corporateNumber) return;
  const [row] = await tx
    .select({ id: supplierContractors.id })
    .from(supplierContractors)
    .where(eq(supplierContractors.corporateNumber, corporateNumber));
  if (row && row.id !== exceptId) throw duplicate();
}

export async function createContractor(db: Db, ctx: RequestContext, input: ContractorInput, now: Date) {
  const corporateNumber = normalizeCorporateNumber(input.corporateNumber);
  return db.transaction(async (tx) => {
    await ensureUnique(tx, corporateNumber);
    const [row] = await tx
      .insert(supplierContractors)
      .values({ ...input, corporateNumber, createdAt: now, updatedAt: now })
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "supplier.contractor_created",
        targetType: "supplier_contractor",
        targetId: row.id,
        data: { name: row.name, corporateNumber },
      },
      now,
    );
    return row;
  });
}

export async function updateContractor(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: Partial<ContractorInput>,
  now: Date,
) {
  const patch: Partial<ContractorInput> = { ...input };
  if (input.corporateNumber !== undefined)
    patch.corporateNumber = normalizeCorporateNumber(input.corporateNumber);
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(supplierContractors)
      .where(eq(supplierContractors.id, id))
      .for("update");
    if (!before) throw notFound({ ja: "委託事業者", en: "The contractor" });
    if (patch.corporateNumber !== undefined) await ensureUnique(tx, patch.corporateNumber ?? null, id);
    const [row] = await tx
      .update(supplierContractors)
      .set({ ...patch, updatedAt: now })
      .where(eq(supplierContractors.id, id))
      .returning();
    const changes = Object.fromEntries(
      Object.keys(patch)
        .filter(
          (k) =>
            JSON.stringify((before as Record<string, unknown>)[k]) !==
            JSON.stringify((row as Record<string, unknown>)[k]),
        )
        .map((k) => [
          k,
          { from: (before as Record<string, unknown>)[k], to: (row as Record<string, unknown>)[k] },
        ]),
    );
    await recordEvent(
      tx,
      ctx,
      { type: "supplier.contractor_updated", targetType: "supplier_contractor", targetId: id, data: changes },
      now,
    );
    return row;
  });
}
