/** /api/accounts/ic-cards — issue, report a loss (anyone), found, replace, return. */

import { createRoute } from "@hono/zod-openapi";
import { authorize, can, requireActor } from "../../../access";
import { AppError, notFound } from "../../../http/errors";
import { createRouter, errorResponses, requestContext, SESSION_ROUTE } from "../../../http/router";
import { CARD_LOSS_PER_PERSON, hitLimit } from "../../../limits";
import type { Profile } from "../../../profile";
import { findCardForLoss, recordLossRefused, reportLossUniformly } from "../commands/card-loss";
import {
  cardUnit,
  findCard,
  issueCard,
  markFound,
  replaceCard,
  reportLoss,
  returnCard,
} from "../commands/ic-cards";
import { presentCards } from "../presenter";
import { listCards } from "../queries";
import { answer, CardListRes } from "../responses";
import { CardRowRes, LossRes } from "../responses-writes";
import { CardQuery, CardReq, IdParam, LossReq, ReplaceReq } from "../schema";

const TAG = ["accounts"];
const body = <T>(schema: T) => ({
  body: { required: true as const, content: { "application/json": { schema } } },
});
const NOT_FOUND = { ja: "ICカード", en: "The IC card" };

/** What a reporter who may not see the card is told (the same for every number). */
export type { UniformLossAnswer } from "../commands/card-loss";

/** What a loss report answers the holder and the keepers (web/src/contract.ts types the screen from it). */
export function lossAnswer(result: Awaited<ReturnType<typeof reportLoss>>, profile: Profile) {
  return {
    accepted: true as const,
    cardId: result.card.id,
    cardNumber: result.card.cardNumber,
    state: result.card.state,
    sessionsEnded: result.sessionsEnded,
    incident: { id: result.incident.id, receiptNumber: result.incident.receiptNumber },
    mode: result.recipients.mode,
    told: result.recipients.told.map((r) => ({
      duty: r.duty,
      role: r.role,
      count: r.personIds.length,
    })),
    unreached: result.recipients.unreached.map((r) => ({ duty: r.duty, role: r.role })),
    clause: profile.accounts?.ic_card_loss.clause ?? null,
  };
}

export function icCardRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/accounts/ic-cards",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "ICカード（mine=true: 自分のカード）/ IC cards (mine=true: my own)",
      request: { query: CardQuery },
      responses: { 200: answer("Cards", CardListRes), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const db = c.get("deps").database.db;
      return c.json(
        { data: await presentCards(db, actor, await listCards(db, actor, c.req.valid("query"))) },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/accounts/ic-cards",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "ICカードの発行（職員又は共用）/ Issue an IC card to a person, or a shared card of a department",
      request: body(CardReq),
      responses: {
        201: answer("Issued", CardRowRes),
        ...errorResponses,
        409: { description: "Card number exists" },
      },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const row = await issueCard(
        deps.database.db,
        requestContext(c),
        c.req.valid("json"),
        deps.now(),
        (u) => {
          authorize(actor, "manage", "ic_card", u);
        },
      );
      return c.json({ data: row }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/accounts/ic-cards/lost",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "ICカードの紛失届（本人又は誰でも）: その時点で本人のセッションを終了、カードを紛失に、プロファイルの職務へ通知、インシデントを起票。本人・管理者以外への回答は番号の有無によらず同じ / Report a lost IC card: sessions end at once, card marked lost, the profile's duties told, an incident opened; anyone but the holder and the keepers gets the same answer for every number",
      request: body(LossReq),
      responses: {
        201: answer("Reported", LossRes),
        ...errorResponses,
        409: { description: "Not in use (told to the holder and the keepers only)" },
        429: { description: "Too many reports by this person" },
      },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const now = deps.now();
      const input = c.req.valid("json");
      const card = await findCardForLoss(db, input);
      const unit = card ? await cardUnit(db, card) : null;
      authorize(actor, "report_lost", "ic_card", unit);
      // Counted before anything is told, for every report (a holder or keeper is not held back).
      const limit = await hitLimit(db, CARD_LOSS_PER_PERSON, actor.personId, now);
      const insider = !!card && !!unit && can(actor, "learn_loss_outcome", "ic_card", unit);
      if (!limit.ok && !insider) {
        await recordLossRefused(db, requestContext(c), card, input, "rate_limited", now);
        c.header("Retry-After", String(limit.retryAfterSeconds));
        throw new AppError(
          429,
          "rate_limited",
          "短時間に多くの紛失届が出されました。しばらく待ってから再度お試しください。急ぐときは情報政策担当へ連絡してください。",
          "Too many loss reports in a short time. Please wait a while, or call the information policy office if it is urgent.",
        );
      }
      if (!insider || !card) {
        const answer = await reportLossUniformly(
          db,
          requestContext(c),
          actor,
          deps.profile(),
          card,
          input,
          now,
        );
        return c.json({ data: answer }, 201);
      }
      try {
        const result = await reportLoss(db, requestContext(c), actor, deps.profile(), card, input, now);
        return c.json({ data: lossAnswer(result, deps.profile()) }, 201);
      } catch (e) {
        if (e instanceof AppError && e.code === "card_not_in_use")
          await recordLossRefused(db, requestContext(c), card, input, "not_in_use", now);
        throw e;
      }
    },
  );

  const manage = (
    path: string,
    summary: string,
    run: (
      c: Parameters<Parameters<typeof app.openapi>[1]>[0],
      card: Awaited<ReturnType<typeof findCard>>,
    ) => Promise<unknown>,
    withBody = false,
  ) =>
    app.openapi(
      createRoute({
        method: "post",
        path,
        tags: TAG,
        security: SESSION_ROUTE,
        summary,
        request: withBody ? { params: IdParam, ...body(ReplaceReq) } : { params: IdParam },
        responses: {
          200: answer("Done", CardRowRes),
          ...errorResponses,
          409: { description: "Wrong state" },
        },
      }),
      async (c) => {
        const actor = requireActor(c.get("actor"));
        const db = c.get("deps").database.db;
        const card = await findCard(db, { id: (c.req.valid("param" as never) as { id: string }).id });
        const unit = await cardUnit(db, card);
        if (!can(actor, "read", "ic_card", unit)) throw notFound(NOT_FOUND);
        authorize(actor, "manage", "ic_card", unit);
        return c.json({ data: await run(c, card) }, 200);
      },
    );

  manage("/api/accounts/ic-cards/{id}/found", "紛失カードの発見 / The lost card was found", (c, card) =>
    markFound(c.get("deps").database.db, requestContext(c), card, c.get("deps").now()),
  );
  manage(
    "/api/accounts/ic-cards/{id}/replace",
    "ICカードの交換（旧カードを回収・廃棄）/ Replace a card (the old card collected and destroyed)",
    (c, card) =>
      replaceCard(
        c.get("deps").database.db,
        requestContext(c),
        card,
        c.req.valid("json" as never) as {
          newCardNumber: string;
          issuedOn: string;
          destroyMethod: string | null;
        },
        c.get("deps").now(),
      ),
    true,
  );
  manage(
    "/api/accounts/ic-cards/{id}/return",
    "ICカードの返却（退職時等）/ The card was returned",
    (c, card) => returnCard(c.get("deps").database.db, requestContext(c), card, c.get("deps").now()),
  );

  return app;
}
