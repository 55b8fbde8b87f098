/** Routes of ID管理 (/api/accounts/…), mounted by app.ts. */
import { createRouter } from "../../http/router";
import { consumesRule, registerModule, registerRegister } from "../../profile/consumers";
import "./access";
import { checkoutRoutes } from "./routes/checkouts";
import { deletionRequestRoutes } from "./routes/deletion-request";
import { icCardRoutes } from "./routes/ic-cards";
import { privilegedRoutes } from "./routes/privileged";
import { reconciliationRoutes } from "./routes/reconciliation";
import { registerExportRoutes } from "./routes/register-export";
import { reviewExportRoutes } from "./routes/review-export";
import { reviewRoutes } from "./routes/reviews";
import { systemRoutes } from "./routes/systems";

registerModule("accounts", { ja: "ID管理", en: "Accounts and identity" });
// The reconciliation reads these rules (domain/reconcile.ts, commands/reconciliation.ts).
for (const rule of ["unused", "leavers", "transfers", "one_per_person", "privileged_approval"])
  consumesRule(`accounts.${rule}.**`, "accounts");
// Privileged IDs renamed from initial names, connection time limits, development IDs ended
// (domain/reconcile.ts, routes/privileged.ts).
consumesRule("accounts.privileged_ids.**", "accounts");
consumesRule("accounts.development_ids.**", "accounts");
// ID棚卸し: who reviews, the cycle, the deadlines (commands/reviews.ts, commands/review-jobs.ts).
consumesRule("accounts.review.**", "accounts");
// A lost IC card: who is told, all (及び) or the first reachable (又は) — commands/ic-cards.ts.
consumesRule("accounts.ic_card_loss.**", "accounts");
// The IC card register: issue, loss, replacement with the old card's destruction, return.
registerRegister("ic_card_register", "accounts");
// A holder's request to delete their ID: who is told (commands/deletion-request.ts).
consumesRule("accounts.deletion_request.**", "accounts");

export function accountsRoutes() {
  const app = createRouter();
  // The register's exports before the routes with `{id}` (which would take `export.xlsx`).
  app.route("/", registerExportRoutes());
  app.route("/", systemRoutes());
  app.route("/", reconciliationRoutes());
  app.route("/", reviewExportRoutes());
  app.route("/", reviewRoutes());
  app.route("/", checkoutRoutes());
  app.route("/", privilegedRoutes());
  app.route("/", icCardRoutes());
  app.route("/", deletionRequestRoutes());
  return app;
}
