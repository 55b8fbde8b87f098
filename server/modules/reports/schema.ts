import { z } from "@hono/zod-openapi";
import { REPORT_MODULES } from "../../../common/yearly-report";

/** Request and response schemas of /api/reports/yearly… (DESIGN.md §4). */
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");
const Label = z.object({ ja: z.string(), en: z.string() });

export const IdParam = z.object({ id: z.string().uuid() });
export const FigureParam = z.object({
  id: z.string().uuid(),
  key: z.string().regex(/^[a-z_]+\.[a-z_]+$/, "<module>.<figure>"),
});
export const PageQuery = z.object({
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const YearlyGenerateReq = z
  .strictObject({
    fiscalYear: z.number().int().min(2000).max(2100),
    /** The snapshot date (JST); default: the profile's date of the 年度's closing (3/31). */
    asOf: IsoDate.optional(),
  })
  .openapi("YearlyReportGenerate");

export const YearlyApproveReq = z
  .strictObject({
    /** Only when approving a report one generated oneself, where the profile allows it. */
    overrideReason: z.string().trim().min(1).max(2000).optional(),
  })
  .openapi("YearlyReportApprove");

const Policies = z.object({ read: z.boolean(), generate: z.boolean(), approve: z.boolean() });

export const YearlyReportRes = z
  .object({
    id: z.string(),
    fiscalYear: z.number(),
    fiscalYearLabel: z.string(),
    asOf: z.string(),
    asOfLabel: z.string(),
    state: z.enum(["draft", "approved"]),
    required: z.boolean(),
    title: Label,
    recipient: Label,
    basis: Label,
    approverDuty: z.string(),
    approverDutyLabel: Label,
    marking: z.string(),
    organizationName: z.string(),
    generatedByName: z.string().nullable(),
    generatedAt: z.string(),
    approvedByName: z.string().nullable(),
    approvedAt: z.string().nullable(),
    approvalOverrideReason: z.string().nullable(),
    clause: z.string(),
    also: z.array(z.string()),
    policies: Policies,
  })
  .openapi("YearlyReport");

export const YearlyReportDetailRes = z
  .object({
    data: YearlyReportRes.extend({
      sections: z.array(
        z.object({
          module: z.enum(REPORT_MODULES),
          title: Label,
          figures: z.array(z.object({ key: z.string(), label: Label, count: z.number() })),
          tables: z.array(
            z.object({
              key: z.string(),
              title: Label,
              rows: z.array(z.object({ label: Label, count: z.number() })),
            }),
          ),
        }),
      ),
      signedHead: z
        .object({
          seq: z.number(),
          eventId: z.number(),
          hash: z.string(),
          signedAt: z.string(),
          printable: z.string(),
        })
        .nullable(),
    }),
  })
  .openapi("YearlyReportDetail");

export const YearlyReportListRes = z
  .object({
    data: z.array(YearlyReportRes),
    rule: z
      .object({
        required: z.boolean(),
        title: Label,
        recipient: Label,
        basis: Label,
        defaultFiscalYear: z.number(),
        defaultAsOf: z.string(),
        clause: z.string(),
      })
      .nullable(),
    policies: z.object({ generate: z.boolean() }),
  })
  .openapi("YearlyReportList");

export const FigureRecordsRes = z
  .object({
    data: z.object({
      key: z.string(),
      module: z.enum(REPORT_MODULES),
      label: Label,
      count: z.number(),
      offset: z.number(),
      limit: z.number(),
      records: z.array(
        z.object({
          id: z.string(),
          reference: z.string(),
          title: z.string(),
          detail: z.string(),
          href: z.string(),
        }),
      ),
    }),
  })
  .openapi("YearlyFigureRecords");
