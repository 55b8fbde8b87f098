import { createRoute, z } from "@hono/zod-openapi";
import type { Context, TypedResponse } from "hono";
import { authorize, can, requireActor } from "../../access";
import { refuseSelfGrant } from "../../access/self-grant";
import { attachmentName, sheetFileType } from "../../http/attachment-name";
import type { AppEnv } from "../../http/context";
import { AppError, fieldError, notFound } from "../../http/errors";
import {
  jsonBody as body,
  createRouter,
  requestContext as ctxOf,
  errorResponses,
  jsonContent as json,
  SESSION_ROUTE,
} from "../../http/router";
import { registerModule, registerRegister } from "../../profile/consumers";
import { assetsHeldOutside } from "../assets";
import { canSeeContactPhones, canSeePerson } from "./access";
import { createDepartment, loadDepartment, updateDepartment } from "./commands/departments";
import { createDeputy, endDeputy, loadDeputy } from "./commands/deputies";
import { resolveTransferSheet } from "./commands/import-transfers";
import { bureauOf, createLogin, createPerson, loadPerson, updatePerson } from "./commands/people";
import { createRoleAssignment, endRoleAssignment, loadRoleAssignment } from "./commands/roles";
import { previewHandover } from "./commands/transfer-handover";
import { applyTransfer, cancelTransfer, createTransfer, loadTransfer } from "./commands/transfers";
import { departmentTreeJson } from "./department-tree";
import { peopleExportRoutes } from "./people-export";
import { plannedEventActions } from "./planned-routes";
import {
  presentDepartment,
  presentDeputy,
  presentPerson,
  presentRoleAssignment,
  presentTransfer,
} from "./presenter";
import {
  contactHolders,
  contactOrder,
  getPersonRow,
  listDeputies,
  listPeople,
  listRoleAssignments,
  listTransfers,
  loginOf,
  transferItemRows,
} from "./queries";
import {
  ContactNetwork,
  CreateLoginReq,
  CreateLoginRes,
  Department,
  DepartmentCreateReq,
  DepartmentTree,
  DepartmentTreeQuery,
  DepartmentUpdateReq,
  Deputy,
  DeputyCreateReq,
  DeputyQuery,
  IdParam,
  PeoplePage,
  PeopleQuery,
  PersonCreateReq,
  PersonDetail,
  PersonUpdateReq,
  RoleAssignment,
  RoleAssignmentCreateReq,
  RoleAssignmentEndReq,
  RoleAssignmentQuery,
  TransferBatch,
  TransferCreateReq,
  TransferImportRes,
} from "./schema";
import { SheetError } from "./sheet";
import { jstDate } from "./util";

registerModule("org", { ja: "組織・職員", en: "Organization and staff" });
registerRegister("emergency_contact_network", "org");

type C = Context<AppEnv>;

const TAG = ["organization"];

const PERSON = { ja: "職員", en: "The person" };

/** A person the actor may not read answers 404, like one that does not exist (see access.ts). */
async function visiblePerson(c: C, id: string) {
  const actor = requireActor(c.get("actor"));
  const row = await getPersonRow(c.get("deps").database.db, id);
  if (!row || !canSeePerson(actor, { id: row.id, departmentId: row.departmentId, bureauId: row.bureauId }))
    throw notFound(PERSON);
  return { actor, row };
}

async function personDetail(c: C, id: string) {
  const deps = c.get("deps");
  const db = deps.database.db;
  const { actor, row } = await visiblePerson(c, id);
  const profile = deps.profile();
  const today = jstDate(deps.now());
  const assignments = await listRoleAssignments(db, { personId: id }, today);
  const ref = { id: row.id, departmentId: row.departmentId, bureauId: row.bureauId };
  const mayManageLogin = can(actor, "createLogin", "person", ref) || can(actor, "update", "person", ref);
  const u = row.hasLogin && mayManageLogin ? await loginOf(db, id) : null;
  return {
    ...presentPerson(actor, row),
    roleAssignments: assignments.map((r) => presentRoleAssignment(actor, profile, r, today)),
    login: u
      ? {
          loginId: u.loginId,
          mustChangePassword: u.mustChangePassword,
          locked: u.lockedUntil != null && u.lockedUntil > deps.now(),
          disabled: u.disabled,
          totpEnabled: u.totpEnabled,
          lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
        }
      : null,
  };
}

/**
 * The batch with its 引き継ぎ view (#13 item 3): before it is applied, what applying it will end or
 * leave to review (the same rule as the apply); and, until reassigned, the assets each person still
 * holds as custodian or is named on outside the new unit — through the assets face, so an asset the
 * viewer may not open is counted but not described.
 */
async function transferDetail(c: C, id: string) {
  const actor = requireActor(c.get("actor"));
  const deps = c.get("deps");
  const db = deps.database.db;
  const profile = deps.profile();
  const batch = await loadTransfer(db, id);
  authorize(actor, "read", "transfer", batch);
  const items = await transferItemRows(db, id);
  const preview =
    batch.status === "planned"
      ? await previewHandover(db, profile, batch.id, batch.effectiveDate, deps.now())
      : null;
  const held =
    batch.status === "cancelled"
      ? []
      : await assetsHeldOutside(
          db,
          { actor, profile },
          items.map((r) => ({ personId: r.item.personId, departmentId: r.item.toDepartmentId })),
        );
  return presentTransfer(actor, batch, items.length, items, { preview, held });
}

export function orgRoutes() {
  const app = createRouter();

  // ── departments ────────────────────────────────────────────────────────────
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/departments",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "組織図（局・部・課の木）/ The organization chart",
      request: { query: DepartmentTreeQuery },
      responses: {
        200: json(DepartmentTree, "Tree"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = authorize(c.get("actor"), "read", "department", null);
      const q = c.req.valid("query");
      // The same JSON c.json would write, kept while the directory is unchanged (department-tree.ts).
      const json = await departmentTreeJson(c.get("deps").database.db, actor, q.includeInactive === "true");
      return c.body(json, 200, { "Content-Type": "application/json" }) as unknown as TypedResponse<
        z.infer<typeof DepartmentTree>,
        200,
        "json"
      >;
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/departments",
      tags: TAG,
      security: SESSION_ROUTE,
      request: body(DepartmentCreateReq),
      responses: { 201: json(Department, "Created"), 409: { description: "Code in use" }, ...errorResponses },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const actor = authorize(c.get("actor"), "create", "department", null);
      const deps = c.get("deps");
      const row = await createDepartment(deps.database.db, ctxOf(c), input, deps.now());
      return c.json(presentDepartment(actor, row), 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/departments/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      request: { params: IdParam },
      responses: { 200: json(Department, "Unit"), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = requireActor(c.get("actor"));
      const row = await loadDepartment(c.get("deps").database.db, id);
      authorize(actor, "read", "department", row);
      return c.json(presentDepartment(actor, row), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/departments/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "改称・移動・廃止 / Rename, move, deactivate",
      request: { params: IdParam, ...body(DepartmentUpdateReq) },
      responses: { 200: json(Department, "Updated"), 409: { description: "In use" }, ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const patch = c.req.valid("json");
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const before = await loadDepartment(deps.database.db, id);
      authorize(actor, "update", "department", before);
      const row = await updateDepartment(deps.database.db, ctxOf(c), before, patch, deps.now());
      return c.json(presentDepartment(actor, row), 200);
    },
  );

  // ── people ─────────────────────────────────────────────────────────────────
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/people",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "職員の検索 / Search people (only those the user may see)",
      request: { query: PeopleQuery },
      responses: { 200: json(PeoplePage, "Page"), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const actor = requireActor(c.get("actor"));
      const page = await listPeople(c.get("deps").database.db, actor, q);
      return c.json(
        {
          items: page.rows.map((r) => presentPerson(actor, r)),
          total: page.total,
          nextCursor: page.nextCursor,
        },
        200,
      );
    },
  );

  // Before `/api/people/{id}`, which would take `export.xlsx`.
  peopleExportRoutes(app);

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/people",
      tags: TAG,
      security: SESSION_ROUTE,
      request: body(PersonCreateReq),
      responses: {
        201: json(PersonDetail, "Created"),
        409: { description: "Number in use" },
        ...errorResponses,
      },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const unit = {
        id: "",
        departmentId: input.departmentId ?? null,
        bureauId: await bureauOf(db, input.departmentId ?? null),
      };
      authorize(actor, "create", "people", unit);
      const row = await createPerson(db, ctxOf(c), input, deps.now());
      return c.json(await personDetail(c, row.id), 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/people/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      request: { params: IdParam },
      responses: {
        200: json(PersonDetail, "Person with role assignments and login state"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      return c.json(await personDetail(c, id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/people/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      request: { params: IdParam, ...body(PersonUpdateReq) },
      responses: { 200: json(PersonDetail, "Updated"), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const patch = c.req.valid("json");
      const deps = c.get("deps");
      const db = deps.database.db;
      const { actor, row } = await visiblePerson(c, id);
      authorize(actor, "update", "person", { id, departmentId: row.departmentId, bureauId: row.bureauId });
      if (patch.departmentId !== undefined && patch.departmentId !== row.departmentId) {
        // Moving someone also needs the right over the unit they move to.
        const target = {
          id,
          departmentId: patch.departmentId,
          bureauId: await bureauOf(db, patch.departmentId),
        };
        authorize(actor, "create", "people", target);
        if (id === actor.personId)
          await refuseSelfGrant(
            db,
            ctxOf(c),
            deps.profile(),
            "own_department",
            { to: patch.departmentId },
            deps.now(),
          );
      }
      const before = await loadPerson(db, id);
      await updatePerson(db, ctxOf(c), before, patch, deps.now());
      return c.json(await personDetail(c, id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/people/{id}/login",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "ログインの作成（仮パスワードは一度だけ表示）/ Create a login (temporary password shown once)",
      request: { params: IdParam, ...body(CreateLoginReq) },
      responses: { 201: json(CreateLoginRes, "Created"), 409: { description: "Exists" }, ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { loginId } = c.req.valid("json");
      const deps = c.get("deps");
      const { actor, row } = await visiblePerson(c, id);
      authorize(actor, "createLogin", "person", {
        id,
        departmentId: row.departmentId,
        bureauId: row.bureauId,
      });
      const before = await loadPerson(deps.database.db, id);
      const out = await createLogin(deps.database.db, ctxOf(c), before, loginId, deps.now());
      return c.json({ ...out, mustChangePassword: true as const }, 201);
    },
  );

  // ── role assignments ───────────────────────────────────────────────────────
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/role-assignments",
      tags: TAG,
      security: SESSION_ROUTE,
      request: { query: RoleAssignmentQuery },
      responses: { 200: json(z.object({ items: z.array(RoleAssignment) }), "List"), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const actor = authorize(c.get("actor"), "read", "roleAssignment", null);
      const deps = c.get("deps");
      const today = jstDate(deps.now());
      const rows = await listRoleAssignments(deps.database.db, q, today);
      const profile = deps.profile();
      return c.json({ items: rows.map((r) => presentRoleAssignment(actor, profile, r, today)) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/role-assignments",
      tags: TAG,
      security: SESSION_ROUTE,
      request: body(RoleAssignmentCreateReq),
      responses: { 201: json(RoleAssignment, "Created"), ...errorResponses },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const actor = authorize(c.get("actor"), "create", "roleAssignment", null);
      const deps = c.get("deps");
      const db = deps.database.db;
      if (input.personId === actor.personId)
        await refuseSelfGrant(
          db,
          ctxOf(c),
          deps.profile(),
          "role_assignment",
          { roleKey: input.roleKey },
          deps.now(),
        );
      const row = await createRoleAssignment(db, ctxOf(c), deps.profile(), input, deps.now());
      const today = jstDate(deps.now());
      const [listed] = (await listRoleAssignments(db, { personId: row.personId }, today)).filter(
        (r) => r.ra.id === row.id,
      );
      return c.json(presentRoleAssignment(actor, deps.profile(), listed, today), 201);
    },
  );

  const endAssignment = async (c: C, id: string, validTo: string | undefined) => {
    const actor = requireActor(c.get("actor"));
    const deps = c.get("deps");
    const db = deps.database.db;
    const before = await loadRoleAssignment(db, id);
    const today = jstDate(deps.now());
    const ended = before.validTo != null && before.validTo < today;
    // An assignment already over: the right to end assignments, then 409 from the command.
    if (ended) authorize(actor, "create", "roleAssignment", null);
    else authorize(actor, "end", "roleAssignment", { current: true, ended });
    const row = await endRoleAssignment(db, ctxOf(c), deps.profile(), before, validTo, deps.now());
    const [listed] = (await listRoleAssignments(db, { personId: row.personId }, today)).filter(
      (r) => r.ra.id === row.id,
    );
    return presentRoleAssignment(actor, deps.profile(), listed, today);
  };

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/role-assignments/{id}/end",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "役割の終了（validTo = 最終日）/ End a role assignment (validTo = last day held)",
      request: { params: IdParam, ...body(RoleAssignmentEndReq) },
      responses: {
        200: json(RoleAssignment, "Ended"),
        409: { description: "Already ended" },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { validTo } = c.req.valid("json");
      return c.json(await endAssignment(c, id, validTo), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/api/role-assignments/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "役割を本日付で終了（履歴は残る）/ End a role assignment as of today (history kept)",
      request: { params: IdParam },
      responses: {
        200: json(RoleAssignment, "Ended"),
        409: { description: "Already ended" },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      return c.json(await endAssignment(c, id, undefined), 200);
    },
  );

  // ── deputies (代行) ──────────────────────────────────────────────────────────
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/deputies",
      tags: TAG,
      security: SESSION_ROUTE,
      request: { query: DeputyQuery },
      responses: { 200: json(z.object({ items: z.array(Deputy) }), "List"), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const actor = authorize(c.get("actor"), "read", "deputy", null);
      const deps = c.get("deps");
      const rows = await listDeputies(deps.database.db, q, deps.now());
      return c.json({ items: rows.map((r) => presentDeputy(actor, deps.profile(), r, deps.now())) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/deputies",
      tags: TAG,
      security: SESSION_ROUTE,
      request: body(DeputyCreateReq),
      responses: { 201: json(Deputy, "Created"), ...errorResponses },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const actor = authorize(c.get("actor"), "create", "deputy", null);
      const deps = c.get("deps");
      if (input.deputyPersonId === actor.personId)
        await refuseSelfGrant(
          deps.database.db,
          ctxOf(c),
          deps.profile(),
          "deputy",
          { principalPersonId: input.principalPersonId },
          deps.now(),
        );
      const row = await createDeputy(deps.database.db, ctxOf(c), input, deps.now());
      const [listed] = await listDeputies(deps.database.db, { ids: [row.id] }, deps.now());
      return c.json(presentDeputy(actor, deps.profile(), listed, deps.now()), 201);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/deputies/{id}/end",
      tags: TAG,
      security: SESSION_ROUTE,
      request: { params: IdParam },
      responses: { 200: json(Deputy, "Ended"), 409: { description: "Already ended" }, ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const before = await loadDeputy(deps.database.db, id);
      const ended = before.validTo <= deps.now();
      // An arrangement already over: the right to manage deputies, then 409 from the command.
      if (ended) authorize(actor, "create", "deputy", null);
      else authorize(actor, "end", "deputy", { ended });
      await endDeputy(deps.database.db, ctxOf(c), before, deps.now());
      const [listed] = await listDeputies(deps.database.db, { ids: [id] }, deps.now());
      return c.json(presentDeputy(actor, deps.profile(), listed, deps.now()), 200);
    },
  );

  // ── transfers (人事異動) ──────────────────────────────────────────────────────
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/transfers",
      tags: TAG,
      security: SESSION_ROUTE,
      responses: { 200: json(z.object({ items: z.array(TransferBatch) }), "List"), ...errorResponses },
    }),
    async (c) => {
      const actor = authorize(c.get("actor"), "read", "transfer", {});
      const rows = await listTransfers(c.get("deps").database.db);
      return c.json({ items: rows.map((r) => presentTransfer(actor, r.batch, r.itemCount)) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/transfers",
      tags: TAG,
      security: SESSION_ROUTE,
      request: body(TransferCreateReq),
      responses: { 201: json(TransferBatch, "Planned batch"), ...errorResponses },
    }),
    async (c) => {
      const input = c.req.valid("json");
      authorize(c.get("actor"), "create", "transfer", {});
      const deps = c.get("deps");
      const batch = await createTransfer(deps.database.db, ctxOf(c), deps.profile(), input, deps.now());
      return c.json(await transferDetail(c, batch.id), 201);
    },
  );

  const ImportForm = z.object({
    file: z
      .any()
      .openapi({ type: "string", format: "binary", description: ".xlsx or .csv (UTF-8 / Shift_JIS)" }),
    dryRun: z.enum(["true", "false"]).optional().openapi({ description: "Default true: check only" }),
    commitValidRows: z.enum(["true", "false"]).optional(),
    title: z.string().max(200).optional(),
    effectiveDate: z.iso.date().optional(),
  });

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/transfers/import",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "人事異動の取込み（職員番号・氏名・異動先所属・新職名・発令日）/ Import a transfer sheet (dry run by default)",
      request: { body: { required: true, content: { "multipart/form-data": { schema: ImportForm } } } },
      responses: { 200: json(TransferImportRes, "Result"), ...errorResponses },
    }),
    async (c) => {
      const form = c.req.valid("form");
      const actor = authorize(c.get("actor"), "create", "transfer", {});
      const file = form.file;
      if (!(file instanceof File))
        throw fieldError("file", "ファイルを選択してください。", "Choose a file to upload.");
      const deps = c.get("deps");
      const db = deps.database.db;
      const dryRun = form.dryRun !== "false";
      let resolved: Awaited<ReturnType<typeof resolveTransferSheet>>;
      const bytes = new Uint8Array(await file.arrayBuffer());
      try {
        resolved = await resolveTransferSheet(db, bytes, form.effectiveDate ?? null);
      } catch (err) {
        if (err instanceof SheetError) throw fieldError("file", err.messageJa, err.messageEn);
        throw err;
      }
      const { items, errors, effectiveDate } = resolved;
      const result = {
        dryRun,
        rows: resolved.rows,
        validRows: items.length,
        errors,
        items,
        batch: null as ReturnType<typeof presentTransfer> | null,
      };
      if (dryRun) return c.json(result, 200);
      if (errors.length && form.commitValidRows !== "true") {
        const fields: Record<string, { message_ja: string; message_en: string }> = {};
        for (const e of errors) {
          const key = `rows.${e.row}${e.column ? `.${e.column}` : ""}`;
          fields[key] ??= {
            message_ja: `${e.row}行目: ${e.message_ja}`,
            message_en: `Row ${e.row}: ${e.message_en}`,
          };
        }
        throw new AppError(
          400,
          "import_has_errors",
          `${errors.length}件の誤りがあるため取り込みませんでした。修正するか、正しい行だけを取り込んでください。`,
          `Nothing was imported: ${errors.length} error(s). Fix them or commit only the valid rows.`,
          fields,
        );
      }
      if (items.length === 0 || !effectiveDate)
        throw fieldError("file", "取り込める行がありません。", "There are no valid rows to import.");
      const batch = await createTransfer(
        db,
        ctxOf(c),
        deps.profile(),
        {
          title: form.title?.trim() || `人事異動 ${effectiveDate}`,
          effectiveDate,
          items: items.map((i) => ({
            personId: i.personId,
            toDepartmentId: i.toDepartmentId,
            newTitle: i.newTitle,
          })),
        },
        deps.now(),
        { kind: "import", file: attachmentName(file.name, sheetFileType(bytes)) },
      );
      const detailed = await transferItemRows(db, batch.id);
      result.batch = presentTransfer(actor, batch, detailed.length, detailed);
      return c.json(result, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/transfers/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      request: { params: IdParam },
      responses: { 200: json(TransferBatch, "Batch with items and handover lists"), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      return c.json(await transferDetail(c, id), 200);
    },
  );

  plannedEventActions(app, {
    base: "/api/transfers",
    tags: TAG,
    resource: "transfer",
    response: TransferBatch,
    load: (deps, id) => loadTransfer(deps.database.db, id),
    detail: transferDetail,
    apply: {
      summary:
        "人事異動の適用（発令日以降・一括）/ Apply a batch (on or after its effective date, atomically)",
      run: (deps, ctx, batch) => applyTransfer(deps.database.db, ctx, deps.profile(), batch, deps.now()),
    },
    cancel: {
      summary: "人事異動の取消 / Cancel a planned batch",
      run: (deps, ctx, batch) => cancelTransfer(deps.database.db, ctx, batch, deps.now()),
    },
  });

  // ── emergency contact network (緊急連絡網) ─────────────────────────────────────
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/contact-network",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "緊急連絡網 / Emergency contact network",
      responses: { 200: json(ContactNetwork, "Network in escalation order"), ...errorResponses },
    }),
    async (c) => {
      const actor = authorize(c.get("actor"), "read", "contactNetwork", null);
      const deps = c.get("deps");
      const now = deps.now();
      const profile = deps.profile();
      const { holders, deputyRows } = await contactHolders(deps.database.db, jstDate(now), now);
      const contact = (
        p: {
          id: string;
          name: string;
          title: string | null;
          departmentId: string | null;
          email: string | null;
          phone: string | null;
          emergencyPhone: string | null;
        },
        departmentName: string | null,
        scope: { id: string | null; name: string | null },
      ) => {
        const phones = canSeeContactPhones(actor, p.id);
        return {
          personId: p.id,
          name: p.name,
          title: p.title,
          departmentId: p.departmentId,
          departmentName,
          email: p.email,
          phone: phones ? p.phone : null,
          emergencyPhone: phones ? p.emergencyPhone : null,
          scopeDepartmentId: scope.id,
          scopeDepartmentName: scope.name,
        };
      };
      const order = contactOrder(profile);
      const entries = order.map(({ step, role }) => ({
        step,
        roleKey: role.key,
        roleTitle: { ja: role.title.ja, en: role.title.en },
        scope: role.scope,
        duties: [...role.duties],
        holders: holders
          .filter((h) => h.ra.roleKey === role.key)
          .map((h) => ({
            ...contact(h.person, h.departmentName, {
              id: h.ra.scopeDepartmentId,
              name: h.scopeDepartmentName,
            }),
            deputies: deputyRows
              .filter(
                (d) =>
                  d.d.principalPersonId === h.person.id &&
                  (d.d.roleAssignmentId == null || d.d.roleAssignmentId === h.ra.id),
              )
              .map((d) => ({
                ...contact(d.person, d.departmentName, {
                  id: h.ra.scopeDepartmentId,
                  name: h.scopeDepartmentName,
                }),
                validFrom: d.d.validFrom.toISOString(),
                validTo: d.d.validTo.toISOString(),
              })),
          })),
      }));
      return c.json(
        {
          generatedAt: now.toISOString(),
          order: (profile.incidents?.escalation?.length ? "escalation" : "roles") as "escalation" | "roles",
          phonesVisible: canSeeContactPhones(actor),
          entries,
        },
        200,
      );
    },
  );

  return app;
}
