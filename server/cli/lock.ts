import { closeSync, existsSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join, resolve } from "node:path";

/**
 * The embedded database (PGlite) is one process's: a second process opening the same folder
 * could damage it. A lock file with the owner's pid keeps `sekimori backup` and friends from
 * opening it while the server runs. A stale lock (its process gone) is taken over.
 */
export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `the embedded database in ${resolve(dataDir)} is in use by process ${pid} (stop that Sekimori first, or use DATABASE_URL with PostgreSQL)`,
    );
    this.name = "DataDirBusyError";
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the lock of `dataDir` (which must exist); returns the release function. */
export function lockDataDir(dataDir: string): () => void {
  if (dataDir.startsWith("memory://")) return () => {};
  const file = join(dataDir, "sekimori.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        // A process that opens and closes the database many times (the CLI's tests) keeps no listener per open.
        process.removeListener("exit", release);
        try {
          if (readFileSync(file, "utf8").trim() === String(process.pid)) rmSync(file, { force: true });
        } catch {
          // already gone
        }
      };
      process.once("exit", release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const pid = Number(existsSync(file) ? readFileSync(file, "utf8").trim() : "0");
      if (pid && pid !== process.pid && alive(pid)) throw new DataDirBusyError(dataDir, pid);
      rmSync(file, { force: true }); // stale
    }
  }
  throw new Error(`could not lock ${file}`);
}
