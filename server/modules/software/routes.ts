/** Routes of software and vulnerabilities, mounted by app.ts. */
import { createRouter } from "../../http/router";
import { consumesRule, registerModule } from "../../profile/consumers";
import { registerApprovalEffect } from "../requests";
import "./access";
import { installFromRequest } from "./commands/install-from-request";
// The daily escalation job registers itself with the job registry.
import { softwareExportRoutes } from "./routes/exports";
import { inventoryRoutes } from "./routes/inventory";
import { inventoryImportRoutes } from "./routes/inventory-import";
import { vulnerabilityRoutes } from "./routes/vulnerabilities";

export { VULN_IMPORT_PATH } from "./routes/vulnerabilities";

registerModule("software", { ja: "ソフトウェア・脆弱性", en: "Software and vulnerabilities" });
// commands/inventory.ts (support-end check), commands/match.ts and commands/escalate.ts.
consumesRule("software.end_of_support", "software");
consumesRule("software.vulnerabilities", "software");
// commands/notify-staff.ts via the route: who sends a notice to all staff, and the clauses it cites.
consumesRule("software.vulnerabilities.staff_notice", "software");
// An approved ソフトウェア導入 request becomes the installation, in the approving transaction.
registerApprovalEffect("software_install", installFromRequest);

export function softwareRoutes() {
  const app = createRouter();
  // Before the routes with `{id}`, which would take `export.xlsx`.
  app.route("/", softwareExportRoutes());
  app.route("/", inventoryImportRoutes());
  app.route("/", inventoryRoutes());
  app.route("/", vulnerabilityRoutes());
  return app;
}
