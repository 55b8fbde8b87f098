import { createRouter } from "../../http/router";
import { campaignRoutes } from "./routes/campaigns";
import { itemRoutes } from "./routes/items";
import { sheetRoutes } from "./routes/sheets";

export { ASSURANCE_FILE_UPLOAD } from "./routes/common";

/** /api/assurance/… — items, campaigns and sheets, answers, findings, improvement plans, audits. */
export function assuranceRoutes() {
  const app = createRouter();
  app.route("/", itemRoutes());
  app.route("/", campaignRoutes());
  app.route("/", sheetRoutes());
  return app;
}
