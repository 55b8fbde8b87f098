/**
 * GET /api/accounts/reviews/{id}/export — the result of an ID review as .xlsx, .csv or PDF (the
 * shared list PDF of http/list-pdf.ts: issue 20 item 3, every list in the report's two formats).
 */

import { createRoute, z } from "@hono/zod-openapi";
import { compactIsoDate, formatDateJa } from "../../../../common/calendar";
import { clauseLabel } from "../../../../common/clause-label";
import { ACCOUNT_REVIEW_CAMPAIGN_LABELS, labelOf } from "../../../../common/labels";
import { requireActor } from "../../../access";
import { recordEvent } from "../../../audit/record";
import { personNames } from "../../../directory";
import { notFound } from "../../../http/errors";
import { exportMarking } from "../../../http/export-marking";
import { refuseOversize } from "../../../http/list-export";
import { listPdf } from "../../../http/list-pdf";
import { createRouter, errorResponses, requestContext, SESSION_ROUTE } from "../../../http/router";
import { presentSystems } from "../presenter";
import { listSystems } from "../queries";
import { allReviewItems, listReviews } from "../queries-reviews";
import { REVIEW_EXPORT_HEADERS, reviewCsv, reviewExportRows, reviewXlsx } from "../review-export";
import { IdParam } from "../schema";

const ExportQuery = z.object({ format: z.enum(["xlsx", "csv", "pdf"]).default("xlsx") });
const MIME = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=UTF-8",
  pdf: "application/pdf",
} as const;

export function reviewExportRoutes() {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/accounts/reviews/{id}/export",
      tags: ["accounts"],
      security: SESSION_ROUTE,
      summary:
        "ID棚卸し結果の出力（Excel・CSV・PDF、見えるシステムのみ）/ Export an ID review's results (.xlsx, .csv or PDF, the systems the viewer sees)",
      request: { params: IdParam, query: ExportQuery },
      responses: {
        200: {
          description: "Every ID of the review the viewer may see, with findings, decisions and tasks",
          content: {
            [MIME.xlsx]: { schema: { type: "string", format: "binary" } },
            "text/csv": { schema: { type: "string" } },
            [MIME.pdf]: { schema: { type: "string", format: "binary" } },
          },
        },
        ...errorResponses,
      },
    }),
    // biome-ignore lint/suspicious/noExplicitAny: a file, not a JSON body
    (async (c: any) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const { id } = c.req.valid("param") as z.infer<typeof IdParam>;
      const { format } = c.req.valid("query") as z.infer<typeof ExportQuery>;
      const now: Date = deps.now();
      // Only a campaign with a system the viewer sees exists for them; items are filtered alike.
      const [review] = await listReviews(db, actor, id);
      if (!review) throw notFound({ ja: "ID棚卸し", en: "The ID review" });
      const items = await allReviewItems(db, actor, review.id);
      const systems = await presentSystems(
        db,
        actor,
        deps.profile(),
        await listSystems(db, actor, [...new Set(items.map((i) => i.systemId))]),
      );
      const bySystem = new Map(systems.map((s) => [s.id, s]));
      const names = await personNames(
        db,
        items.flatMap((i) => [i.personId, i.decidedBy]).filter((x): x is string => !!x),
      );
      const rows = reviewExportRows(
        items.map((i) => ({
          ...i,
          systemName: bySystem.get(i.systemId)?.name ?? null,
          departmentName: bySystem.get(i.systemId)?.departmentName ?? null,
          personName: i.personId ? (names.get(i.personId) ?? null) : null,
          decidedByName: i.decidedBy ? (names.get(i.decidedBy) ?? null) : null,
        })),
      );
      // Taking the evidence out is recorded (who, which review, how many IDs) before it is sent;
      // a PDF too long to lay out is refused before that.
      refuseOversize(format, rows.length);
      await db.transaction((tx: typeof db) =>
        recordEvent(
          tx,
          requestContext(c),
          {
            type: "accounts.review_exported",
            targetType: "account_review",
            targetId: review.id,
            data: { reviewId: review.id, format, rows: rows.length },
          },
          now,
        ),
      );
      // IDs and their reviews carry no level of their own: the profile's export level.
      const profile = deps.profile();
      const marking = exportMarking(profile, [], actor, now);
      const title = `ID棚卸し結果 ${review.title}`;
      const body =
        format === "csv"
          ? reviewCsv(rows, marking)
          : format === "pdf"
            ? new Uint8Array(
                await listPdf(
                  {
                    title,
                    file: "account-review",
                    fileJa: "ID棚卸し",
                    header: REVIEW_EXPORT_HEADERS,
                    widths: REVIEW_EXPORT_HEADERS.map((_, i) => (i === 9 || i === 12 || i === 17 ? 32 : 16)),
                    marking,
                    now,
                    organization: profile.organization.name,
                  },
                  rows,
                ),
              )
            : await reviewXlsx(
                title,
                [
                  `開始日: ${formatDateJa(review.startedOn)}　期限: ${formatDateJa(review.dueOn)}　状態: ${labelOf(ACCOUNT_REVIEW_CAMPAIGN_LABELS, review.state).ja}`,
                  `根拠: ${clauseLabel(review.clause)}`,
                  `出力日時: ${formatDateJa(now)}　IDの数: ${rows.length}（判断済み ${review.decided}）`,
                ],
                rows,
                marking,
              );
      const name = `ID棚卸し_${compactIsoDate(review.startedOn)}.${format}`;
      return c.body(body, 200, {
        "content-type": MIME[format],
        "content-disposition": `attachment; filename="account-review_${compactIsoDate(review.startedOn)}.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
        "cache-control": "no-store",
      });
    }) as never,
  );
  return app;
}
