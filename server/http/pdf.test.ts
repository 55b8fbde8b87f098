/**
 * The shared PDF setup (pdf.ts): the Noto CJK fonts are read and parsed once per process, yet
 * every document — one after another or several at the same time — prints its own Japanese
 * text and embeds only its own subset of the font.
 */
import { describe, expect, it } from "vitest";
import { pdfText } from "../test/pdf-text";
import { PDF_FONT, pdfMake } from "./pdf";

/** 200 different kanji (U+4E00…): a subset many times larger than that of a few characters. */
const MANY = Array.from({ length: 200 }, (_, i) => String.fromCodePoint(0x4e00 + i * 7)).join("");

async function pdf(title: string, body: string): Promise<Buffer> {
  const doc = (await pdfMake()).createPdf({
    defaultStyle: { font: PDF_FONT },
    content: [{ text: title, bold: true }, { text: body }],
  });
  return Buffer.from(await doc.getBuffer());
}

describe("PDF fonts", () => {
  it("each document, alone or made alongside another, prints its own text in its own font subset", async () => {
    const small = await pdf("西原村", "情報資産");
    const big = await pdf("大きな文書", MANY);
    const [bigAlongside, smallAlongside] = await Promise.all([
      pdf("大きな文書", MANY),
      pdf("西原村", "情報資産"),
    ]);
    for (const bytes of [small, smallAlongside]) {
      const text = pdfText(bytes);
      expect(text).toContain("西原村");
      expect(text).toContain("情報資産");
      expect(text).not.toContain("大きな文書");
    }
    for (const bytes of [big, bigAlongside]) {
      const text = pdfText(bytes).replace(/\s/g, "");
      expect(text).toContain("大きな文書");
      expect(text).toContain(MANY);
    }
    // The subsets: made alongside the big one, the small PDF holds no more glyphs than alone,
    // and far fewer than the big one (the font files are ~20 MB each).
    expect(smallAlongside.length).toBe(small.length);
    expect(bigAlongside.length).toBe(big.length);
    expect(big.length - small.length).toBeGreaterThan(20_000);
    expect(small.length).toBeLessThan(400_000);
  });
});
