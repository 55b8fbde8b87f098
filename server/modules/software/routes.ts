/** Routes of software and vulnerabilities, mounted by app.ts. */
import { createRouter } from "../../http/router";
import "./access";
// The daily escalation job registers itself with the job registry.
import { inventoryRoutes } from "./routes/inventory";
import { vulnerabilityRoutes } from "./routes/vulnerabilities";

export { VULN_IMPORT_PATH } from "./routes/vulnerabilities";

export function softwareRoutes() {
  const app = createRouter();
  app.route("/", inventoryRoutes());
  app.route("/", vulnerabilityRoutes());
  return app;
}
