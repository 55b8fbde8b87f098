/**
 * Receives a multipart upload as a stream straight into a temporary file (never the whole file
 * in memory), refusing it with 413 as soon as it passes the size limit.
 */
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import busboy from "busboy";
import { AppError, fieldError } from "../../../http/errors";

/** Largest register file accepted. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface Upload {
  path: string;
  fileName: string;
  size: number;
  fields: Record<string, string>;
  /** Removes the temporary file. */
  cleanup(): Promise<void>;
}

export const tooLarge = (limit: number) =>
  new AppError(
    413,
    "payload_too_large",
    `ファイルが大きすぎます（上限 ${Math.round(limit / 1024 / 1024)} MB）。ファイルを分けて取り込んでください。`,
    `The file is too large (limit ${Math.round(limit / 1024 / 1024)} MB). Split it and import the parts.`,
  );

const noFile = () => fieldError("file", "ファイルを選択してください。", "Choose a file to upload.");

export async function receiveUpload(req: Request, limit = MAX_IMPORT_BYTES): Promise<Upload> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data/i.test(type) || !req.body) throw noFile();
  const declared = Number(req.headers.get("content-length") ?? "");
  // The form's other fields and boundaries are small: 1 MB of slack over the file limit.
  if (Number.isFinite(declared) && declared > limit + 1024 * 1024) throw tooLarge(limit);

  const dir = await mkdtemp(join(tmpdir(), "sekimori-import-"));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  const fields: Record<string, string> = {};
  let fileName = "";
  let size = 0;
  let sawFile = false;
  const path = join(dir, "upload");
  try {
    await new Promise<void>((resolve, reject) => {
      let bb: busboy.Busboy;
      try {
        bb = busboy({
          headers: { "content-type": type },
          limits: { fileSize: limit, files: 1, fields: 20, fieldSize: 256 * 1024, parts: 30 },
          defParamCharset: "utf8",
        });
      } catch {
        reject(noFile());
        return;
      }
      let fileDone: Promise<void> = Promise.resolve();
      let failed = false;
      const fail = (err: unknown) => {
        if (failed) return;
        failed = true;
        reject(err);
      };
      bb.on("field", (name, value) => {
        fields[name] = value;
      });
      bb.on("file", (name, stream, info) => {
        if (name !== "file" || sawFile) {
          stream.resume();
          return;
        }
        sawFile = true;
        fileName = info.filename ?? "";
        const out = createWriteStream(path);
        stream.on("data", (chunk: Buffer) => {
          size += chunk.length;
        });
        stream.on("limit", () => {
          fail(tooLarge(limit));
          stream.unpipe(out);
          out.destroy();
          stream.resume();
        });
        fileDone = new Promise((res, rej) => {
          out.on("close", () => res());
          out.on("error", rej);
        });
        stream.pipe(out);
      });
      bb.on("error", () => fail(noFile()));
      bb.on("close", () => {
        fileDone.then(() => (failed ? undefined : resolve()), fail);
      });
      const body = Readable.fromWeb(req.body as unknown as WebReadableStream<Uint8Array>);
      body.on("error", fail);
      body.pipe(bb);
    });
  } catch (err) {
    await cleanup();
    throw err;
  }
  if (!sawFile) {
    await cleanup();
    throw noFile();
  }
  return { path, fileName, size, fields, cleanup };
}
