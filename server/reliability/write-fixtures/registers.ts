/** Write fixtures of 記録簿 (registers): the rules are described in ./index.ts. */

import { assetOfB, personOfB, registerBody } from "../matrix-world";
import type { WriteFixture } from "./shared";

export const REGISTERS_FIXTURES: Record<string, WriteFixture> = {
  "POST /api/registers/{register}": {
    allow: ["staffA", "managerA"],
    bodyIds: {
      departmentId: {
        open: "the organization chart is read by everyone signed in (department.read); acting in another department is the route's own rule, tested by the matrix",
      },
      personId: { hidden: personOfB },
      assetId: { hidden: assetOfB },
    },
    rule: "register.append: a member of the department or manage_department_security over it",
    async prepare(w) {
      return {
        url: "/api/registers/failure_log",
        body: { ...registerBody(w), assetId: w.base.asset },
        watch: [["register_entries"]],
      };
    },
  },

  // ── incidents ────────────────────────────────────────────────────────────────────────────────
};
