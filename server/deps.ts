import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { eq } from "drizzle-orm";
import type { Database } from "./db/client";
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

/**
 * The active profile: an administrator's choice stored in settings wins over SEKIMORI_PROFILE
 * (default nishihara).
 */
export async function resolveActiveProfile(database: Database, envProfile?: string): Promise<Profile> {
  const [row] = await database.db.select().from(settings).where(eq(settings.key, "active_profile"));
  const id = (row?.value as string | undefined) ?? envProfile ?? "nishihara";
  return loadProfile(id);
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
