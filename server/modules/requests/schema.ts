import { z } from "@hono/zod-openapi";

const Uuid = z.string().uuid();

export const IdParam = z.object({ id: Uuid });

/**
 * The request bodies are declared once in common/request-schemas.ts: the web app's forms build
 * their schemas from the same pieces (#14 item 3).
 */
export {
  ApproveReq,
  CancelReq,
  CompleteReq,
  PostReportReq,
  PreviewReq,
  RejectReq,
  RequestCreateReq,
  RequestUpdateReq,
  ReturnReportReq,
  StartReq,
  SubmitReq,
} from "../../../common/request-schemas";

export const ListQuery = z.object({
  scope: z.enum(["mine", "waiting", "all"]).default("mine"),
  status: z.string().max(200).optional(),
  kind: z.string().max(40).optional(),
  /** overdue: my reports past due; return_to_confirm: returns I confirm; late: any visible report past due (queries.followUpSql). */
  followUp: z.enum(["overdue", "return_to_confirm", "late"]).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const AnyRecord = z.record(z.string(), z.unknown());
