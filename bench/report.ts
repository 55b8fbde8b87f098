import type { Figure } from "./types";

/** Figure value formatted for the table: integers with separators, small numbers with decimals. */
export function formatValue(value: number | null | undefined, unit = ""): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "—";
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  const text = value.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  return unit ? `${text} ${unit}` : text;
}

export function withRatio(f: Figure): Figure {
  const b = f.baseline?.value;
  const ratio = f.value !== null && typeof b === "number" && b !== 0 ? f.value / b : null;
  return { ...f, ratio };
}

export function targetMet(f: Figure): boolean | null {
  if (!f.target || f.value === null) return null;
  return f.target.op === "<=" ? f.value <= f.target.value : f.value >= f.target.value;
}

/** Width in terminal columns (CJK characters count double). */
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return w;
}

function pad(s: string, n: number): string {
  return s + " ".repeat(Math.max(0, n - width(s)));
}

/** The figure table: value | baseline | ratio | target, then the notes. */
export function renderTable(sections: Array<{ title: string; figures: Figure[] }>): string {
  const header = ["figure", "value", "baseline (same run)", "ratio", "target", ""];
  const rows: string[][] = [];
  const notes: string[] = [];
  for (const s of sections) {
    rows.push([`[${s.title}]`, "", "", "", "", ""]);
    for (const f of s.figures) {
      const met = targetMet(f);
      rows.push([
        f.label,
        formatValue(f.value, f.unit),
        f.baseline ? `${formatValue(f.baseline.value, f.baseline.unit ?? f.unit)}  ${f.baseline.label}` : "",
        f.ratio === null || f.ratio === undefined ? "" : `${f.ratio.toFixed(f.ratio < 10 ? 2 : 1)}×`,
        f.target ? `${f.target.op} ${formatValue(f.target.value, f.target.unit ?? f.unit)}` : "",
        met === null ? "" : met ? "ok" : "MISSED",
      ]);
      if (f.note) notes.push(`${f.key}: ${f.note}`);
    }
  }
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i]))
      .join(" │ ")
      .trimEnd();
  const out = [line(header), widths.map((w) => "─".repeat(w)).join("─┼─")];
  for (const r of rows) out.push(line(r));
  if (notes.length) out.push("", "notes:", ...notes.map((n) => `  ${n}`));
  return out.join("\n");
}
