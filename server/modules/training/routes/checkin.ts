import { createRoute, z } from "@hono/zod-openapi";
import { formatDateJa, todayJst } from "../../../../common/calendar";
import { authorize } from "../../../access";
import { conflict, fieldError } from "../../../http/errors";
import { createRouter, requestContext as ctxOf, jsonBody, SESSION_ROUTE } from "../../../http/router";
import { loadSession, recordBatch } from "../commands/attendance";
import { checkinPath, checkinQr, tokenMatches } from "../commands/checkin";
import { CheckinQrRes, RecordedRes } from "../responses-records";
import { dutiesOf } from "../rules";
import { IdParam } from "../schema";
import { env, ok, TAG } from "./common";

const CheckinReq = z.strictObject({ token: z.string().min(1).max(64) }).openapi("TrainingCheckin");

/** QR check-in: the session's code for those who run it, and the person's own check-in. */
export function checkinRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/training/sessions/{id}/qr",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "受講登録用QRコード（主催者・課長） / The session's check-in QR code",
      request: { params: IdParam },
      responses: ok("The check-in link and its QR code (PNG data URL)", CheckinQrRes),
    }),
    async (c) => {
      const { actor, db, profile } = env(c);
      authorize(actor, "import", "training_attendance", { duties: dutiesOf(profile) });
      const { session, course } = await loadSession(db, profile.id, c.req.valid("param").id);
      const url = `${new URL(c.req.url).origin}${checkinPath(session.id, session.heldOn)}`;
      return c.json(
        {
          data: {
            url,
            qr: await checkinQr(url),
            heldOn: session.heldOn,
            heldOnLabel: formatDateJa(session.heldOn),
            courseTitle: course.title,
          },
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/training/sessions/{id}/checkin",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "QRコードによる本人の受講登録（実施日当日のみ） / Check in to a session by its QR code",
      request: { params: IdParam, ...jsonBody(CheckinReq) },
      responses: ok("Recorded", RecordedRes),
    }),
    async (c) => {
      const { actor, db, profile, now } = env(c);
      const { id } = c.req.valid("param");
      const { session } = await loadSession(db, profile.id, id);
      if (!tokenMatches(session.id, session.heldOn, c.req.valid("json").token))
        throw fieldError(
          "token",
          "QRコードが正しくありません。会場のQRコードを読み取り直してください。",
          "The QR code is not valid. Scan the code at the venue again.",
        );
      if (session.heldOn !== todayJst(now))
        throw conflict(
          "checkin_not_today",
          `QRコードによる登録は実施日（${formatDateJa(session.heldOn)}）当日のみです。`,
          `Checking in by QR code works on the day of the session only (${session.heldOn}).`,
        );
      const result = await recordBatch(
        db,
        { ...ctxOf(c), actor },
        profile,
        session.id,
        [{ personId: actor.personId, label: actor.personId }],
        { method: "qr", mode: "refuse", field: "personIds" },
        now,
      );
      return c.json({ data: { recorded: result.inserted } }, 200);
    },
  );

  return app;
}
