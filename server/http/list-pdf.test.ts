/**
 * The list PDF of the shared writer (list-pdf.ts, issue 20 item 3) without a database: what it
 * prints (title, organization, count, 和暦 date, marking and page numbers, defused cells) and the
 * size limit that refuses a PDF before the route records its export.
 */
import { describe, expect, it } from "vitest";
import { pdfText } from "../test/pdf-text";
import { AppError } from "./errors";
import type { ExportMarking } from "./export-marking";
import { holdRows, refuseOversize } from "./list-export";
import { listPdf, PDF_LIST_MAX_ROWS } from "./list-pdf";

const MARKING: ExportMarking = {
  level: "3",
  label: "機密性3",
  handling: ["施錠保管"],
  exported: "出力 / Exported: 山田 太郎（令和8年12月7日 (2026年) 09:00）",
};
const NOW = new Date("2026-12-07T00:00:00Z");

async function* batches(n: number, size = 500) {
  for (let i = 0; i < n; i += size)
    yield Array.from({ length: Math.min(size, n - i) }, (_, j) => [`行${i + j}`]);
}

describe("list PDF", () => {
  it("prints the title, organization, count, 和暦 date, marking on every page and the cells defused", async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [
      `R-${i}`,
      i === 7 ? '=HYPERLINK("http://evil.example/","x")' : "税務課",
      new Date("2026-04-01T00:30:00Z"),
      i % 2 === 0,
    ]);
    const text = pdfText(
      await listPdf(
        {
          title: "申請一覧",
          file: "requests",
          fileJa: "申請一覧",
          header: ["申請番号", "所属", "申請日時", "承認"],
          widths: [10, 30, 24, 6],
          marking: MARKING,
          now: NOW,
          organization: "西原村",
        },
        rows,
      ),
    );
    expect(text).toContain("申請一覧");
    expect(text).toMatch(/西原村\s+／\s+120件\s+／\s+出力日時 令和8年12月7日/);
    expect(text).toContain("令和8年4月1日");
    expect(text).toContain("R-119");
    expect(text).toContain("'=HYPERLINK");
    expect(text).not.toMatch(/(^|[^'])=HYPERLINK/m);
    expect(text).toContain("はい");
    // More than one page, each with the marking and its number.
    const pages = text.split("\f").filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(1);
    for (const [i, page] of pages.entries()) {
      expect(page).toContain("機密性3（取扱注意）");
      expect(page).toContain("取扱い / Handling: 施錠保管");
      expect(page).toContain("出力 / Exported: 山田 太郎");
      expect(page).toContain(`${i + 1} / ${pages.length} ページ`);
      expect(page).toContain("申請番号");
    }
  });

  it("says so when the list is empty", async () => {
    const text = pdfText(
      await listPdf(
        { title: "監査ログ", file: "audit", fileJa: "監査ログ", header: ["ID"], marking: MARKING, now: NOW },
        [],
      ),
    );
    expect(text).toContain("該当する記録はありません。/ No records.");
    expect(text).toContain("0件");
  });

  it("refuses a PDF above the limit (400 too_many_rows); .xlsx and CSV have none", async () => {
    expect(() => refuseOversize("pdf", PDF_LIST_MAX_ROWS)).not.toThrow();
    expect(() => refuseOversize("xlsx", 1_000_000)).not.toThrow();
    expect(() => refuseOversize("csv", 1_000_000)).not.toThrow();
    try {
      refuseOversize("pdf", PDF_LIST_MAX_ROWS + 1);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect(e).toMatchObject({ status: 400, code: "too_many_rows" });
      expect((e as AppError).messageJa).toContain("Excel・CSV");
    }
    await expect(holdRows("pdf", batches(PDF_LIST_MAX_ROWS + 1))).rejects.toMatchObject({
      code: "too_many_rows",
    });
    const held = await holdRows("pdf", batches(1200));
    expect(held).toHaveLength(1200);
    // .xlsx and CSV stream: their batches are handed on unread.
    const stream = batches(10);
    expect(await holdRows("xlsx", stream)).toBe(stream);
  });
});
