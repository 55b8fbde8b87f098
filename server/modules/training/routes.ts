/** Routes of training (研修・訓練), mounted by app.ts. */
import { createRouter } from "../../http/router";
import { registerModule } from "../../profile/consumers";
import "./access";
import { attendanceRoutes } from "./routes/attendance";
import { checkinRoutes } from "./routes/checkin";
import { completionRoutes } from "./routes/completion";
import { drillRoutes } from "./routes/drills";
import { elearningRoutes } from "./routes/elearning";

export { TRAINING_MATERIAL_UPLOAD } from "./routes/elearning";

import { peopleRoutes } from "./routes/people";
import { planRoutes } from "./routes/plans";

registerModule("training", { ja: "研修・訓練", en: "Training and drills" });

export function trainingRoutes() {
  const app = createRouter();
  app.route("/", planRoutes());
  app.route("/", attendanceRoutes());
  app.route("/", completionRoutes());
  app.route("/", peopleRoutes());
  app.route("/", elearningRoutes());
  app.route("/", drillRoutes());
  app.route("/", checkinRoutes());
  return app;
}
