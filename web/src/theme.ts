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
const resolveVariant: VariantColorsResolver = (input) => {
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

/**
 * The resolver's answers, kept per theme: every Button and Badge asks on every render, and the
 * contrast search behind an answer was a visible part of the asset list's first render (fifty
 * rows of three badges; #14 item 5). An answer depends only on the theme and these inputs.
 */
const answers = new WeakMap<object, Map<string, ReturnType<VariantColorsResolver>>>();
const accessibleVariants: VariantColorsResolver = (input) => {
  const known = answers.get(input.theme) ?? new Map<string, ReturnType<VariantColorsResolver>>();
  answers.set(input.theme, known);
  const key = `${input.variant}|${input.color}|${input.autoContrast ?? ""}|${input.gradient ? JSON.stringify(input.gradient) : ""}`;
  const answer = known.get(key) ?? resolveVariant(input);
  known.set(key, answer);
  return answer;
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

/** Computed once per theme (MantineProvider asks on each of its renders). */
const textColors = new WeakMap<object, ReturnType<CSSVariablesResolver>>();

/**
 * Text in a theme colour (`<Text c="orange">`, anchors) reads `--mantine-color-X-text`, shade 8
 * by default — under AA for orange, teal, green, yellow. Each is darkened just enough.
 */
export const accessibleTextColors: CSSVariablesResolver = (t) => {
  const known = textColors.get(t);
  if (known) return known;
  const light: Record<string, string> = {};
  for (const [name, shades] of Object.entries({ ...DEFAULT_THEME.colors, ...t.colors })) {
    light[`--mantine-color-${name}-text`] = readableOn(shades[8], "#ffffff");
  }
  const answer = { variables: {}, light, dark: {} };
  textColors.set(t, answer);
  return answer;
};
