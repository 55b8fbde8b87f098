import { createRouter } from "../../http/router";
import { consumesRule, registerModule } from "../../profile/consumers";
import { auditRoutes } from "./routes/audits";
import { campaignRoutes } from "./routes/campaigns";
import { findingRoutes } from "./routes/findings";
import { itemRoutes } from "./routes/items";
import { planRoutes } from "./routes/plans";
import { sheetRoutes } from "./routes/sheets";

registerModule("assurance", { ja: "自己点検・監査", en: "Self-inspection and audit" });
// Items, campaigns, findings, plans and audits follow the profile's assurance: section.
consumesRule("assurance.**", "assurance");

export { ASSURANCE_FILE_UPLOAD } from "./routes/common";

/** /api/assurance/… — items, campaigns and sheets, answers, findings, improvement plans, audits. */
export function assuranceRoutes() {
  const app = createRouter();
  app.route("/", itemRoutes());
  app.route("/", campaignRoutes());
  app.route("/", sheetRoutes());
  app.route("/", findingRoutes());
  app.route("/", planRoutes());
  app.route("/", auditRoutes());
  return app;
}
