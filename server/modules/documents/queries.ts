/**
 * Reads of documents, versions and acknowledgements. Documents are few (tens to hundreds), so a
 * list loads them with their version facts and filters by the same predicate as a detail view
 * (access.ts `canReadDocument`): a list can never show what a detail view would refuse.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import { peopleWithLogin } from "../../auth/logins";
import type { DbOrTx } from "../../db/client";
import {
  type AudienceFacts,
  allUnits,
  departmentNames,
  peopleForAudience,
  personNames,
} from "../../directory";
import type { Profile } from "../../profile";
import type { DocumentKindT } from "../../profile/documents-schema";
import type { DocumentRecord } from "./access";
import { requiredVersion, type VersionFact } from "./domain/acknowledgement";
import { documentAcknowledgements, documents, documentVersions } from "./tables";

export type DocumentRow = typeof documents.$inferSelect;
export type VersionRow = typeof documentVersions.$inferSelect;

export interface LoadedDocument {
  row: DocumentRow;
  record: DocumentRecord;
  kind: DocumentKindT | null;
  versions: Array<Omit<VersionRow, "body" | "content">>;
  current: Omit<VersionRow, "body" | "content"> | null;
  /** The version whose acknowledgement is required now (null: nothing published). */
  required: number | null;
}

export function kindOf(profile: Profile, key: string): DocumentKindT | null {
  return profile.documents?.kinds.find((k) => k.key === key) ?? null;
}

export function versionFacts(versions: LoadedDocument["versions"]): VersionFact[] {
  return versions.map((v) => ({
    number: v.number,
    materialChange: v.materialChange,
    everPublished: v.publishedAt !== null,
    current: v.state === "published",
  }));
}

/** Bureau above each unit (null when the parent is not a bureau). */
async function bureauMap(db: DbOrTx): Promise<Map<string, string | null>> {
  const units = await allUnits(db);
  const kind = new Map(units.map((u) => [u.id, u.kind]));
  return new Map(
    units.map((u) => [u.id, u.parentId && kind.get(u.parentId) === "bureau" ? u.parentId : null]),
  );
}

/** Documents (all, or these ids) with their version facts and access record. */
export async function loadDocuments(db: DbOrTx, profile: Profile, ids?: string[]): Promise<LoadedDocument[]> {
  const rows = ids
    ? ids.length
      ? await db.select().from(documents).where(inArray(documents.id, ids))
      : []
    : await db.select().from(documents).orderBy(asc(documents.kind), asc(documents.title));
  if (!rows.length) return [];
  const versions = await db
    .select({
      id: documentVersions.id,
      documentId: documentVersions.documentId,
      number: documentVersions.number,
      changeSummary: documentVersions.changeSummary,
      materialChange: documentVersions.materialChange,
      state: documentVersions.state,
      effectiveOn: documentVersions.effectiveOn,
      approvedAt: documentVersions.approvedAt,
      approvedByPersonId: documentVersions.approvedByPersonId,
      approvedDuty: documentVersions.approvedDuty,
      approvedClause: documentVersions.approvedClause,
      publishedAt: documentVersions.publishedAt,
      publishedByPersonId: documentVersions.publishedByPersonId,
      supersededAt: documentVersions.supersededAt,
      createdByPersonId: documentVersions.createdByPersonId,
      editedByPersonIds: documentVersions.editedByPersonIds,
      createdAt: documentVersions.createdAt,
      updatedAt: documentVersions.updatedAt,
    })
    .from(documentVersions)
    .where(
      inArray(
        documentVersions.documentId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(documentVersions.number));
  const bureaus = await bureauMap(db);
  return rows.map((row) => {
    const vs = versions.filter((v) => v.documentId === row.id);
    const current = vs.find((v) => v.state === "published") ?? null;
    const kind = kindOf(profile, row.kind);
    return {
      row,
      kind,
      versions: vs,
      current,
      required: requiredVersion(versionFacts(vs)),
      record: {
        kind,
        departmentId: row.departmentId,
        bureauId: row.departmentId ? (bureaus.get(row.departmentId) ?? null) : null,
        audience: row.audience,
        published: current !== null,
      },
    };
  });
}

export async function loadDocument(db: DbOrTx, profile: Profile, id: string): Promise<LoadedDocument | null> {
  return (await loadDocuments(db, profile, [id]))[0] ?? null;
}

/** One version with its text. */
export async function versionByNumber(
  db: DbOrTx,
  documentId: string,
  number: number,
): Promise<VersionRow | null> {
  const [v] = await db
    .select()
    .from(documentVersions)
    .where(and(eq(documentVersions.documentId, documentId), eq(documentVersions.number, number)));
  return v ?? null;
}

/** Version numbers each of these people acknowledged, per document: documentId → personId → numbers. */
export async function acknowledgedNumbers(
  db: DbOrTx,
  documentIds: string[],
  personIds?: string[],
): Promise<Map<string, Map<string, number[]>>> {
  const out = new Map<string, Map<string, number[]>>();
  if (!documentIds.length || (personIds && !personIds.length)) return out;
  const rows = await db
    .select({
      documentId: documentAcknowledgements.documentId,
      personId: documentAcknowledgements.personId,
      number: documentAcknowledgements.versionNumber,
    })
    .from(documentAcknowledgements)
    .where(
      and(
        inArray(documentAcknowledgements.documentId, documentIds),
        personIds ? inArray(documentAcknowledgements.personId, personIds) : undefined,
      ),
    );
  for (const r of rows) {
    const perDoc = out.get(r.documentId) ?? new Map<string, number[]>();
    perDoc.set(r.personId, [...(perDoc.get(r.personId) ?? []), r.number]);
    out.set(r.documentId, perDoc);
  }
  return out;
}

/** Acknowledgements of one document, newest first, with names. */
export async function acknowledgementsOf(db: DbOrTx, documentId: string, personIds: string[]) {
  if (!personIds.length) return [];
  const rows = await db
    .select()
    .from(documentAcknowledgements)
    .where(
      and(
        eq(documentAcknowledgements.documentId, documentId),
        inArray(documentAcknowledgements.personId, personIds),
      ),
    )
    .orderBy(asc(documentAcknowledgements.createdAt));
  return rows;
}

export { departmentNames, personNames };

/**
 * The directory's audience facts of active people, with whether each has a login (auth's fact:
 * people without one are acknowledged for on paper). Sequential reads: a PGlite transaction has
 * one connection.
 */
export async function audienceWithLogins(
  db: DbOrTx,
  at: Date,
  unitIds?: readonly string[],
): Promise<Array<AudienceFacts & { hasLogin: boolean }>> {
  const people = await peopleForAudience(db, at, unitIds);
  const logins = await peopleWithLogin(db, unitIds ? people.map((p) => p.id) : undefined);
  return people.map((p) => ({ ...p, hasLogin: logins.has(p.id) }));
}
