/**
 * The one PDF setup of the server: pdfmake with the Noto CJK fonts of Debian's fonts-noto-cjk
 * (nothing fetched from outside: no URL may be loaded while laying out, and no local file read
 * at all — the fonts are read here). Every PDF export takes pdfmake from here.
 *
 * Each font file (~20 MB) is read and parsed once per process. Left to itself, pdfkit reads the
 * file again for every document and fontkit parses it again (the CFF table, GSUB/GPOS, cmap):
 * ~0.3 s of CPU per PDF, even an empty one. Here pdfmake's virtual file system holds, under each
 * font's name, a small token instead of the file; pdfkit hands the token to fontkit.create, and
 * a format added with fontkit.registerFormat answers with the font parsed the first time. Each
 * document still makes its own subset (pdfkit's EmbeddedFont calls font.createSubset() per
 * document), so a PDF embeds only the glyphs it uses. The shared font object is only read, and
 * fontkit's layout and subsetting are synchronous, so documents made at the same time do not
 * interleave inside it.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type pdfmakeModule from "pdfmake";

const FONT_REGULAR = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
const FONT_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc";

/** The font name PDF documents use in `defaultStyle`. */
export const PDF_FONT = "NotoSansCJK";

/** What the exports use of pdfmake. */
export interface PdfMake {
  createPdf: typeof pdfmakeModule.createPdf;
}

interface Fontkit {
  create(buffer: Uint8Array, postscriptName?: string): unknown;
  registerFormat(format: unknown): void;
}

/**
 * What a token starts with. No font format starts so (fontkit's own probes look at the first 4
 * bytes; its DFont probe fails on a resource map offset past the end).
 */
const TOKEN_MAGIC = Buffer.concat([Buffer.from("SKMR"), Buffer.alloc(4, 0xff)]);

/** Per token key: the font of a PostScript name in the token's file, parsed when first asked for. */
const parsers = new Map<string, (postscriptName: string) => unknown>();

/** The fontkit format of the tokens: fontkit.create calls probe, then new, then getFont. */
class ParsedFonts {
  static probe(buffer: Uint8Array): boolean {
    return buffer.length > TOKEN_MAGIC.length && TOKEN_MAGIC.equals(buffer.subarray(0, TOKEN_MAGIC.length));
  }
  private readonly key: string;
  constructor(stream: { buffer: Uint8Array }) {
    this.key = Buffer.from(stream.buffer.subarray(TOKEN_MAGIC.length)).toString();
  }
  getFont(postscriptName: string): unknown {
    const parse = parsers.get(this.key);
    if (!parse) throw new Error(`PDF font not loaded: ${this.key}`);
    return parse(postscriptName);
  }
}

/** The fontkit pdfkit requires (the CommonJS build; an `import` would load the ES one). */
function pdfkitFontkit(): Fontkit {
  const fromHere = createRequire(import.meta.url);
  return createRequire(fromHere.resolve("pdfkit"))("fontkit") as Fontkit;
}

/** The token standing for `file` (a font collection's bytes) in the virtual file system. */
function fontToken(fontkit: Fontkit, key: string, file: Buffer): Buffer {
  const fonts = new Map<string, unknown>();
  parsers.set(key, (name) => {
    if (!fonts.has(name)) fonts.set(name, fontkit.create(file, name));
    return fonts.get(name);
  });
  return Buffer.concat([TOKEN_MAGIC, Buffer.from(key)]);
}

let ready: Promise<PdfMake> | undefined;

/**
 * pdfmake with the Japanese fonts set and outside URLs and local files refused. Imported on the
 * first PDF, not at start: the library costs ~25 MB of resident memory an idle server need not
 * hold (#11 item 8, idle RSS).
 */
export function pdfMake(): Promise<PdfMake> {
  ready ??= setUp().catch((e: unknown) => {
    ready = undefined;
    throw e;
  });
  return ready;
}

async function setUp(): Promise<PdfMake> {
  const pdfmake = (await import("pdfmake")).default;
  let regular: Buffer;
  try {
    regular = readFileSync(FONT_REGULAR);
  } catch {
    throw new Error(`PDF font missing: ${FONT_REGULAR} (apt-get install fonts-noto-cjk)`);
  }
  let bold = regular;
  let boldName = "NotoSansCJKjp-Regular";
  try {
    bold = readFileSync(FONT_BOLD);
    boldName = "NotoSansCJKjp-Bold";
  } catch {
    // Without the bold file, bold text is set in the regular weight.
  }
  const fontkit = pdfkitFontkit();
  fontkit.registerFormat(ParsedFonts);
  const vfs = (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, data: Buffer): void } })
    .virtualfs;
  vfs.writeFileSync("noto-cjk-regular", fontToken(fontkit, "noto-cjk-regular", regular));
  vfs.writeFileSync("noto-cjk-bold", fontToken(fontkit, "noto-cjk-bold", bold));
  pdfmake.setUrlAccessPolicy(() => false);
  // No document embeds a local file (images come as data: URLs), and the fonts come from the
  // virtual file system: pdfmake reads no file at all.
  pdfmake.setLocalAccessPolicy(() => false);
  return {
    createPdf: (doc, options) => {
      // Fresh font arrays for every document: pdfmake swaps a font's file name in its array for
      // what it read from the virtual file system, and the next document would find that where
      // the name was. createPdf takes pdfmake's fonts at once, so no other document can set
      // them in between.
      pdfmake.setFonts({
        [PDF_FONT]: {
          normal: ["noto-cjk-regular", "NotoSansCJKjp-Regular"],
          bold: ["noto-cjk-bold", boldName],
          italics: ["noto-cjk-regular", "NotoSansCJKjp-Regular"],
          bolditalics: ["noto-cjk-bold", boldName],
        },
      } as never);
      return pdfmake.createPdf(doc, options);
    },
  };
}
