/**
 * Where this module meets the asset register and the directory: through the assets face
 * (`modules/assets/index.ts`) and the directory layer, never their tables. Labels are the viewer's:
 * an asset the viewer may not open comes back as `{ id, hidden: true }` — never its number or name.
 */
import type { DbOrTx } from "../../db/client";
import { departmentUnit } from "../../directory";
import type { Actor } from "../../http/context";
import type { Profile } from "../../profile";
import { assetLabels as assetFaceLabels, assetFacts } from "../assets";

export interface HostAsset {
  id: string;
  kind: string;
  departmentId: string;
  bureauId: string | null;
  custodianPersonId: string | null;
}

export type AssetLabel =
  | { id: string; hidden: true }
  | { id: string; hidden: false; number: string; name: string; kind: string };

/** Systems and devices may carry software; nothing else of the register does. */
export const HOST_KINDS: readonly string[] = ["system", "device"];

/**
 * The system or device an installation is registered on (null when absent, disposed or not a
 * host). Read as the system: the caller authorizes the host's unit before anything is written.
 */
export async function hostAsset(db: DbOrTx, assetId: string): Promise<HostAsset | null> {
  const [asset] = await assetFacts(db, "system", [assetId]);
  if (!asset || !HOST_KINDS.includes(asset.kind) || asset.status === "disposed") return null;
  return {
    id: asset.id,
    kind: asset.kind,
    departmentId: asset.departmentId,
    bureauId: await bureauOf(db, asset.departmentId),
    custodianPersonId: asset.custodianPersonId,
  };
}

/** Labels of these assets for the viewer (hidden when the viewer may not open the asset). */
export async function assetLabels(
  db: DbOrTx,
  viewer: { actor: Actor; profile: Profile },
  ids: readonly string[],
): Promise<Map<string, AssetLabel>> {
  const labels = await assetFaceLabels(db, viewer, ids);
  const out = new Map<string, AssetLabel>();
  for (const [id, l] of labels)
    out.set(
      id,
      l.hidden
        ? { id, hidden: true }
        : { id, hidden: false, number: l.assetNumber, name: l.name, kind: l.kind },
    );
  return out;
}

/** The bureau above a department (null when its parent is not a bureau). */
export async function bureauOf(db: DbOrTx, departmentId: string): Promise<string | null> {
  return (await departmentUnit(db, departmentId))?.bureauId ?? null;
}
