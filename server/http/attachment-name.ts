/**
 * The one way every module keeps and serves the name of an uploaded file (#12 item 8). A name
 * comes from the sender and is hostile until cleaned: it may carry a path (`../../etc/passwd`,
 * `C:\…`), control characters or a bidi override that makes `exe.pdf` read as `fdp.exe`, a
 * Windows device name (`CON.txt` hangs Explorer), or a claimed extension that lies about the
 * bytes. What is kept: the last path part, printable, at most NAME_MAX_CHARS characters and
 * NAME_MAX_BYTES bytes of UTF-8, with the extension of the type the bytes really are.
 */

export const NAME_MAX_CHARS = 120;
/** Most file systems allow 255 bytes per name; leave room for a copy's " (2)". */
export const NAME_MAX_BYTES = 200;

/** The extension each detected content type is saved under (the claimed one is dropped). */
const EXTENSION_OF: Record<string, string> = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpg",
  "text/plain": "txt",
  "text/csv": "csv",
  "application/json": "json",
  "application/xml": "xml",
  "application/gzip": "gz",
  "application/zip": "zip",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
};

/**
 * C0/C1 controls, bidi embeddings/overrides/isolates and marks, zero-width characters, the BOM
 * and the line/paragraph separators: removed.
 */
function invisible(cp: number): boolean {
  return (
    cp <= 0x1f ||
    (cp >= 0x7f && cp <= 0x9f) ||
    cp === 0x061c ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x2028 && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    cp === 0xfeff ||
    (cp >= 0xfff9 && cp <= 0xfffb)
  );
}
const stripInvisible = (s: string) =>
  Array.from(s)
    .filter((ch) => !invisible(ch.codePointAt(0) ?? 0))
    .join("");
/** Characters Windows refuses in names (':' also opens an NTFS alternate data stream): made "_". */
const FORBIDDEN = /[<>:"|?*]/gu;

/** CON, PRN, AUX, NUL, COM1–9, LPT1–9 (also with superscript digits), whatever the extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

function utf8Length(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

/** Cuts to the limits without splitting a character (surrogate pairs stay whole). */
function bounded(stem: string, ext: string): string {
  const chars = Array.from(stem);
  const room = NAME_MAX_CHARS - (ext ? ext.length + 1 : 0);
  let out = chars.slice(0, Math.max(1, room));
  while (out.length > 1 && utf8Length(out.join("") + (ext ? `.${ext}` : "")) > NAME_MAX_BYTES)
    out = out.slice(0, -1);
  return out.join("").replace(/[. ]+$/u, "");
}

/**
 * The name to store and to serve for an uploaded file whose bytes were detected as `type`.
 * `fallback` names a file whose name cleans away to nothing (e.g. `添付ファイル`).
 */
export function attachmentName(claimed: string, type: string, fallback = "file"): string {
  // A type without an extension of its own is kept as opaque bytes, never as what it claims.
  const ext = EXTENSION_OF[type] ?? "bin";
  const lastPart = claimed.normalize("NFC").split(/[\\/]/u).pop() ?? "";
  let stem = stripInvisible(lastPart).replace(FORBIDDEN, "_").replace(/\s+/gu, " ").trim();
  // Leading dots make a hidden file; trailing dots and spaces are dropped by Windows.
  stem = stem.replace(/^[. ]+/u, "").replace(/[. ]+$/u, "");
  // The claimed extension is not kept: the bytes decide it (`.json.gz` stays `.json.gz` when gzip).
  stem = stem.replace(/\.[A-Za-z0-9]{1,10}$/u, "");
  if (ext && stem.toLowerCase().endsWith(`.${ext}`)) stem = stem.slice(0, -ext.length - 1);
  stem = stem.replace(/[. ]+$/u, "");
  const base = stem.split(".")[0];
  if (!stem || WINDOWS_RESERVED.test(base)) stem = stem ? `_${stem}` : fallback;
  const cut = bounded(stem, ext) || fallback;
  return ext ? `${cut}.${ext}` : cut;
}

/** RFC 5987 `ext-value` characters (attr-char); everything else is percent-encoded as UTF-8. */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * A Content-Disposition header for a stored name: an ASCII `filename` for old clients and the
 * exact name as RFC 5987/6266 `filename*` (UTF-8). The name is cleaned again, so a value from
 * an older row or a generated name is safe too.
 */
export function contentDisposition(
  name: string,
  disposition: "attachment" | "inline" = "attachment",
): string {
  const clean = stripInvisible(name).replace(FORBIDDEN, "_").replace(/[\\/]/g, "_").trim() || "file";
  const ascii =
    clean
      .normalize("NFKD")
      .replace(/[^\x20-\x7e]/g, "_")
      .replace(/["\\%;]/g, "_")
      .replace(/_+/g, "_") || "file";
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${rfc5987(clean)}`;
}

/** An uploaded sheet (imports): .xlsx when the bytes are a ZIP container, else CSV text. */
export function sheetFileType(bytes: Uint8Array): string {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  return zip ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv";
}
