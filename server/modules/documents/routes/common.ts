/** Helpers shared by the document routes: load a document as the viewer may see it. */
import type { Context } from "hono";
import { can } from "../../../access";
import type { Actor, AppEnv } from "../../../http/context";
import { notFound } from "../../../http/errors";
import { type LoadedDocument, loadDocument, versionByNumber } from "../queries";

export const TAG = ["documents"];
export const body = <T>(schema: T) => ({
  body: { required: true as const, content: { "application/json": { schema } } },
});

const missing = () => notFound({ ja: "文書", en: "The document" });

/**
 * The document, or 404 — the same answer for an unknown id and for a restricted document the
 * viewer may not see (an outsider learns nothing of its existence).
 */
export async function readableDocument(
  c: Context<AppEnv>,
  actor: Actor,
  id: string,
): Promise<LoadedDocument> {
  const deps = c.get("deps");
  const d = await loadDocument(deps.database.db, deps.profile(), id);
  if (!d || !can(actor, "read", "document", d.record)) throw missing();
  return d;
}

/** A version the viewer may see: drafts only for those who manage the document. */
export async function readableVersion(c: Context<AppEnv>, actor: Actor, d: LoadedDocument, number: number) {
  const v = await versionByNumber(c.get("deps").database.db, d.row.id, number);
  if (!v) throw notFound({ ja: "文書の版", en: "That version" });
  if (v.publishedAt === null && !can(actor, "read_drafts", "document", d.record))
    throw notFound({ ja: "文書の版", en: "That version" });
  return v;
}
