/**
 * WCAG 2 contrast for the theme: Mantine's default badge and button colours fall under AA
 * (4.5:1) for small text — white on orange-8 is 3.6:1, teal-9 on teal-1 4.3:1, yellow worse.
 * The theme's variant resolver (theme.ts) darkens a colour just enough to reach AA instead of
 * each screen picking shades by hand. Pure functions: unit-tested in contrast.test.ts.
 */

/** The AA threshold for normal text, with a little margin for rounding in the checkers. */
export const AA = 4.6;

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [n >> 16, (n >> 8) & 255, n & 255];
}

function toHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, "0")).join("")}`;
}

export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** `hex` mixed with black by `amount` (0–1), keeping its hue. */
export function darken(hex: string, amount: number): string {
  const [r, g, b] = channels(hex);
  return toHex([r * (1 - amount), g * (1 - amount), b * (1 - amount)]);
}

/** The lightest darkening of `fg` that reads at AA on `bg` (fg unchanged when it already does). */
export function readableOn(fg: string, bg: string): string {
  for (let step = 0; step <= 20; step++) {
    const candidate = darken(fg, step * 0.05);
    if (contrast(candidate, bg) >= AA) return candidate;
  }
  return "#000000";
}

/**
 * A filled background for `hex` under text of `text`: darkened until the text reads at AA.
 * Light colours (yellow, lime) keep their shade with black text instead (see filledText).
 */
export function filledBackground(hex: string, text: string): string {
  for (let step = 0; step <= 20; step++) {
    const candidate = darken(hex, step * 0.05);
    if (contrast(candidate, text) >= AA) return candidate;
  }
  return "#000000";
}

/** Black text on a filled colour when that already reads well (yellow), white otherwise. */
export function filledText(hex: string): "#000000" | "#ffffff" {
  return contrast("#ffffff", hex) < AA && contrast("#000000", hex) >= 7 ? "#000000" : "#ffffff";
}
