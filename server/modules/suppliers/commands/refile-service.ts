/**
 * An `external_service` request returned for changes and submitted again (from the requests
 * screen): the register entry and the request are one filing, so the entry takes the requester's
 * corrections (the service's name, the provider, the purpose and — where the path asks for it —
 * the reason the work needs it) and everything else is named from the entry as it is now (the
 * information it may hold, the manager's current name). Without this the approver would decide on
 * the corrected request while the register kept the old details.
 */
import { eq } from "drizzle-orm";
import { recordEvent } from "../../../audit/record";
import type { DbOrTx } from "../../../db/client";
import { findPerson } from "../../../directory";
import { conflict } from "../../../http/errors";
import type { ExternalServiceCategory } from "../../../profile/suppliers-schema";
import type { Refiling } from "../../requests";
import { externalServices } from "../tables";
import { serviceNotFound, serviceRequestFields, splitPurpose } from "./external-services";

export async function refileService(tx: DbOrTx, r: Refiling): Promise<Record<string, unknown>> {
  const [row] = await tx
    .select()
    .from(externalServices)
    .where(eq(externalServices.requestId, r.requestId))
    .for("update");
  if (!row) throw serviceNotFound();
  if (row.state === "terminated")
    throw conflict("terminated", "利用を終了した外部サービスです。", "The service's use has ended.");
  const given = r.fields ?? {};
  // Not a string (or empty): the record's value stands; the request's validation names bad ones.
  const text = (k: string, was: string) => {
    const v = given[k];
    return typeof v === "string" && v.trim() ? v.trim() : was;
  };
  const { purpose, necessityReason } = splitPurpose(text("purpose", ""), row.purpose, row.necessityReason);
  const next = {
    name: text("service", row.name),
    provider: text("provider", row.provider),
    purpose,
    necessityReason,
  };
  const manager = await findPerson(tx, row.managerPersonId);
  const fields = serviceRequestFields(
    r.profile,
    {
      ...next,
      highestLevel: row.highestLevel,
      category: row.category as ExternalServiceCategory,
      termsKind: row.termsKind as "terms" | "contract",
    },
    manager?.name ?? "—",
  );
  const changedRecord = (Object.keys(next) as Array<keyof typeof next>).filter((k) => next[k] !== row[k]);
  if (changedRecord.length)
    await tx
      .update(externalServices)
      .set({ ...next, updatedAt: r.now })
      .where(eq(externalServices.id, row.id));
  const changed = Object.keys(fields).filter(
    (k) => JSON.stringify(fields[k]) !== JSON.stringify(r.previous[k]),
  );
  await recordEvent(
    tx,
    r.ctx,
    {
      type: "external_service.refiled",
      targetType: "external_service",
      targetId: row.id,
      departmentId: row.departmentId,
      data: { requestId: r.requestId, changed, recordChanged: changedRecord },
    },
    r.now,
  );
  return fields;
}
