import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attachmentName, contentDisposition, NAME_MAX_BYTES, NAME_MAX_CHARS } from "./attachment-name";

const PDF = "application/pdf";
const TYPES = [PDF, "image/png", "image/jpeg", "text/plain", "text/csv", "application/gzip", "unknown/type"];

describe("attachmentName: hostile names (#12 item 8)", () => {
  it.each([
    ["../../etc/passwd", "text/plain", "passwd.txt"],
    ["..\\..\\Windows\\system32\\drivers\\etc\\hosts", "text/plain", "hosts.txt"],
    ["C:\\Users\\taro\\報告書.pdf", PDF, "報告書.pdf"],
    // U+202E RIGHT-TO-LEFT OVERRIDE: "invoice‮fdp.exe" reads as "invoiceexe.pdf".
    ["invoice\u202efdp.exe", PDF, "invoicefdp.pdf"],
    ["a\u2066b\u2069c\u200f.png", "image/png", "abc.png"],
    ["line\r\nbreak\u0000nul\u0007.txt", "text/plain", "linebreaknul.txt"],
    ["CON.txt", "text/plain", "_CON.txt"],
    ["nul", PDF, "_nul.pdf"],
    ["com1.tar.gz", "application/gzip", "_com1.tar.gz"],
    ["LPT¹.pdf", PDF, "_LPT¹.pdf"],
    ["report.pdf.exe", PDF, "report.pdf"],
    ["photo.png", "image/jpeg", "photo.jpg"],
    ["evil.exe", PDF, "evil.pdf"],
    ["nvd.json.gz", "application/gzip", "nvd.json.gz"],
    ["a.txt:evil.exe", "text/plain", "a.txt_evil.txt"],
    ['what<>:"|?*.pdf', PDF, "what_______.pdf"],
    [".htaccess", "text/plain", "htaccess.txt"],
    ["trailing. . .", PDF, "trailing.pdf"],
    ["", PDF, "file.pdf"],
    ["\u202e\u0000/", PDF, "file.pdf"],
    ["ｶﾀｶﾅ　資料.pdf", PDF, "ｶﾀｶﾅ 資料.pdf"],
    ["v1.2 draft", "text/plain", "v1.2 draft.txt"],
  ])("%j as %s → %j", (claimed, type, expected) => {
    expect(attachmentName(claimed, type)).toBe(expected);
  });

  it("a long name is cut to the limits without splitting a character, keeping the real extension", () => {
    const long = attachmentName(`${"😀".repeat(300)}.exe`, PDF);
    expect(long.endsWith(".pdf")).toBe(true);
    expect(Array.from(long).length).toBeLessThanOrEqual(NAME_MAX_CHARS);
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(NAME_MAX_BYTES);
    expect(long).not.toMatch(/\ud83d(?!\ude00)/);
  });

  it("property: any name gives a single printable part within the limits, with the type's extension", () => {
    const ext: Record<string, string> = {
      [PDF]: ".pdf",
      "image/png": ".png",
      "image/jpeg": ".jpg",
      "text/plain": ".txt",
      "text/csv": ".csv",
      "application/gzip": ".gz",
      "unknown/type": ".bin",
    };
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 400 }),
        fc.constantFrom(...TYPES),
        (claimed, type) => {
          const name = attachmentName(claimed, type);
          expect(name.length).toBeGreaterThan(0);
          expect(name).not.toMatch(/[\\/<>:"|?*\u202a-\u202e\u2066-\u2069]/);
          expect(
            Array.from(name).some((ch) => (ch.codePointAt(0) ?? 0) < 0x20 || /[\x7f-\x9f]/.test(ch)),
          ).toBe(false);
          expect(Array.from(name).length).toBeLessThanOrEqual(NAME_MAX_CHARS);
          expect(Buffer.byteLength(name)).toBeLessThanOrEqual(NAME_MAX_BYTES);
          expect(name.startsWith(".")).toBe(false);
          expect(name.endsWith(ext[type])).toBe(true);
          expect(name.split(".")[0]).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
          // Cleaning is stable: a stored name cleans to itself.
          expect(attachmentName(name, type)).toBe(name);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("contentDisposition: RFC 6266 with RFC 5987 filename*", () => {
  it("gives an ASCII fallback and the exact UTF-8 name", () => {
    expect(contentDisposition("報告書 (1).pdf")).toBe(
      `attachment; filename="_ (1).pdf"; filename*=UTF-8''%E5%A0%B1%E5%91%8A%E6%9B%B8%20%281%29.pdf`,
    );
  });

  it("a stored hostile name cannot break out of the header", () => {
    const h = contentDisposition('a";\r\nSet-Cookie: x=1;\u202e.pdf');
    expect(h).not.toMatch(/[\r\n]/);
    expect(h.match(/"/g)).toHaveLength(2);
    expect(h).toMatch(/^attachment; filename="[^"]*"; filename\*=UTF-8''[A-Za-z0-9%!#$&+\-.^_`|~]+$/);
  });

  it("property: the header is always one line of the RFC 5987 grammar, and filename* decodes to the cleaned name", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (name) => {
        const h = contentDisposition(name);
        const m = h.match(
          /^attachment; filename="([\x20-\x7e]*)"; filename\*=UTF-8''([A-Za-z0-9%!#$&+\-.^_`|~]+)$/,
        );
        expect(m).not.toBeNull();
        expect(m?.[1]).not.toMatch(/["\\]/);
        expect(decodeURIComponent(m?.[2] ?? "")).not.toMatch(/[\r\n\u202e]/);
      }),
      { numRuns: 200 },
    );
  });
});
