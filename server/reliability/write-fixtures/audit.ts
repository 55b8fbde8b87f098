/** Write fixtures of the audit log (監査ログ): the rules are described in ./index.ts. */

import type { WriteFixture } from "./shared";

export const AUDIT_FIXTURES: Record<string, WriteFixture> = {
  "POST /api/audit/head": {
    allow: ["admin"],
    rule: "audit_log.verify: view_audit_log at organization scope (the export is itself an audit event)",
    async prepare() {
      return { url: "/api/audit/head" };
    },
  },
};
