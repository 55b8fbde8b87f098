import { createTheme } from "@mantine/core";

/** System fonts only (no web fonts are fetched): Japanese first. */
const FONT =
  '"Noto Sans CJK JP", "Noto Sans JP", "Hiragino Kaku Gothic ProN", "Hiragino Sans", "BIZ UDPGothic", Meiryo, "Yu Gothic UI", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export const theme = createTheme({
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
