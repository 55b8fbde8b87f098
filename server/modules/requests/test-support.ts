import type { Db } from "../../db/client";
import { assets } from "../../db/schema";
import type { TestApp } from "../../test/app";
import { makeDepartment } from "../../test/factories";
import { signedInUser } from "../../test/session";

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

/**
 * A 課 of the kawasaki profile with a member who files requests and its 情報管理責任者, who decides
 * them (第7章3(7)ア) — both signed in. `staffRole`: a role the member holds over the 課.
 */
export async function kawasakiDesk(t: TestApp, options: { name?: string; staffRole?: string } = {}) {
  const dept = (await makeDepartment(t.database.db, options.name ? { name: options.name } : {})).id;
  const staff = await signedInUser(t, dept, options.staffRole ? [[options.staffRole, dept]] : []);
  const manager = await signedInUser(t, dept, [["information_manager", dept]]);
  return { dept, staff, manager };
}
