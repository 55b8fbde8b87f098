/** Routes of contractors and contracts (委託・外部サービス), mounted by app.ts. */
import { createRouter } from "../../http/router";
import { consumesRule, registerModule, registerRegister } from "../../profile/consumers";
import { registerApprovalEffect, registerRefiler } from "../requests";
import { nameManagerOnApproval } from "./commands/name-manager";
import { refileService } from "./commands/refile-service";
import { refileSubcontract } from "./commands/refile-subcontract";
import { checkExportRoutes } from "./routes/check-export";
import { contractorRoutes } from "./routes/contractors";
import { contractRoutes } from "./routes/contracts";
import { exportRoutes } from "./routes/exports";
import { externalServiceRoutes } from "./routes/external-services";
import { subcontractRoutes } from "./routes/subcontracts";
import { workRoutes } from "./routes/work";

export { SUPPLIER_FILE_UPLOAD } from "./routes/work";

registerModule("suppliers", { ja: "委託・外部サービス", en: "Contractors and external services" });
// The clause checklist (with each clause's `when:`) and the suppliers: section's rules.
consumesRule("contract_clauses.**", "suppliers");
consumesRule("suppliers.**", "suppliers");
registerRegister("approved_external_services", "suppliers");
// A returned 再委託 request, resubmitted, names the contract and the chain as they are then.
registerRefiler("subcontracting", refileSubcontract);
// A returned 外部サービス利用 request, resubmitted, corrects its register entry (they are one filing).
registerRefiler("external_service", refileService);
// Its approval names the 外部サービス管理者 where the profile says the approver does (西原村 9.2(4)③).
registerApprovalEffect("external_service", nameManagerOnApproval);

export function suppliersRoutes() {
  const app = createRouter();
  // Before the detail routes: their `{id}` would take `export.xlsx`.
  app.route("/", exportRoutes());
  app.route("/", checkExportRoutes());
  app.route("/", contractorRoutes());
  app.route("/", contractRoutes());
  app.route("/", workRoutes());
  app.route("/", subcontractRoutes());
  app.route("/", externalServiceRoutes());
  return app;
}
