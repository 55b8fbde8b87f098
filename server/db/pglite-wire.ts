/**
 * Reads the embedded database's raw protocol output for the statement cache
 * (pglite-statements.ts; issue #11 item 8).
 *
 * PGlite's own path turns every field into a copied ArrayBuffer, a view and a TextDecoder call,
 * and its `parseResults` copies its whole table of 318 type parsers (`{...parsers,
 * ...options.parsers}`) on every query: measured under the mixed GETs, that result handling cost
 * about a fifth of the server's CPU, more than the statements' own execution on small results.
 * Here the bytes are read once: a field is one `Buffer#toString` of its slice, and each column's
 * parser is looked up once per statement, not per field.
 *
 * Only the messages an extended-protocol exchange of ours produces are read; an error, or any
 * message not listed, makes `readReply` return null and the caller hands the bytes to PGlite's
 * own parser (so a database error is exactly PGlite's `DatabaseError`). Notices (a RAISE NOTICE
 * in a trigger) and parameter status messages are skipped, as PGlite does without debug output.
 */

export interface Column {
  name: string;
  dataTypeID: number;
}

export interface Reply {
  /** From a ParameterDescription ('t'). */
  paramTypes: number[] | null;
  /** From a RowDescription ('T'); null when none came (NoData, or no describe sent). */
  columns: Column[] | null;
  /** DataRow fields as text (null for SQL NULL), in column order. */
  rows: Array<Array<string | null>>;
  /** The CommandComplete tag, e.g. `SELECT 3`, `UPDATE 1`; null when none came. */
  command: string | null;
}

const SKIPPED = new Set(
  [
    "1", // ParseComplete
    "2", // BindComplete
    "3", // CloseComplete
    "n", // NoData
    "s", // PortalSuspended
    "I", // EmptyQueryResponse
    "Z", // ReadyForQuery
    "N", // NoticeResponse
    "S", // ParameterStatus
  ].map((c) => c.charCodeAt(0)),
);
const DATA_ROW = 0x44; // D
const COMMAND_COMPLETE = 0x43; // C
const ROW_DESCRIPTION = 0x54; // T
const PARAMETER_DESCRIPTION = 0x74; // t

/** The reply of one exchange, or null when PGlite's parser must read it (an error, or the unknown). */
export function readReply(bytes: Uint8Array): Reply | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const reply: Reply = { paramTypes: null, columns: null, rows: [], command: null };
  let at = 0;
  while (at + 5 <= buf.length) {
    const code = buf[at];
    const end = at + 1 + buf.readInt32BE(at + 1);
    let p = at + 5;
    if (code === DATA_ROW) {
      const count = buf.readInt16BE(p);
      p += 2;
      const row = new Array<string | null>(count);
      for (let i = 0; i < count; i++) {
        const length = buf.readInt32BE(p);
        p += 4;
        if (length < 0) row[i] = null;
        else {
          row[i] = buf.toString("utf8", p, p + length);
          p += length;
        }
      }
      reply.rows.push(row);
    } else if (code === COMMAND_COMPLETE) {
      // A `SET` around a statement (the generic plan switch of pglite-statements.ts) is not the
      // statement's own tag; no statement of ours that answers `SET` reads its tag.
      const tag = buf.toString("utf8", p, end - 1);
      if (tag !== "SET" || reply.command === null) reply.command = tag;
    } else if (code === ROW_DESCRIPTION) {
      const count = buf.readInt16BE(p);
      p += 2;
      const columns: Column[] = [];
      for (let i = 0; i < count; i++) {
        const nul = buf.indexOf(0, p);
        const name = buf.toString("utf8", p, nul);
        // table oid (4), column number (2), then the type oid; size, modifier, format follow (8).
        columns.push({ name, dataTypeID: buf.readInt32BE(nul + 1 + 6) });
        p = nul + 1 + 18;
      }
      reply.columns = columns;
    } else if (code === PARAMETER_DESCRIPTION) {
      const count = buf.readInt16BE(p);
      reply.paramTypes = Array.from({ length: count }, (_, i) => buf.readInt32BE(p + 2 + i * 4));
    } else if (!SKIPPED.has(code)) {
      return null;
    }
    at = end;
  }
  return reply;
}

type Parse = (value: string, typeId: number) => unknown;

/**
 * PGlite's result for one statement (`Results`: rows in the caller's row mode, parsed by the
 * caller's parsers over PGlite's, fields, affectedRows as PGlite counts them).
 */
export function resultOf(
  reply: Reply,
  columns: Column[],
  base: Record<number, Parse>,
  options: { rowMode?: "array" | "object"; parsers?: Record<number, Parse> } | undefined,
) {
  const own = options?.parsers;
  const parsers = columns.map((c) => own?.[c.dataTypeID] ?? base[c.dataTypeID]);
  const types = columns.map((c) => c.dataTypeID);
  const read = (row: Array<string | null>) => {
    for (let i = 0; i < row.length; i++) {
      const v = row[i];
      const parse = parsers[i];
      if (v !== null && parse) row[i] = parse(v, types[i]) as string;
    }
    return row;
  };
  let rows: unknown[];
  if (options?.rowMode === "array") rows = reply.rows.map(read);
  else
    rows = reply.rows.map((raw) => {
      const row = read(raw);
      const o: Record<string, unknown> = {};
      for (let i = 0; i < row.length; i++) o[columns[i].name] = row[i];
      return o;
    });
  const fields = columns.map((c) => ({ name: c.name, dataTypeID: c.dataTypeID }));
  if (reply.command === null) return { rows, fields, affectedRows: 0 };
  const words = reply.command.split(" ");
  const command = words[0];
  const count = Number.parseInt(words[words.length - 1], 10);
  const counted = ["INSERT", "UPDATE", "DELETE", "COPY", "MERGE"].includes(command);
  const result: Record<string, unknown> = { rows, fields, command, affectedRows: counted ? count : 0 };
  if (!Number.isNaN(count)) result.rowCount = count;
  return result;
}
