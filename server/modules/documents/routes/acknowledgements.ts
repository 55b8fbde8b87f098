/**
 * /api/documents/{id}/acknowledgements — a person acknowledges the published version; a 課長
 * records one given on paper for a person of their 課 without a login; the figures per 課.
 */

import { createRoute } from "@hono/zod-openapi";
import { isIsoDate, todayJst, toIsoDate } from "../../../../common/calendar";
import type { Duty } from "../../../../common/duties";
import { DOCUMENT_ACK_METHOD_LABELS, labelOf } from "../../../../common/labels";
import { authorize, can, requireActor } from "../../../access";
import { findPerson } from "../../../directory";
import { conflict, fieldError, forbidden } from "../../../http/errors";
import { createRouter, errorResponses, requestContext, SESSION_ROUTE } from "../../../http/router";
import { recordsPaperFor, recordsPaperSomewhere } from "../access";
import { acknowledge, recordPaperAcknowledgement } from "../commands/acknowledgements";
import { hasAcknowledged } from "../domain/acknowledgement";
import { inAudience } from "../domain/audience";
import type { LoadedDocument } from "../queries";
import { acknowledgementsOf, audienceWithLogins, departmentNames } from "../queries";
import { AcknowledgementFiguresRes, AcknowledgementRowRes } from "../responses";
import { AckReq, FiguresQuery, IdParam, ok, PaperAckReq } from "../schema";
import { body, readableDocument, TAG } from "./common";

/** GET /api/documents/{id}/acknowledgements: who has and hasn't acknowledged, per 課. */
export interface AcknowledgementFigures {
  data: {
    requiredVersion: number | null;
    currentVersion: number | null;
    scope: "organization" | "my_departments";
    departments: {
      departmentId: string | null;
      departmentName: string | null;
      total: number;
      acknowledged: number;
      pending: number;
    }[];
    people: {
      id: string;
      name: string;
      employeeNumber: string | null;
      departmentId: string | null;
      departmentName: string | null;
      hasLogin: boolean;
      acknowledged: boolean;
      last: {
        versionNumber: number;
        method: string;
        methodLabel: { ja: string; en: string };
        signedOn: string | null;
        at: Date;
      } | null;
      mayRecordPaper: boolean;
    }[];
  };
}

/** The version published now, which must be the one the person read. */
function currentVersion(d: LoadedDocument, number: number) {
  if (!d.current)
    throw conflict(
      "not_published",
      "この文書には公開中の版がありません。",
      "This document has no published version.",
    );
  if (d.current.number !== number)
    throw fieldError(
      "versionNumber",
      `公開中の版は第${d.current.number}版です。最新の版を読んで確認してください。`,
      `The published version is ${d.current.number}; read and acknowledge that one.`,
    );
  return {
    id: d.current.id,
    documentId: d.row.id,
    number: d.current.number,
    publishedAt: d.current.publishedAt,
  };
}

export function acknowledgementRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/documents/{id}/acknowledgements",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "閲覧確認（本人） / Acknowledge the published version (myself)",
      request: { params: IdParam, ...body(AckReq) },
      responses: {
        201: ok("Acknowledged", AcknowledgementRowRes),
        ...errorResponses,
        409: { description: "Already acknowledged" },
      },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const d = await readableDocument(c, actor, c.req.valid("param").id);
      authorize(actor, "acknowledge", "document", d.record);
      const v = currentVersion(d, c.req.valid("json").versionNumber);
      const row = await acknowledge(deps.database.db, requestContext(c), v, actor.personId, deps.now());
      return c.json({ data: row }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/documents/{id}/acknowledgements/paper",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "紙での閲覧確認の記録（ログインのない職員、所属の課長） / Record a paper acknowledgement for a person of my 課 without a login",
      request: { params: IdParam, ...body(PaperAckReq) },
      responses: {
        201: ok("Recorded", AcknowledgementRowRes),
        ...errorResponses,
        409: { description: "Already acknowledged" },
      },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const section = deps.profile().documents;
      const d = await readableDocument(c, actor, c.req.valid("param").id);
      const input = c.req.valid("json");
      if (!section) throw forbidden();
      const person = await findPerson(db, input.personId);
      const facts = person?.departmentId
        ? (await audienceWithLogins(db, deps.now(), [person.departmentId])).find(
            (p) => p.id === input.personId,
          )
        : undefined;
      // A person the 課長 may not see is answered like an unknown one (#12 item 3).
      const seen =
        !!facts &&
        can(actor, "read", "person", {
          id: input.personId,
          departmentId: facts.departmentId,
          bureauId: facts.bureauId,
        });
      if (!person || !facts || !seen)
        throw fieldError("personId", "その職員は在職者にいません。", "No such active person.");
      // Only the person's own 課長 (the profile's duty over their 課) records for them.
      authorize(actor, "record_paper", "document_unit", {
        duty: section.paper_acknowledgement.duty as Duty,
        departmentId: facts.departmentId,
        bureauId: facts.bureauId,
      });
      if (facts.hasLogin)
        throw fieldError(
          "personId",
          "ログインのある職員は本人が画面で閲覧確認します。",
          "A person with a login acknowledges in the app themselves.",
        );
      if (!inAudience(d.row.audience, facts))
        throw fieldError(
          "personId",
          "その職員はこの文書の公開先に含まれていません。",
          "That person is not in this document's audience.",
        );
      const v = currentVersion(d, input.versionNumber);
      const today = todayJst(deps.now());
      if (!isIsoDate(input.signedOn) || input.signedOn > today)
        throw fieldError(
          "signedOn",
          "署名日は今日までの日付にしてください。",
          "The signing date must be a date up to today.",
        );
      if (v.publishedAt && input.signedOn < toIsoDate(v.publishedAt))
        throw fieldError(
          "signedOn",
          "署名日が版の公開日より前です。",
          "The signing date is before the version was published.",
        );
      const row = await recordPaperAcknowledgement(
        db,
        requestContext(c),
        v,
        facts,
        input.signedOn,
        deps.now(),
      );
      return c.json({ data: row }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/documents/{id}/acknowledgements",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "閲覧確認の状況（課ごと、確認済み・未確認の職員） / Who has and hasn't acknowledged, per 課",
      request: { params: IdParam, query: FiguresQuery },
      responses: { 200: ok("Figures", AcknowledgementFiguresRes), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const d = await readableDocument(c, actor, c.req.valid("param").id);
      const paperDuty = deps.profile().documents?.paper_acknowledgement.duty as Duty | undefined;
      const whole = can(actor, "figures", "document", d.record);
      const q = c.req.valid("query");
      const everyone = await audienceWithLogins(
        db,
        deps.now(),
        q.departmentId ? [q.departmentId] : undefined,
      );
      const visible = everyone.filter(
        (p) =>
          inAudience(d.row.audience, p) &&
          (whole ||
            (paperDuty !== undefined &&
              recordsPaperFor(actor, {
                duty: paperDuty,
                departmentId: p.departmentId,
                bureauId: p.bureauId,
              }))),
      );
      if (!whole && !visible.length && !(paperDuty && recordsPaperSomewhere(actor, paperDuty)))
        throw forbidden();
      const acks = await acknowledgementsOf(
        db,
        d.row.id,
        visible.map((p) => p.id),
      );
      const byPerson = new Map<string, typeof acks>();
      for (const a of acks) byPerson.set(a.personId, [...(byPerson.get(a.personId) ?? []), a]);
      const names = await departmentNames(
        db,
        visible.map((p) => p.departmentId).filter((x): x is string => Boolean(x)),
      );
      const people = visible.map((p) => {
        const mine = byPerson.get(p.id) ?? [];
        const done = hasAcknowledged(
          d.required,
          mine.map((a) => a.versionNumber),
        );
        const last = mine.at(-1) ?? null;
        return {
          id: p.id,
          name: p.name,
          employeeNumber: p.employeeNumber,
          departmentId: p.departmentId,
          departmentName: p.departmentId ? (names.get(p.departmentId) ?? null) : null,
          hasLogin: p.hasLogin,
          acknowledged: d.required !== null && done,
          last: last && {
            versionNumber: last.versionNumber,
            method: last.method,
            methodLabel: labelOf(DOCUMENT_ACK_METHOD_LABELS, last.method),
            signedOn: last.signedOn,
            at: last.createdAt,
          },
          mayRecordPaper:
            !p.hasLogin &&
            paperDuty !== undefined &&
            recordsPaperFor(actor, { duty: paperDuty, departmentId: p.departmentId, bureauId: p.bureauId }),
        };
      });
      const perDepartment = new Map<
        string,
        { departmentId: string | null; departmentName: string | null; total: number; acknowledged: number }
      >();
      for (const p of people) {
        const key = p.departmentId ?? "";
        const row = perDepartment.get(key) ?? {
          departmentId: p.departmentId,
          departmentName: p.departmentName,
          total: 0,
          acknowledged: 0,
        };
        row.total++;
        if (p.acknowledged) row.acknowledged++;
        perDepartment.set(key, row);
      }
      return c.json(
        {
          data: {
            requiredVersion: d.required,
            currentVersion: d.current?.number ?? null,
            scope: whole ? "organization" : "my_departments",
            departments: [...perDepartment.values()].map((r) => ({
              ...r,
              pending: r.total - r.acknowledged,
            })),
            people,
          },
        } satisfies AcknowledgementFigures,
        200,
      );
    },
  );

  return app;
}
