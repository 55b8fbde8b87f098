import { sql } from "drizzle-orm";
import { dryRun, recordDryRun } from "../../modules/org/directory-sync/commands";
import { type LdapSyncConfig, ldapConfigFromEnv } from "../../modules/org/directory-sync/config";
import { ouLdif, personLdif, sharedSlapd, slapdEnv } from "../../test/slapd";
import { rowsOf, type World } from "../matrix-world";
import { A, type WriteFixture } from "./shared";

/** Points the app at a real slapd holding one person of department A (started once per file). */
async function pointAtDirectory(w: World): Promise<LdapSyncConfig> {
  const [dept] = await rowsOf<{ code: string }>(w, sql`select code from departments where id = ${A(w)}`);
  const slapd = await sharedSlapd(
    ouLdif("people") +
      personLdif({ uid: "matrix", employeeNumber: "LDAP-MATRIX-1", cn: "同期 太郎", department: dept.code }),
  );
  w.t.deps.config.env = slapdEnv(slapd);
  return ldapConfigFromEnv(w.t.deps.config.env) as LdapSyncConfig;
}

export const DIRECTORY_SYNC_FIXTURES: Record<string, WriteFixture> = {
  "POST /api/accounts/directory-sync/preview": {
    allow: ["admin"],
    rule: "directorySync.preview: manage_organization, manage_network or administer_system (organization)",
    async prepare(w) {
      await pointAtDirectory(w);
      return { url: "/api/accounts/directory-sync/preview", body: {}, watch: [["directory_sync_runs"]] };
    },
  },
  "POST /api/accounts/directory-sync/runs/{id}/apply": {
    allow: ["admin"],
    rule: "directorySync.apply: manage_organization (organization), an open dry run",
    async prepare(w) {
      const config = await pointAtDirectory(w);
      const db = w.t.database.db;
      const run = await recordDryRun(db, null, await dryRun(db, config), w.t.clock.now);
      return {
        url: `/api/accounts/directory-sync/runs/${run.id}/apply`,
        body: {},
        watch: [["directory_sync_runs", run.id]],
      };
    },
  },
};
