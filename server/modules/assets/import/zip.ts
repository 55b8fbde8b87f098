/**
 * Just enough of the ZIP format to look inside an .xlsx without loading it: the central
 * directory (is this an Excel workbook at all?) and a streaming inflate of one entry (to find the
 * merged cells, which exceljs's streaming reader ignores).
 */
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createInflateRaw } from "node:zlib";

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

export class NotZipError extends Error {}

/** The entries of a ZIP file, from its central directory; throws NotZipError when it has none. */
export async function zipEntries(path: string): Promise<ZipEntry[]> {
  const fh = await open(path, "r");
  try {
    const { size } = await fh.stat();
    const tailLen = Math.min(size, 65557);
    if (tailLen < 22) throw new NotZipError("too short for a zip");
    const tail = Buffer.alloc(tailLen);
    await fh.read(tail, 0, tailLen, size - tailLen);
    let eocd = -1;
    for (let i = tailLen - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new NotZipError("no end of central directory");
    let count = tail.readUInt16LE(eocd + 10);
    let cdSize = tail.readUInt32LE(eocd + 12);
    let cdOffset = tail.readUInt32LE(eocd + 16);
    if (cdOffset === 0xffffffff || count === 0xffff) {
      // ZIP64: the locator sits just before the end record.
      const loc = eocd - 20;
      if (loc < 0 || tail.readUInt32LE(loc) !== 0x07064b50) throw new NotZipError("bad zip64 locator");
      const recOffset = Number(tail.readBigUInt64LE(loc + 8));
      const rec = Buffer.alloc(56);
      await fh.read(rec, 0, 56, recOffset);
      if (rec.readUInt32LE(0) !== 0x06064b50) throw new NotZipError("bad zip64 record");
      count = Number(rec.readBigUInt64LE(32));
      cdSize = Number(rec.readBigUInt64LE(40));
      cdOffset = Number(rec.readBigUInt64LE(48));
    }
    if (cdOffset + cdSize > size) throw new NotZipError("central directory out of range");
    const cd = Buffer.alloc(cdSize);
    await fh.read(cd, 0, cdSize, cdOffset);
    const entries: ZipEntry[] = [];
    let p = 0;
    for (let n = 0; n < count && p + 46 <= cd.length; n++) {
      if (cd.readUInt32LE(p) !== 0x02014b50) throw new NotZipError("bad central directory entry");
      const method = cd.readUInt16LE(p + 10);
      let compressedSize = cd.readUInt32LE(p + 20);
      const nameLen = cd.readUInt16LE(p + 28);
      const extraLen = cd.readUInt16LE(p + 30);
      const commentLen = cd.readUInt16LE(p + 32);
      let localHeaderOffset = cd.readUInt32LE(p + 42);
      const name = cd.toString("utf8", p + 46, p + 46 + nameLen);
      if (compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
        // ZIP64 extra field (id 1): sizes and offset, only those that overflowed, in order.
        let e = p + 46 + nameLen;
        const end = e + extraLen;
        while (e + 4 <= end) {
          const id = cd.readUInt16LE(e);
          const len = cd.readUInt16LE(e + 2);
          if (id === 1) {
            let q = e + 4;
            if (cd.readUInt32LE(p + 24) === 0xffffffff) q += 8; // uncompressed size
            if (compressedSize === 0xffffffff) {
              compressedSize = Number(cd.readBigUInt64LE(q));
              q += 8;
            }
            if (localHeaderOffset === 0xffffffff) localHeaderOffset = Number(cd.readBigUInt64LE(q));
          }
          e += 4 + len;
        }
      }
      entries.push({ name, method, compressedSize, localHeaderOffset });
      p += 46 + nameLen + extraLen + commentLen;
    }
    return entries;
  } finally {
    await fh.close();
  }
}

/** The uncompressed bytes of one entry, as a stream. */
export async function openZipEntry(path: string, entry: ZipEntry): Promise<AsyncIterable<Buffer>> {
  const fh = await open(path, "r");
  const header = Buffer.alloc(30);
  try {
    await fh.read(header, 0, 30, entry.localHeaderOffset);
  } finally {
    await fh.close();
  }
  if (header.readUInt32LE(0) !== 0x04034b50) throw new NotZipError("bad local header");
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (entry.compressedSize === 0) return (async function* () {})();
  const raw = createReadStream(path, { start, end: start + entry.compressedSize - 1 });
  if (entry.method === 0) return raw;
  if (entry.method !== 8) throw new NotZipError(`compression method ${entry.method} not supported`);
  return raw.pipe(createInflateRaw());
}

/** A1-style range "B2:C4" → 1-based rows and columns. */
export interface CellRange {
  ref: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(n: number): string {
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function parseRange(ref: string): CellRange | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref);
  if (!m) return null;
  const left = columnNumber(m[1]);
  const top = Number(m[2]);
  const right = m[3] ? columnNumber(m[3]) : left;
  const bottom = m[4] ? Number(m[4]) : top;
  return {
    ref,
    top: Math.min(top, bottom),
    bottom: Math.max(top, bottom),
    left: Math.min(left, right),
    right: Math.max(left, right),
  };
}

/**
 * The merged ranges of a worksheet XML entry, read as a stream (they come after the rows), and
 * the last row of its `<dimension>` (for progress), when the writer gave one.
 */
export async function scanWorksheet(
  path: string,
  entry: ZipEntry,
): Promise<{ merges: CellRange[]; lastRow: number | null }> {
  const ranges: CellRange[] = [];
  let lastRow: number | null = null;
  let first = true;
  const re = /<mergeCell\b[^>]*\bref="([^"]+)"/g;
  let carry = "";
  for await (const chunk of await openZipEntry(path, entry)) {
    const text = carry + chunk.toString("latin1");
    if (first) {
      first = false;
      const dim = /<dimension\b[^>]*\bref="([^"]+)"/.exec(text);
      const r = dim ? parseRange(dim[1]) : null;
      if (r) lastRow = r.bottom;
    }
    let lastEnd = 0;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const r = parseRange(m[1]);
      if (r) ranges.push(r);
      lastEnd = re.lastIndex;
    }
    // Keep a tail that may hold a tag cut in two.
    carry = text.slice(Math.max(lastEnd, text.length - 256));
  }
  return { merges: ranges, lastRow };
}
