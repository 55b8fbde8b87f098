import { createRouter } from "../../http/router";
import { consumesRule, registerModule } from "../../profile/consumers";
import "./access";
import { acknowledgementRoutes } from "./routes/acknowledgements";
import { documentRoutes } from "./routes/documents";
import { versionRoutes } from "./routes/versions";

registerModule("documents", { ja: "文書・周知", en: "Policy documents" });
// Kinds (owner, approver, restricted, review), posting and paper acknowledgement follow the profile.
consumesRule("documents.**", "documents");

/** /api/documents/… — documents, versions, acknowledgements. */
export function documentsRoutes() {
  const app = createRouter();
  app.route("/", documentRoutes());
  app.route("/", versionRoutes());
  app.route("/", acknowledgementRoutes());
  return app;
}
