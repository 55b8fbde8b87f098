/** /api/software/… — products, installations, licences, end-of-support calendar. */

import { createRoute } from "@hono/zod-openapi";
import { todayJst } from "../../../../common/calendar";
import { authorize, can, requireActor, serialize } from "../../../access";
import { forbidden } from "../../../http/errors";
import {
  createRouter,
  errorResponses,
  jsonContent,
  requestContext,
  SESSION_ROUTE,
} from "../../../http/router";
import { assetLabels, bureauOf } from "../asset-link";
import {
  createInstallation,
  createLicence,
  createProduct,
  removeInstallation,
  unknownHost,
  updateProduct,
} from "../commands/inventory";
import { runMatching } from "../commands/match";
import { cpeSuggestions } from "../cpe-suggest";
import {
  endOfSupportCalendar,
  listInstallations,
  listLicences,
  listProducts,
  productUnits,
} from "../queries";
import { CalendarRes, CpeSuggestionsRes, InstallationsRes, LicencesRes, ProductsRes } from "../responses";
import {
  InstallationCreatedRes,
  InstallationRemovedRes,
  LicenceCreatedRes,
  ProductCreatedRes,
  ProductUpdatedRes,
} from "../responses-writes";
import {
  CalendarQuery,
  CpeSuggestQuery,
  IdParam,
  InstallationQuery,
  InstallationReq,
  LicenceReq,
  ProductPatch,
  ProductQuery,
  ProductReq,
} from "../schema";

const TAG = ["software"];
const body = <T>(schema: T) => ({
  body: { required: true as const, content: { "application/json": { schema } } },
});

export function inventoryRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/software/products",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "Software products (the shared catalog)",
      request: { query: ProductQuery },
      responses: { 200: jsonContent(ProductsRes, "Products"), ...errorResponses },
    }),
    async (c) => {
      requireActor(c.get("actor"));
      return c.json({ data: await listProducts(c.get("deps").database.db, c.req.valid("query")) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/software/cpe-suggestions",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "CPE 2.3 候補（取り込んだ脆弱性情報と登録済み製品の名前から）/ CPE names suggested for a product being registered, from the imported advisories and the catalog",
      request: { query: CpeSuggestQuery },
      responses: { 200: jsonContent(CpeSuggestionsRes, "Suggestions, best first"), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      authorize(actor, "write", "software_product", null);
      return c.json({ data: await cpeSuggestions(c.get("deps").database.db, c.req.valid("query")) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/software/products",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "Register a product (vendor, product, version, edition, CPE 2.3, JVN product ids, end of support)",
      request: body(ProductReq),
      responses: {
        201: jsonContent(ProductCreatedRes, "Created"),
        ...errorResponses,
        409: { description: "Duplicate" },
      },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      authorize(actor, "write", "software_product", null);
      const deps = c.get("deps");
      return c.json(
        { data: await createProduct(deps.database.db, requestContext(c), c.req.valid("json"), deps.now()) },
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/software/products/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "Correct a product (e.g. its CPE or end of support); a change of what matching reads re-matches its hosts in the same transaction",
      request: { params: IdParam, ...body(ProductPatch) },
      responses: { 200: jsonContent(ProductUpdatedRes, "Updated"), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      authorize(actor, "write", "software_product", null);
      const deps = c.get("deps");
      const { id } = c.req.valid("param");
      authorize(actor, "correct", "software_product", {
        installedIn: await productUnits(deps.database.db, id),
      });
      const row = await updateProduct(
        deps.database.db,
        requestContext(c),
        deps.profile(),
        id,
        c.req.valid("json"),
        deps.now(),
      );
      return c.json({ data: row }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/software/installations",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "Installations on systems and devices (mine=true: the ones I own)",
      request: { query: InstallationQuery },
      responses: {
        200: {
          description: "Installations",
          content: { "application/json": { schema: InstallationsRes } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const rows = await listInstallations(db, actor, c.req.valid("query"));
      const labels = await assetLabels(
        db,
        { actor, profile: deps.profile() },
        rows.map((r) => r.assetId),
      );
      const data = rows.map((r) => ({
        ...r,
        asset: labels.get(r.assetId),
        policies: serialize(actor, "software", { departmentId: r.departmentId, bureauId: r.bureauId }),
      }));
      return c.json({ data }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/software/installations",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "Register an installation on a system or device (end of support checked per profile, with clause)",
      request: body(InstallationReq),
      responses: {
        201: jsonContent(InstallationCreatedRes, "Registered"),
        ...errorResponses,
        422: { description: "Refused (end of support)" },
      },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const profile = deps.profile();
      const { installation, eos } = await createInstallation(
        deps.database.db,
        requestContext(c),
        profile,
        c.req.valid("json"),
        deps.now(),
        (unit) => {
          // A host of a department the caller may not see is answered like an unknown one (#12 item 3).
          if (!can(actor, "read", "software", unit)) throw unknownHost();
          authorize(actor, "write", "software", unit);
        },
      );
      // Match the host again with everything installed on it (a separate, audited transaction).
      const matched = await runMatching(deps.database.db, requestContext(c), profile, deps.now(), {
        installationIds: [installation.id],
      });
      return c.json(
        {
          data: {
            installation,
            eos,
            matches: matched.results.filter((r) => r.installationId === installation.id).length,
          },
        },
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/api/software/installations/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "Record that software was removed",
      request: { params: IdParam },
      responses: { 200: jsonContent(InstallationRemovedRes, "Removed"), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      await removeInstallation(
        deps.database.db,
        requestContext(c),
        c.req.valid("param").id,
        deps.now(),
        (unit) => {
          if (!can(actor, "read", "software", unit)) throw forbidden();
          authorize(actor, "write", "software", unit);
        },
      );
      return c.json({ data: { removed: true } }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/software/licences",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "Licences with installed vs licensed",
      responses: { 200: jsonContent(LicencesRes, "Licences"), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      return c.json({ data: await listLicences(c.get("deps").database.db, actor) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/software/licences",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "Record a licence (count, type, expiry) of a department",
      request: body(LicenceReq),
      responses: { 201: jsonContent(LicenceCreatedRes, "Recorded"), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const input = c.req.valid("json");
      authorize(actor, "write", "software", {
        departmentId: input.departmentId,
        bureauId: await bureauOf(deps.database.db, input.departmentId),
      });
      return c.json(
        { data: await createLicence(deps.database.db, requestContext(c), input, deps.now()) },
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/software/end-of-support",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "Ends of support under 年度 headings and by month, with the budget warning date",
      request: { query: CalendarQuery },
      responses: { 200: jsonContent(CalendarRes, "Calendar"), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const q = c.req.valid("query");
      const today = todayJst(deps.now());
      const rule = deps.profile().software?.end_of_support;
      const from = q.from ?? `${Number(today.slice(0, 4)) - 1}-01-01`;
      const to = q.to ?? `${Number(today.slice(0, 4)) + 5}-12-31`;
      const years = await endOfSupportCalendar(
        deps.database.db,
        actor,
        from,
        to,
        rule?.budget_lead_months ?? 12,
      );
      return c.json(
        {
          data: {
            from,
            to,
            rule: rule
              ? {
                  action: rule.action,
                  clause: rule.clause,
                  text: rule.text,
                  budgetLeadMonths: rule.budget_lead_months,
                }
              : null,
            years,
          },
        },
        200,
      );
    },
  );

  return app;
}
