/**
 * The one PDF setup of the server: pdfmake with the Noto CJK fonts of Debian's fonts-noto-cjk
 * (nothing fetched from outside: no URL may be loaded while laying out, and no local file read
 * but the fonts). Every PDF export takes pdfmake from here.
 */
import { existsSync } from "node:fs";
import type pdfmakeModule from "pdfmake";

const FONT_REGULAR = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
const FONT_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc";

/** The font name PDF documents use in `defaultStyle`. */
export const PDF_FONT = "NotoSansCJK";

let fontsSet = false;

/**
 * pdfmake with the Japanese fonts set (once) and outside URLs refused. Imported on the first PDF,
 * not at start: the library costs ~25 MB of resident memory an idle server need not hold (#11
 * item 8, idle RSS).
 */
export async function pdfMake(): Promise<typeof pdfmakeModule> {
  const pdfmake = (await import("pdfmake")).default;
  if (fontsSet) return pdfmake;
  if (!existsSync(FONT_REGULAR))
    throw new Error(`PDF font missing: ${FONT_REGULAR} (apt-get install fonts-noto-cjk)`);
  const bold = existsSync(FONT_BOLD) ? FONT_BOLD : FONT_REGULAR;
  pdfmake.setFonts({
    [PDF_FONT]: {
      normal: [FONT_REGULAR, "NotoSansCJKjp-Regular"],
      bold: [bold, "NotoSansCJKjp-Bold"],
      italics: [FONT_REGULAR, "NotoSansCJKjp-Regular"],
      bolditalics: [bold, "NotoSansCJKjp-Bold"],
    },
  } as never);
  pdfmake.setUrlAccessPolicy(() => false);
  // No document embeds a local file (images come as data: URLs): only the fonts may be read.
  pdfmake.setLocalAccessPolicy((path) => path === FONT_REGULAR || path === bold);
  fontsSet = true;
  return pdfmake;
}
