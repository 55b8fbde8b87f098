import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffSummary, sideBySide, splitLines } from "./diff";

const line = fc.constantFrom("第1条", "第2条", "職員等は遵守する。", "", "附則", "(1) 研修", "(2) 訓練");
const text = fc.array(line, { maxLength: 25 }).map((ls) => ls.join("\n"));

/** An independent LCS length (memoized recursion) to check that the diff keeps as much as possible. */
function lcsLength(a: string[], b: string[]): number {
  const memo = new Map<string, number>();
  const go = (i: number, j: number): number => {
    if (i === a.length || j === b.length) return 0;
    const key = `${i},${j}`;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    const v = a[i] === b[j] ? 1 + go(i + 1, j + 1) : Math.max(go(i + 1, j), go(i, j + 1));
    memo.set(key, v);
    return v;
  };
  return go(0, 0);
}

describe("新旧対照表 (side-by-side diff)", () => {
  it("each side of the table reads back as its version, in order", () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const rows = sideBySide(a, b);
        expect(rows.flatMap((r) => (r.old ? [r.old.text] : []))).toEqual(splitLines(a));
        expect(rows.flatMap((r) => (r.new ? [r.new.text] : []))).toEqual(splitLines(b));
        expect(rows.flatMap((r) => (r.old ? [r.old.line] : []))).toEqual(splitLines(a).map((_, i) => i + 1));
      }),
    );
  });
  it("unchanged lines are a longest common subsequence; identical versions are all unchanged", () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const rows = sideBySide(a, b);
        expect(diffSummary(rows).same).toBe(lcsLength(splitLines(a), splitLines(b)));
        for (const r of rows) if (r.kind === "same") expect(r.old?.text).toBe(r.new?.text);
        expect(sideBySide(a, a).every((r) => r.kind === "same")).toBe(true);
      }),
    );
  });
  it("a changed clause sits beside its old wording", () => {
    const rows = sideBySide(
      "第1条 目的\n第2条 旧い定義\n第3条 適用",
      "第1条 目的\n第2条 新しい定義\n第3条 適用\n附則",
    );
    expect(rows.map((r) => r.kind)).toEqual(["same", "changed", "same", "added"]);
    expect(rows[1]).toMatchObject({
      old: { line: 2, text: "第2条 旧い定義" },
      new: { line: 2, text: "第2条 新しい定義" },
    });
  });
});
