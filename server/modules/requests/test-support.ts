import type { Db } from "../../db/client";
import { assets } from "../../db/schema";

let n = 0;
/** Inserts an asset row directly (tests only: the asset register's own commands are another module's). */
export async function makeAsset(
  db: Db,
  values: {
    departmentId: string;
    kind?: string;
    confidentiality?: string | null;
    name?: string;
    zone?: string | null;
    status?: string;
  },
) {
  n++;
  const [row] = await db
    .insert(assets)
    .values({
      assetNumber: `T-${Date.now().toString(36)}-${n}`,
      name: values.name ?? `資産${n}`,
      kind: (values.kind ?? "medium") as "medium",
      departmentId: values.departmentId,
      confidentiality: values.confidentiality ?? null,
      effectiveConfidentiality: values.confidentiality ?? null,
      zone: (values.zone ?? null) as "lgwan" | null,
      status: (values.status ?? "in_use") as "in_use",
    })
    .returning();
  return row;
}
