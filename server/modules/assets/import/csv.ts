/**
 * Streaming CSV: the encoding is detected from the first bytes (UTF-8 with or without BOM,
 * UTF-16 with BOM — Excel's "Unicode text" — or Shift_JIS/CP932, what Excel saves on Japanese
 * Windows), then records are produced one by one; the file is never held whole in memory.
 * RFC 4180 quoting (doubled quotes, newlines inside quotes); comma or tab separated.
 */

export type CsvEncoding = "utf-8" | "utf-16le" | "shift_jis";

/** Bytes inspected to choose an encoding. */
const SAMPLE_BYTES = 256 * 1024;

export function detectEncoding(sample: Uint8Array): { encoding: CsvEncoding; bom: number } {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: "utf-8", bom: 3 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: "utf-16le", bom: 2 };
  try {
    // stream: true tolerates a character cut at the end of the sample.
    new TextDecoder("utf-8", { fatal: true }).decode(sample, { stream: true });
    return { encoding: "utf-8", bom: 0 };
  } catch {
    return { encoding: "shift_jis", bom: 0 };
  }
}

export class EncodingError extends Error {}

export interface CsvRecord {
  /** 1-based record number, as the row number Excel shows when it opens the file. */
  row: number;
  fields: string[];
}

/**
 * Records of a CSV byte stream. `onBytes` is told how many bytes were consumed so far (progress).
 * Throws EncodingError when a later part of a file detected as UTF-8 is not UTF-8.
 */
export async function* csvRecords(
  source: AsyncIterable<Uint8Array>,
  info: { encoding?: CsvEncoding; onBytes?: (n: number) => void } = {},
): AsyncGenerator<CsvRecord & { encoding: CsvEncoding }> {
  let decoder: TextDecoder | null = null;
  let encoding: CsvEncoding = "utf-8";
  let pending: Uint8Array[] = [];
  let pendingLen = 0;
  let consumed = 0;

  // Parser state, kept across chunks.
  let field = "";
  let record: string[] = [];
  let quoted = false;
  let quoteInQuoted = false; // saw `"` inside quotes; the next char decides (`""` or end of quotes)
  let afterCr = false;
  let sep: string | null = null;
  let row = 0;
  const out: CsvRecord[] = [];

  const endRecord = () => {
    record.push(field);
    field = "";
    row++;
    out.push({ row, fields: record });
    record = [];
  };

  const feed = (text: string) => {
    if (sep === null) {
      // Separator from the first line: tab when the header has tabs and no commas.
      const nl = text.search(/[\r\n]/);
      const head = nl >= 0 ? text.slice(0, nl) : text;
      sep = head.includes("\t") && !head.includes(",") ? "\t" : ",";
    }
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (afterCr) {
        afterCr = false;
        if (ch === "\n") continue;
      }
      if (quoted) {
        if (quoteInQuoted) {
          quoteInQuoted = false;
          if (ch === '"') {
            field += '"';
            continue;
          }
          quoted = false;
          // fall through: ch is read as outside quotes
        } else if (ch === '"') {
          quoteInQuoted = true;
          continue;
        } else {
          field += ch;
          continue;
        }
      }
      if (ch === '"' && field === "") quoted = true;
      else if (ch === sep) {
        record.push(field);
        field = "";
      } else if (ch === "\n") endRecord();
      else if (ch === "\r") {
        endRecord();
        afterCr = true;
      } else field += ch;
    }
  };

  const decodeChunk = (bytes: Uint8Array, last: boolean) => {
    if (!decoder) throw new Error("decoder not ready");
    try {
      return decoder.decode(bytes, { stream: !last });
    } catch {
      throw new EncodingError(`the file is not valid ${encoding} after row ${row} (mixed encodings?)`);
    }
  };

  const start = (sample: Uint8Array) => {
    const found = info.encoding ? { encoding: info.encoding, bom: 0 } : detectEncoding(sample);
    encoding = found.encoding;
    decoder = new TextDecoder(encoding, { fatal: encoding === "utf-8" });
    let text = decodeChunk(sample.subarray(found.bom), false);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    feed(text);
  };

  for await (const chunk of source) {
    consumed += chunk.length;
    if (!decoder) {
      pending.push(chunk);
      pendingLen += chunk.length;
      if (pendingLen < SAMPLE_BYTES) continue;
      start(Buffer.concat(pending));
      pending = [];
    } else feed(decodeChunk(chunk, false));
    info.onBytes?.(consumed);
    for (const r of out.splice(0)) yield { ...r, encoding };
  }
  if (!decoder) start(Buffer.concat(pending));
  feed(decodeChunk(new Uint8Array(0), true));
  if (quoteInQuoted) {
    quoteInQuoted = false;
    quoted = false;
  }
  if (field !== "" || record.length || quoted) endRecord();
  info.onBytes?.(consumed);
  for (const r of out.splice(0)) yield { ...r, encoding };
}
