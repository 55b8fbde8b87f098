import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { eq } from "drizzle-orm";
import type { Database, DbOrTx } from "./db/client";
import type { AppConfig, AppDeps } from "./http/context";
import { loadProfile, type Profile } from "./profile";
import { settings } from "./settings/tables";

export const VERSION: string = JSON.parse(
  readFileSync(fileURLToPath(new URL("../package.json", import.meta.url)), "utf8"),
).version;

export const DEFAULT_CONFIG: AppConfig = {
  version: VERSION,
  secureCookies: false,
  maxBodyBytes: 1024 * 1024,
  webDist: fileURLToPath(new URL("../web/dist", import.meta.url)),
};

/** The folder of the profiles: SEKIMORI_PROFILE_DIR, else undefined (the shipped `policies/`). */
export function profileDirFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.SEKIMORI_PROFILE_DIR ? resolve(env.SEKIMORI_PROFILE_DIR) : undefined;
}

/**
 * The active profile: an administrator's choice stored in settings wins over SEKIMORI_PROFILE
 * (default nishihara). Loaded from `opts.dir` (default: the shipped `policies/`).
 */
export async function resolveActiveProfile(
  database: Database | DbOrTx,
  envProfile?: string,
  opts: { dir?: string } = {},
): Promise<Profile> {
  const db = "db" in database ? database.db : database;
  const [row] = await db.select().from(settings).where(eq(settings.key, "active_profile"));
  const id = (row?.value as string | undefined) ?? envProfile ?? "nishihara";
  return loadProfile(id, { dir: opts.dir });
}

export function createDeps(
  database: Database,
  profile: Profile,
  config: Partial<AppConfig> = {},
  now: () => Date = () => new Date(),
): AppDeps {
  let active = profile;
  return {
    database,
    profile: () => active,
    setProfile: (p) => {
      active = p;
    },
    now,
    config: { ...DEFAULT_CONFIG, ...config },
  };
}
