/** /api/accounts/systems and /api/accounts/accounts — systems, their IDs, user-list import. */

import { createRoute, z } from "@hono/zod-openapi";
import { authorize, can, requireActor } from "../../../access";
import { refuseSelfGrant } from "../../../access/self-grant";
import { attachmentName, sheetFileType } from "../../../http/attachment-name";
import { AppError, fieldError, notFound } from "../../../http/errors";
import { createRouter, errorResponses, requestContext, SESSION_ROUTE } from "../../../http/router";
import { SheetError } from "../../../http/sheet-read";
import { applyImport, createAccount, loadAccount, previewImport, updateAccount } from "../commands/accounts";
import { loadSystem, registerSystem, systemUnit, updateSystem } from "../commands/systems";
import { presentAccounts, presentSystems } from "../presenter";
import { listAccounts, listSystems } from "../queries";
import { AccountListRes, answer, SystemListRes } from "../responses";
import { AccountRowRes, ImportRes, SystemRowRes } from "../responses-writes";
import {
  AccountPatch,
  AccountQuery,
  AccountReq,
  IdParam,
  ImportForm,
  SystemPatch,
  SystemReq,
} from "../schema";

const TAG = ["accounts"];
const body = <T>(schema: T) => ({
  body: { required: true as const, content: { "application/json": { schema } } },
});
const NewAccountReq = AccountReq.extend({ systemId: z.string().uuid() });

export function systemRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/accounts/systems",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "情報システム（ID管理対象）/ Systems whose IDs are managed, with owner department and counts",
      responses: { 200: answer("Systems", SystemListRes), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      return c.json(
        { data: await presentSystems(db, actor, deps.profile(), await listSystems(db, actor)) },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/accounts/systems",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "システムの登録（資産台帳の種別システム）/ Register a system of the asset register",
      request: body(SystemReq),
      responses: {
        201: answer("Registered", SystemRowRes),
        ...errorResponses,
        409: { description: "Already registered" },
      },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const input = c.req.valid("json");
      const row = await registerSystem(
        deps.database.db,
        requestContext(c),
        actor,
        deps.profile(),
        input,
        deps.now(),
        (unit) => {
          authorize(actor, "write", "account_system", unit);
        },
      );
      return c.json({ data: row }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/accounts/systems/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "システムの変更（管理担当者・利用課）/ Change a system's administrator or user departments",
      request: { params: IdParam, ...body(SystemPatch) },
      responses: { 200: answer("Updated", SystemRowRes), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const row = await loadSystem(db, c.req.valid("param").id);
      const unit = await systemUnit(db, row);
      if (!can(actor, "read", "account_system", unit)) throw notFound({ ja: "システム", en: "The system" });
      authorize(actor, "write", "account_system", unit);
      const patch = c.req.valid("json");
      // The administrator keeps the system and its IDs whatever their duties later (access.ts):
      // nobody names themselves — another keeper does (#12 item 4).
      if (patch.administratorPersonId === actor.personId && row.administratorPersonId !== actor.personId)
        await refuseSelfGrant(
          db,
          requestContext(c),
          deps.profile(),
          "system_administrator",
          { systemId: row.id },
          deps.now(),
        );
      return c.json({ data: await updateSystem(db, requestContext(c), actor, row, patch, deps.now()) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/accounts/systems/{id}/import",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "利用者一覧の取込み（ログイン名・職員番号・氏名・種別・特権・権限・作成日・最終利用日・状態・承認記録）/ Import a system's user list (.csv/.xlsx; dry run by default; all rows or none)",
      request: {
        params: IdParam,
        body: { required: true, content: { "multipart/form-data": { schema: ImportForm } } },
      },
      responses: { 200: answer("Preview or result", ImportRes), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const row = await loadSystem(db, c.req.valid("param").id);
      const unit = await systemUnit(db, row);
      if (!can(actor, "read", "account_system", unit)) throw notFound({ ja: "システム", en: "The system" });
      authorize(actor, "write", "account_system", unit);
      const form = c.req.valid("form");
      const file = form.file;
      if (!(file instanceof File))
        throw fieldError("file", "ファイルを選択してください。", "Choose a file to upload.");
      let preview: Awaited<ReturnType<typeof previewImport>>;
      const bytes = new Uint8Array(await file.arrayBuffer());
      try {
        preview = await previewImport(db, row, bytes);
      } catch (err) {
        if (err instanceof SheetError) throw fieldError("file", err.messageJa, err.messageEn);
        throw err;
      }
      const dryRun = form.dryRun !== "false";
      if (dryRun) return c.json({ data: { dryRun, ...preview, applied: null } }, 200);
      if (preview.errors.length) {
        const fields: Record<string, { message_ja: string; message_en: string }> = {};
        for (const e of preview.errors)
          fields[`rows.${e.row}${e.column ? `.${e.column}` : ""}`] ??= {
            message_ja: `${e.row}行目: ${e.message_ja}`,
            message_en: `Row ${e.row}: ${e.message_en}`,
          };
        throw new AppError(
          400,
          "import_has_errors",
          `${preview.errors.length}件の誤りがあるため、何も取り込みませんでした。`,
          `Nothing was imported: ${preview.errors.length} error(s).`,
          fields,
        );
      }
      if (!preview.create.length && !preview.update.length)
        throw fieldError("file", "取り込む変更がありません。", "The list changes nothing.");
      // A list is no side door to a privileged ID of one's own (#12 item 4): the same rule as by hand.
      const mine = (a: { privileged: boolean; personId: string | null }) =>
        a.privileged && a.personId === actor.personId;
      const self = [
        ...preview.create.filter(mine),
        ...preview.update.filter(
          (u) => mine(u) && u.changed.some((f) => f === "privileged" || f === "personId"),
        ),
      ];
      if (self.length)
        await refuseSelfGrant(
          db,
          requestContext(c),
          deps.profile(),
          "privileged_id",
          { systemId: row.id, rows: self.map((a) => a.row), via: "import" },
          deps.now(),
        );
      const applied = await applyImport(
        db,
        requestContext(c),
        row,
        attachmentName(file.name, sheetFileType(bytes)),
        preview,
        deps.now(),
      );
      return c.json({ data: { dryRun, ...preview, applied } }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/accounts/accounts",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "利用者ID / User IDs (mine=true: my own IDs; systemId, personId, q = login name)",
      request: { query: AccountQuery },
      responses: { 200: answer("IDs", AccountListRes), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      return c.json(
        {
          data: await presentAccounts(
            db,
            actor,
            deps.profile(),
            await listAccounts(db, actor, c.req.valid("query")),
          ),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/accounts/accounts",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "利用者IDの登録 / Enter a user ID by hand",
      request: body(NewAccountReq),
      responses: {
        201: answer("Created", AccountRowRes),
        ...errorResponses,
        409: { description: "Login name exists" },
      },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const { systemId, ...input } = c.req.valid("json");
      const system = await loadSystem(db, systemId);
      const unit = await systemUnit(db, system);
      if (!can(actor, "read", "account_system", unit)) throw notFound({ ja: "システム", en: "The system" });
      authorize(actor, "write", "account_system", unit);
      // A privileged ID's holder takes it out (7.2(5)): no keeper registers one for themselves.
      if (input.privileged && input.personId === actor.personId)
        await refuseSelfGrant(
          db,
          requestContext(c),
          deps.profile(),
          "privileged_id",
          { systemId, loginName: input.loginName },
          deps.now(),
        );
      return c.json({ data: await createAccount(db, requestContext(c), system, input, deps.now()) }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/accounts/accounts/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "利用者IDの変更（停止・削除・特権・最終利用日）/ Change a user ID",
      request: { params: IdParam, ...body(AccountPatch) },
      responses: { 200: answer("Updated", AccountRowRes), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const row = await loadAccount(db, c.req.valid("param").id);
      const unit = { ...(await systemUnit(db, await loadSystem(db, row.systemId))), personId: row.personId };
      if (!can(actor, "read", "system_account", unit)) throw notFound({ ja: "利用者ID", en: "The user ID" });
      authorize(actor, "write", "system_account", unit);
      const patch = c.req.valid("json");
      const heldBefore = row.privileged && row.personId === actor.personId;
      const heldAfter =
        (patch.privileged ?? row.privileged) &&
        (patch.personId === undefined ? row.personId : patch.personId) === actor.personId;
      if (heldAfter && !heldBefore)
        await refuseSelfGrant(
          db,
          requestContext(c),
          deps.profile(),
          "privileged_id",
          { accountId: row.id },
          deps.now(),
        );
      return c.json(
        { data: await updateAccount(db, requestContext(c), actor, deps.profile(), row, patch, deps.now()) },
        200,
      );
    },
  );

  return app;
}
