import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Repository root, found from this file so scripts and tests work from any working directory. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const POLICIES_DIR = resolve(REPO_ROOT, "policies");
/** The published policy texts the catalogs are built from (public documents, kept in the repository). */
export const SOURCES_DIR = resolve(POLICIES_DIR, "sources");
