/**
 * 新旧対照表: a side-by-side line diff of two versions (pure). Lines common to both are found by
 * a longest common subsequence; a run of removed lines followed by added lines is shown as
 * changed rows (旧 left, 新 right), as Japanese 新旧対照表 do. Very large middles (after the
 * common head and tail are trimmed) are shown as one changed block instead of running a huge table.
 */
export type RowKind = "same" | "changed" | "removed" | "added";
export interface Side {
  /** 1-based line number in its version. */
  line: number;
  text: string;
}
export interface DiffRow {
  kind: RowKind;
  old: Side | null;
  new: Side | null;
}

const MAX_CELLS = 16_000_000;

export function splitLines(text: string): string[] {
  if (text === "") return [];
  return text.replace(/\r\n?/g, "\n").split("\n");
}

type Op = { op: "same" | "del" | "add"; a?: number; b?: number };

function lcsOps(a: string[], b: string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const ops: Op[] = [];
  for (let i = 0; i < head; i++) ops.push({ op: "same", a: i, b: i });
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  if (n * m > MAX_CELLS) {
    for (let i = 0; i < n; i++) ops.push({ op: "del", a: head + i });
    for (let j = 0; j < m; j++) ops.push({ op: "add", b: head + j });
  } else {
    // table[i][j] = LCS length of a[head+i..] and b[head+j..]
    const w = m + 1;
    const table = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--)
        table[i * w + j] =
          a[head + i] === b[head + j]
            ? table[(i + 1) * w + j + 1] + 1
            : Math.max(table[(i + 1) * w + j], table[i * w + j + 1]);
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (a[head + i] === b[head + j]) {
        ops.push({ op: "same", a: head + i, b: head + j });
        i++;
        j++;
      } else if (table[(i + 1) * w + j] >= table[i * w + j + 1]) ops.push({ op: "del", a: head + i++ });
      else ops.push({ op: "add", b: head + j++ });
    }
    while (i < n) ops.push({ op: "del", a: head + i++ });
    while (j < m) ops.push({ op: "add", b: head + j++ });
  }
  for (let k = tail; k > 0; k--) ops.push({ op: "same", a: a.length - k, b: b.length - k });
  return ops;
}

/** The rows of the 新旧対照表 of `oldText` → `newText`. */
export function sideBySide(oldText: string, newText: string): DiffRow[] {
  const a = splitLines(oldText);
  const b = splitLines(newText);
  const ops = lcsOps(a, b);
  const rows: DiffRow[] = [];
  let k = 0;
  while (k < ops.length) {
    const o = ops[k];
    if (o.op === "same") {
      rows.push({
        kind: "same",
        old: { line: (o.a as number) + 1, text: a[o.a as number] },
        new: { line: (o.b as number) + 1, text: b[o.b as number] },
      });
      k++;
      continue;
    }
    const dels: number[] = [];
    const adds: number[] = [];
    while (k < ops.length && ops[k].op !== "same") {
      if (ops[k].op === "del") dels.push(ops[k].a as number);
      else adds.push(ops[k].b as number);
      k++;
    }
    for (let x = 0; x < Math.max(dels.length, adds.length); x++) {
      const d = dels[x];
      const ad = adds[x];
      rows.push({
        kind: d !== undefined && ad !== undefined ? "changed" : d !== undefined ? "removed" : "added",
        old: d !== undefined ? { line: d + 1, text: a[d] } : null,
        new: ad !== undefined ? { line: ad + 1, text: b[ad] } : null,
      });
    }
  }
  return rows;
}

/** How many rows of each kind (the summary above the table). */
export function diffSummary(rows: DiffRow[]): Record<RowKind, number> {
  const out: Record<RowKind, number> = { same: 0, changed: 0, removed: 0, added: 0 };
  for (const r of rows) out[r.kind]++;
  return out;
}
