import "./access";
import { createRouter } from "../../http/router";
import { consumesRule, registerModule } from "../../profile/consumers";
import { yearlyRoutes } from "./routes/yearly";

registerModule("reports", { ja: "ダッシュボード・報告", en: "Dashboard and reports" });
// The yearly report follows the profile's reports: section (required or not, preparer, approver, marking).
consumesRule("reports.**", "reports");

/** /api/reports/yearly… — the yearly report to the committee (年次報告), its PDF and .xlsx. */
export function reportsRoutes() {
  const app = createRouter();
  app.route("/", yearlyRoutes());
  return app;
}
