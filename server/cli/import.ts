/**
 * `sekimori import FILE [--dry-run] [--mode all-or-nothing|valid-rows]` — imports an asset
 * register sheet (.xlsx / .csv) from the command line, with a progress line on stderr.
 * Runs as the administrator of the machine: no per-row authorization; audited with via = "cli".
 */
import { randomUUID } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { cliContext } from "../audit/record";
import type { AppDeps } from "../http/context";
import { importErrorOf } from "../modules/assets/import/routes";
import { type ImportMode, runAssetImport } from "../modules/assets/import/run";

export class ImportUsageError extends Error {}

export interface ImportCommandOptions {
  dryRun: boolean;
  mode?: string;
  mapping?: string;
  json?: boolean;
}

function progressLine(processed: number, percent: number | null, phase: string) {
  const what = phase === "writing" ? "取込み中 / importing" : "確認中 / checking";
  const pct = percent == null ? "" : ` (${percent}%)`;
  return `\r${what}: ${processed.toLocaleString("ja-JP")} 行 / rows${pct}   `;
}

export async function importCommand(
  deps: AppDeps,
  fileArg: string,
  opts: ImportCommandOptions,
): Promise<number> {
  const file = resolve(fileArg);
  if (!existsSync(file)) throw new ImportUsageError(`import: ${file} does not exist`);
  const mode = (opts.mode ?? "all-or-nothing") as ImportMode;
  if (mode !== "all-or-nothing" && mode !== "valid-rows")
    throw new ImportUsageError("import: --mode must be all-or-nothing or valid-rows");
  let mapping: Record<string, string> | undefined;
  if (opts.mapping) {
    try {
      mapping = JSON.parse(opts.mapping);
    } catch {
      throw new ImportUsageError('import: --mapping must be JSON like {"列名":"fieldKey"}');
    }
  }
  const size = statSync(file).size;
  const tty = process.stderr.isTTY;
  let lastDraw = 0;
  const started = Date.now();
  try {
    const result = await runAssetImport(
      { db: deps.database.db, profile: deps.profile(), now: deps.now(), ctx: cliContext() },
      file,
      { dryRun: opts.dryRun, mode, mapping, fileName: fileArg, importId: randomUUID() },
      (p) => {
        const now = Date.now();
        if (now - lastDraw < (tty ? 200 : 2000)) return;
        lastDraw = now;
        const percent = p.totalRows
          ? Math.min(99, Math.floor((p.processed / p.totalRows) * 100))
          : size
            ? Math.min(99, Math.floor((p.bytesRead / size) * 100))
            : null;
        const line = progressLine(p.processed, percent, p.phase);
        process.stderr.write(tty ? line : `${line.trim()}\n`);
      },
    );
    process.stderr.write(`${tty ? `${progressLine(result.rows, 100, "done")}\n` : ""}`);
    const seconds = (Date.now() - started) / 1000;
    if (opts.json) console.log(JSON.stringify(result));
    else {
      console.log(
        `${result.dryRun ? "確認のみ（取り込んでいません） / dry run, nothing written" : result.committed ? "取り込みました / imported" : "取り込んでいません / nothing imported"}: ` +
          `${result.rows} 行 / rows, 正常 / valid ${result.valid}, 新規 / created ${result.created}, 更新 / updated ${result.updated}, ` +
          `変更なし / unchanged ${result.unchanged}, 誤り / errors ${result.errorCount} (${seconds.toFixed(1)} s)`,
      );
      for (const e of result.errors.slice(0, 50))
        console.log(`  ${e.row}行目 / row ${e.row} [${e.column}]: ${e.message_ja} / ${e.message_en}`);
      if (result.errorCount > 50) console.log(`  … ${result.errorCount - 50} more`);
      if (result.unmapped.length)
        console.log(`  取り込まない列 / columns not imported: ${result.unmapped.join(", ")}`);
    }
    return result.errorCount > 0 && (opts.dryRun || !result.committed || mode === "all-or-nothing") ? 1 : 0;
  } catch (err) {
    const e = importErrorOf(err);
    if (e) throw new Error(`${e.messageJa} / ${e.messageEn}`);
    throw err;
  }
}
