import {
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  defaultVariantColorsResolver,
  parseThemeColor,
  type VariantColorsResolver,
} from "@mantine/core";
import { darken, filledBackground, filledText, readableOn } from "./contrast";

/** System fonts only (no web fonts are fetched): Japanese first. */
const FONT =
  '"Noto Sans CJK JP", "Noto Sans JP", "Hiragino Kaku Gothic ProN", "Hiragino Sans", "BIZ UDPGothic", Meiryo, "Yu Gothic UI", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/**
 * Mantine's variant colours, darkened where they would fall under WCAG AA (axe color-contrast):
 * badges and buttons in every colour stay readable without each screen choosing shades.
 */
const accessibleVariants: VariantColorsResolver = (input) => {
  const base = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || !input.theme.colors[parsed.color]) return base;
  const shades = input.theme.colors[parsed.color];
  const value = parsed.value;
  switch (input.variant) {
    case "filled": {
      const text = filledText(value);
      const background = filledBackground(value, text);
      const hover = text === "#ffffff" ? darken(background, 0.1) : base.hover;
      return { ...base, background, hover, color: text };
    }
    case "light":
      if (parsed.shade !== undefined) return base;
      return { ...base, color: readableOn(shades[9], shades[2]) };
    case "outline":
    case "subtle":
    case "transparent":
    case "white": {
      const color = readableOn(value, "#ffffff");
      const border = input.variant === "outline" ? `1px solid ${color}` : base.border;
      return { ...base, color, border };
    }
    default:
      return base;
  }
};

export const theme = createTheme({
  variantColorResolver: accessibleVariants,
  primaryColor: "navy",
  colors: {
    navy: [
      "#eef3fa",
      "#d9e3f1",
      "#afc4e2",
      "#82a3d3",
      "#5d87c6",
      "#4575be",
      "#386cbb",
      "#2a5ba5",
      "#1f4f93",
      "#1c3d6e",
    ],
  },
  primaryShade: 8,
  fontFamily: FONT,
  headings: { fontFamily: FONT, fontWeight: "700" },
  fontFamilyMonospace: '"Noto Sans Mono CJK JP", ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace',
  defaultRadius: "sm",
  fontSizes: { xs: "12px", sm: "13px", md: "14px", lg: "16px", xl: "18px" },
  components: {
    Table: { defaultProps: { verticalSpacing: 6, horizontalSpacing: "sm", fz: "sm" } },
    Button: { defaultProps: { size: "sm" } },
    TextInput: { defaultProps: { size: "sm" } },
    Select: { defaultProps: { size: "sm" } },
  },
});

/**
 * Text in a theme colour (`<Text c="orange">`, anchors) reads `--mantine-color-X-text`, shade 8
 * by default — under AA for orange, teal, green, yellow. Each is darkened just enough.
 */
export const accessibleTextColors: CSSVariablesResolver = (t) => {
  const light: Record<string, string> = {};
  for (const [name, shades] of Object.entries({ ...DEFAULT_THEME.colors, ...t.colors })) {
    light[`--mantine-color-${name}-text`] = readableOn(shades[8], "#ffffff");
  }
  return { variables: {}, light, dark: {} };
};
