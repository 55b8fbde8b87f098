/**
 * Response schemas of the document routes that the document screens read (zod + OpenAPI): the
 * kinds, the list, a document with its versions, a version's text, the 新旧対照表 and the
 * acknowledgement figures. The web's typed contract (web/src/contract.ts) derives those screens'
 * types from them; `Checks` holds the routes' views to them field for field (tsc), and
 * responses.test.ts parses real answers against the routes' declared schemas.
 */
import { z } from "@hono/zod-openapi";
import {
  type Assert,
  type Conforms,
  I18nText,
  Instant,
  IsoDay,
  orNull,
  Policies,
  rowSchema,
} from "../../http/wire";
import { DocumentKind, DocumentsSection } from "../../profile/documents-schema";
import type { presentDocument, presentVersion, presentVersionMeta } from "./presenter";
import type { AcknowledgementFigures } from "./routes/acknowledgements";
import type { DocumentDetail, DocumentKinds } from "./routes/documents";
import type { Comparison, VersionPage } from "./routes/versions";
import { documentAcknowledgements, documents, VERSION_STATES } from "./tables";

/** A kind of the profile as the API presents it (an absent rule is null). */
const Kind = DocumentKind.extend({
  restricted: DocumentKind.shape.restricted.unwrap().nullable(),
  review: DocumentKind.shape.review.unwrap().nullable(),
});

export const DocumentKindsRes = z
  .object({
    data: z.array(
      Kind.extend({
        /** Where the viewer may create one: the organization, any 課, these 課, or nowhere. */
        createIn: z.union([z.enum(["organization", "any_department"]), z.array(z.string())]).nullable(),
      }),
    ),
    posting: DocumentsSection.shape.posting.nullable(),
    paperAcknowledgement: DocumentsSection.shape.paper_acknowledgement.nullable(),
  })
  .openapi("DocumentKinds");

export const VersionMeta = z
  .object({
    id: z.string(),
    number: z.number().int(),
    state: z.enum(VERSION_STATES),
    stateLabel: I18nText,
    changeSummary: z.string().nullable(),
    materialChange: z.boolean(),
    effectiveOn: IsoDay.nullable(),
    approvedAt: Instant.nullable(),
    approvedBy: z.string().nullable(),
    approvedClause: z.string().nullable(),
    publishedAt: Instant.nullable(),
    publishedBy: z.string().nullable(),
    supersededAt: Instant.nullable(),
    createdAt: Instant,
  })
  .openapi("DocumentVersionMeta");

export const DocumentSummary = z
  .object({
    id: z.string(),
    kind: z.string(),
    /** null when the profile no longer has the kind. */
    kindInfo: Kind.nullable(),
    title: z.string(),
    departmentId: z.string().nullable(),
    departmentName: z.string().nullable(),
    systemName: z.string().nullable(),
    audience: z.object({
      everyone: z.boolean(),
      roles: z.array(z.string()),
      departments: z.array(z.string()),
    }),
    restricted: z.boolean(),
    reviewDueOn: IsoDay.nullable(),
    lastReviewedAt: Instant.nullable(),
    current: orNull(VersionMeta),
    /** The draft or approved version, for those who keep the document. */
    pending: orNull(VersionMeta),
    requiredVersion: z.number().int().nullable(),
    me: z.object({
      inAudience: z.boolean(),
      acknowledged: z.boolean(),
      acknowledgedVersions: z.array(z.number().int()),
      mustAcknowledge: z.boolean(),
    }),
    policies: Policies,
  })
  .openapi("DocumentSummary");
export const DocumentListRes = z.object({ data: z.array(DocumentSummary) }).openapi("DocumentList");
export const DocumentDetailRes = z
  .object({ data: DocumentSummary.extend({ versions: z.array(VersionMeta) }) })
  .openapi("DocumentDetail");

const Watermark = z.object({ name: z.string(), loginId: z.string(), at: Instant, text: z.string() });
const Version = VersionMeta.extend({ text: z.string(), content: z.unknown() });
export const VersionPageRes = z
  .object({
    data: Version.extend({
      documentTitle: z.string(),
      restricted: z.boolean(),
      watermark: Watermark.nullable(),
      policies: Policies,
    }),
  })
  .openapi("DocumentVersionPage");

const Side = z.object({ line: z.number().int(), text: z.string() }).nullable();
const ROW_KINDS = ["same", "changed", "removed", "added"] as const;
export const ComparisonRes = z
  .object({
    data: z.object({
      documentTitle: z.string(),
      from: VersionMeta,
      to: VersionMeta,
      rows: z.array(z.object({ kind: z.enum(ROW_KINDS), old: Side, new: Side })),
      summary: z.record(z.enum(ROW_KINDS), z.number().int()),
      restricted: z.boolean(),
      watermark: Watermark.nullable(),
      printedOn: z.string(),
    }),
  })
  .openapi("DocumentComparison");

export const AcknowledgementFiguresRes = z
  .object({
    data: z.object({
      requiredVersion: z.number().int().nullable(),
      currentVersion: z.number().int().nullable(),
      scope: z.enum(["organization", "my_departments"]),
      departments: z.array(
        z.object({
          departmentId: z.string().nullable(),
          departmentName: z.string().nullable(),
          total: z.number().int(),
          acknowledged: z.number().int(),
          pending: z.number().int(),
        }),
      ),
      people: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          employeeNumber: z.string().nullable(),
          departmentId: z.string().nullable(),
          departmentName: z.string().nullable(),
          hasLogin: z.boolean(),
          acknowledged: z.boolean(),
          last: z
            .object({
              versionNumber: z.number().int(),
              method: z.string(),
              methodLabel: I18nText,
              signedOn: IsoDay.nullable(),
              at: Instant,
            })
            .nullable(),
          mayRecordPaper: z.boolean(),
        }),
      ),
    }),
  })
  .openapi("DocumentAcknowledgementFigures");

/** The write routes' answers: the stored document or acknowledgement, or the version as the reads present it. */
export const DocumentRowRes = z.object({ data: rowSchema(documents) }).openapi("DocumentRow");
export const VersionRes = z.object({ data: Version }).openapi("DocumentVersionWritten");
export const AcknowledgementRowRes = z
  .object({ data: rowSchema(documentAcknowledgements) })
  .openapi("DocumentAcknowledgementRow");

// The routes' views answer exactly these shapes (tsc checks it; nothing here runs).
export type Checks = [
  Assert<Conforms<DocumentKinds, z.output<typeof DocumentKindsRes>>>,
  Assert<Conforms<ReturnType<typeof presentVersionMeta>, z.output<typeof VersionMeta>>>,
  Assert<Conforms<ReturnType<typeof presentDocument>, z.output<typeof DocumentSummary>>>,
  Assert<Conforms<DocumentDetail, z.output<typeof DocumentDetailRes>>>,
  Assert<Conforms<ReturnType<typeof presentVersion>, z.output<typeof Version>>>,
  Assert<Conforms<VersionPage, z.output<typeof VersionPageRes>>>,
  Assert<Conforms<Comparison, z.output<typeof ComparisonRes>>>,
  Assert<Conforms<AcknowledgementFigures, z.output<typeof AcknowledgementFiguresRes>>>,
];
