import { spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { ParsedCommand } from "../cli";
import type { Database } from "../db/client";
import type { AppDeps } from "../http/context";

// Heavy modules (the app, the database drivers, the profile loader) are imported by the command
// that needs them, so `sekimori help` or a usage error answers at once.
const lazy = {
  assetImport: () => import("./import"),
  vuln: () => import("./vuln"),
  audit: () => import("../audit/record"),
  verify: () => import("../audit/verify"),
  anchor: () => import("../audit/anchor"),
  secrets: () => import("../secrets"),
  bootstrap: () => import("../auth/bootstrap"),
  backup: () => import("../backup"),
  deps: () => import("../deps"),
  demo: () => import("../demo"),
  errors: () => import("../http/errors"),
  main: () => import("../main"),
  org: () => import("../directory/tables"),
  profile: () => import("../profile"),
  catalog: () => import("../profile/clauses/catalog"),
  codeRegistry: () => import("../code-registry"),
  importText: () => import("../profile/import-text"),
  mapping: () => import("../profile/mapping"),
  paths: () => import("../profile/paths"),
  drizzle: () => import("drizzle-orm"),
};

export class UsageError extends Error {}

type Values = ParsedCommand["values"];

function str(values: Values, key: string): string | undefined {
  const v = values[key];
  return typeof v === "string" ? v : undefined;
}

function required(values: Values, key: string, command: string): string {
  const v = str(values, key);
  if (!v) throw new UsageError(`${command}: --${key} is required`);
  return v;
}

function one(positionals: string[], what: string, command: string): string {
  if (positionals.length !== 1) throw new UsageError(`${command}: expected exactly one ${what}`);
  return positionals[0];
}

/**
 * The key of a backup: --passphrase, else SEKIMORI_BACKUP_PASSPHRASE, else the installation's
 * secret key (configured when the database was opened). A backup sealed with a key file is
 * never written into the directory that holds that key file.
 */
async function backupSecret(
  values: Values,
  backupFile?: string,
): Promise<{ passphrase: string } | { secretKey: Buffer }> {
  const passphrase = str(values, "passphrase") ?? process.env.SEKIMORI_BACKUP_PASSPHRASE;
  if (passphrase) return { passphrase };
  const { secretKey, KEY_FILE } = await lazy.secrets();
  if (backupFile && !process.env.SEKIMORI_SECRET_KEY) {
    const { databaseOptionsFromEnv } = await lazy.main();
    const keyDir = resolve(databaseOptionsFromEnv().dataDir);
    if (dirname(backupFile) === keyDir)
      throw new UsageError(
        `backup: ${backupFile} would lie beside its key (${join(keyDir, KEY_FILE)}); write it elsewhere or give --passphrase`,
      );
  }
  return { secretKey: secretKey() };
}

/** Opens the configured database, runs `fn`, always closes it. */
async function withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const { openMigratedDatabase } = await lazy.main();
  const database = await openMigratedDatabase();
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

async function withDeps<T>(profileId: string | undefined, fn: (deps: AppDeps) => Promise<T>): Promise<T> {
  const { createDeps, profileDirFromEnv, resolveActiveProfile } = await lazy.deps();
  const { loadProfile } = await lazy.profile();
  const dir = profileDirFromEnv();
  return withDatabase(async (database) => {
    const profile = profileId
      ? loadProfile(profileId, { dir })
      : await resolveActiveProfile(database, process.env.SEKIMORI_PROFILE, { dir });
    return fn(createDeps(database, profile, { profileDir: dir }));
  });
}

/** AppError → its bilingual message; anything else unchanged. */
async function describe(err: unknown): Promise<string> {
  const { AppError } = await lazy.errors();
  if (err instanceof AppError) {
    const fields = Object.entries(err.fields).map(([k, f]) => `\n  ${k}: ${f.message_ja} / ${f.message_en}`);
    return `${err.messageJa} / ${err.messageEn}${fields.join("")}`;
  }
  return err instanceof Error ? err.message : String(err);
}

/** Runs one parsed command; returns the exit code (-1: keep running, for `serve`). */
export async function run(parsed: ParsedCommand): Promise<number> {
  const { command, values, positionals } = parsed;
  const name = command.join(" ");
  switch (name) {
    case "serve": {
      const port = str(values, "port");
      if (port !== undefined && !/^\d+$/.test(port)) throw new UsageError("serve: --port must be a number");
      const { runServer } = await lazy.main();
      await runServer({ port: port ? Number(port) : undefined, profileId: str(values, "profile") });
      return process.exitCode === 1 ? 1 : -1;
    }

    case "migrate": {
      await withDatabase(async (database) => {
        console.log(`migrations applied (database: ${database.kind})`);
      });
      return 0;
    }

    case "demo": {
      const profileId = required(values, "profile", "demo");
      const password = required(values, "password", "demo");
      const { loadDemo, DemoError } = await lazy.demo();
      const { cliContext } = await lazy.audit();
      return withDeps(profileId, async (deps) => {
        try {
          const result = await loadDemo(deps, { profileId, password, ctx: cliContext() });
          if (values.json) console.log(JSON.stringify({ users: result.users }));
          else {
            console.log(
              `demo organization loaded: profile ${result.profileId}, ${result.departments} units, ${result.people} people, ${result.assets} assets`,
            );
            for (const u of result.users)
              console.log(
                `  ${u.loginId.padEnd(28)} ${u.name}  ${u.departmentName ?? ""}  ${u.roles.join(",")}${u.totpSecret ? `  TOTP: ${u.totpSecret}` : ""}`,
              );
            console.log("demo passwords are permanent (no change required at sign-in)");
          }
          return 0;
        } catch (err) {
          if (err instanceof DemoError && err.code === "not_empty" && values["if-empty"]) {
            if (values.json) console.log(JSON.stringify({ users: [], skipped: true }));
            else console.log("demo skipped: the database already holds an organization (--if-empty)");
            return 0;
          }
          throw err;
        }
      });
    }

    case "audit verify": {
      if (positionals.length) throw new UsageError("audit verify takes no arguments");
      const { verifyAuditLog } = await import("../audit/anchor");
      return withDatabase(async (database) => {
        const result = await verifyAuditLog(database.db);
        console.log(
          JSON.stringify(
            result.ok
              ? { ok: true, count: result.count }
              : {
                  ok: false,
                  count: result.count,
                  firstBadEventId: result.firstBadEventId,
                  problems: result.problems,
                },
          ),
        );
        return result.ok ? 0 : 1;
      });
    }

    case "user create": {
      const loginId = required(values, "login", "user create");
      const personName = required(values, "name", "user create");
      const deptCode = str(values, "department");
      const roleKeys = (values.role as string[] | undefined) ?? [];
      const { createUserLogin } = await lazy.bootstrap();
      const { cliContext } = await lazy.audit();
      const { departments } = await lazy.org();
      const { eq } = await lazy.drizzle();
      return withDeps(undefined, async (deps) => {
        const db = deps.database.db;
        let dept: typeof departments.$inferSelect | undefined;
        if (deptCode) {
          [dept] = await db.select().from(departments).where(eq(departments.code, deptCode));
          if (!dept) throw new Error(`user create: no department with code "${deptCode}"`);
        }
        const profile = deps.profile();
        const roles = roleKeys.map((roleKey) => {
          const role = profile.roles.find((r) => r.key === roleKey);
          if (!role)
            throw new Error(
              `user create: "${roleKey}" is not a role of profile ${profile.id} (roles: ${profile.roles.map((r) => r.key).join(", ")})`,
            );
          if (role.scope === "organization") return { roleKey, scopeDepartmentId: null };
          if (!dept)
            throw new Error(`user create: role ${roleKey} has ${role.scope} scope; give --department CODE`);
          const scope = role.scope === "bureau" && dept.kind === "department" ? dept.parentId : dept.id;
          if (!scope)
            throw new Error(`user create: department ${deptCode} has no bureau for role ${roleKey}`);
          return { roleKey, scopeDepartmentId: scope };
        });
        try {
          const created = await createUserLogin(
            deps,
            { loginId, name: personName, departmentId: dept?.id ?? null, roles },
            cliContext(),
          );
          console.log(`login created: ${loginId} (${personName})`);
          console.log(`temporary password: ${created.password}`);
          console.log(
            "この仮パスワードは初回ログイン時に変更が必要です / it must be changed at first sign-in",
          );
          return 0;
        } catch (err) {
          throw new Error(await describe(err));
        }
      });
    }

    case "user unlock": {
      const loginId = one(positionals, "LOGIN", "user unlock");
      const { unlockUser } = await lazy.bootstrap();
      const { cliContext } = await lazy.audit();
      return withDeps(undefined, async (deps) => {
        try {
          await unlockUser(deps, loginId, cliContext());
        } catch (err) {
          throw new Error(await describe(err));
        }
        console.log(`unlocked: ${loginId}`);
        return 0;
      });
    }

    case "user reset-password": {
      const loginId = one(positionals, "LOGIN", "user reset-password");
      const { resetPassword } = await lazy.bootstrap();
      const { cliContext } = await lazy.audit();
      return withDeps(undefined, async (deps) => {
        let result: { temporaryPassword: string };
        try {
          result = await resetPassword(deps, loginId, cliContext());
        } catch (err) {
          throw new Error(await describe(err));
        }
        console.log(`temporary password for ${loginId}: ${result.temporaryPassword}`);
        console.log("この仮パスワードは初回ログイン時に変更が必要です / it must be changed at first sign-in");
        return 0;
      });
    }

    case "backup": {
      const file = resolve(one(positionals, "FILE", "backup"));
      const { backupDatabase } = await lazy.backup();
      return withDatabase(async (database) => {
        const secret = await backupSecret(values, file);
        const header = await backupDatabase(database, file, secret);
        const rows = Object.values(header.tables).reduce((n, t) => n + t.rows, 0);
        console.log(
          `backup written: ${file} (${Object.keys(header.tables).length} tables, ${rows} rows; encrypted with ${
            "passphrase" in secret ? "the passphrase" : "the secret key"
          }, mode 0600)`,
        );
        return 0;
      });
    }

    case "restore": {
      const file = resolve(one(positionals, "FILE", "restore"));
      if (!existsSync(file)) throw new Error(`restore: ${file} does not exist`);
      const { BackupError, restoreDatabase, tableCounts } = await lazy.backup();
      const { verifyAuditLog } = await lazy.anchor();
      return withDatabase(async (database) => {
        try {
          await restoreDatabase(database, file, await backupSecret(values));
        } catch (err) {
          if (err instanceof BackupError)
            throw new Error(`restore refused, nothing restored: ${err.message}`);
          throw err;
        }
        const counts = await tableCounts(database.db);
        const audit = await verifyAuditLog(database.db);
        const rows = Object.values(counts).reduce((n, c) => n + c, 0);
        console.log(`restored ${rows} rows from ${file}`);
        console.log(
          `audit chain: ${JSON.stringify(audit.ok ? { ok: true, count: audit.count } : { ok: false, firstBadEventId: audit.firstBadEventId })}`,
        );
        if (!audit.ok)
          console.error(
            "監査ログの署名を検証できません。元の設置の秘密鍵を与えてください / the audit signatures do not verify: give this installation the original secret key (SEKIMORI_SECRET_KEY or DATA_DIR/secret.key)",
          );
        return audit.ok ? 0 : 1;
      });
    }

    case "profile check": {
      // Every module registers what it meets when loaded; the check compares the mappings to that.
      await lazy.codeRegistry();
      const { checkProfile, formatCheckReport, listProfiles } = await lazy.profile();
      if (positionals.length > 1) throw new UsageError("profile check: expected at most one FILE");
      const { POLICIES_DIR } = await lazy.paths();
      const files = positionals.length
        ? [resolve(positionals[0])]
        : listProfiles().map((p) => join(POLICIES_DIR, `${p.id}.yaml`));
      let failed = 0;
      for (const file of files) {
        if (!existsSync(file)) throw new Error(`profile check: ${file} does not exist`);
        const result = checkProfile(file);
        console.log(formatCheckReport(result));
        if (!result.ok) failed++;
      }
      return failed ? 1 : 0;
    }

    case "profile import-text": {
      const file = resolve(one(positionals, "FILE", "profile import-text"));
      const id = required(values, "id", "profile import-text");
      if (!existsSync(file)) throw new Error(`profile import-text: ${file} does not exist`);
      const out = str(values, "out");
      const { importText } = await lazy.profile();
      const { catalogPath } = await lazy.catalog();
      const { mappingDraft } = await lazy.importText();
      const { mappingPath } = await lazy.mapping();
      const catalog = importText(file, id);
      const catalogFile = out ? join(out, "catalogs", `${id}.json`) : catalogPath(id);
      const mappingFile = out ? join(out, "mappings", `${id}.yaml`) : mappingPath(id);
      for (const f of [catalogFile, mappingFile])
        if (existsSync(f) && !values.force)
          throw new Error(`profile import-text: ${f} exists (use --force to overwrite)`);
      mkdirSync(dirname(catalogFile), { recursive: true });
      mkdirSync(dirname(mappingFile), { recursive: true });
      writeFileSync(catalogFile, `${JSON.stringify(catalog, null, 2)}\n`);
      writeFileSync(mappingFile, mappingDraft(catalog));
      console.log(
        `clause catalog draft: ${catalogFile} (${catalog.stats.clauses} clauses, ${catalog.stats.obligations} obligations)`,
      );
      console.log(`mapping draft:        ${mappingFile} (decide how Sekimori meets each obligation)`);
      return 0;
    }

    case "import": {
      const { importCommand, ImportUsageError } = await lazy.assetImport();
      return withDeps(undefined, (deps) =>
        importCommand(deps, one(positionals, "FILE", "import"), {
          dryRun: values["dry-run"] === true,
          mode: str(values, "mode"),
          mapping: str(values, "mapping"),
          json: values.json === true,
        }).catch((err: unknown) => {
          if (err instanceof ImportUsageError) throw new UsageError(err.message);
          throw err;
        }),
      );
    }

    case "vuln fetch": {
      const { vulnFetchCommand } = await lazy.vuln();
      return withDeps(undefined, (deps) => vulnFetchCommand(deps, { json: values.json === true }));
    }

    case "vuln import": {
      if (!positionals.length) throw new UsageError("vuln import: expected one or more FILE");
      const { vulnImportCommand } = await lazy.vuln();
      return withDeps(undefined, (deps) =>
        vulnImportCommand(deps, positionals, { json: values.json === true }),
      );
    }

    case "bench": {
      const { REPO_ROOT } = await lazy.paths();
      const script = join(REPO_ROOT, "bench", "run.ts");
      if (!existsSync(script)) {
        console.error("the benchmark harness (bench/run.ts) is not in this checkout yet; nothing to run");
        return 1;
      }
      return new Promise<number>((done) => {
        const child = spawn("npm", ["run", "bench", "--", ...positionals], {
          cwd: REPO_ROOT,
          stdio: "inherit",
        });
        child.on("exit", (code) => done(code ?? 1));
        child.on("error", (err) => {
          console.error(`bench: ${err.message}`);
          done(1);
        });
      });
    }

    default:
      throw new UsageError(`unknown command: ${name}`);
  }
}
