import { DEFAULT_THEME } from "@mantine/core";
import { describe, expect, it } from "vitest";
import { AA, contrast, filledBackground, filledText, readableOn } from "./contrast";
import { accessibleTextColors, theme } from "./theme";

const colors = { ...DEFAULT_THEME.colors, ...theme.colors } as Record<string, readonly string[]>;

describe("contrast", () => {
  it("matches the WCAG figures for black and white", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
  });

  for (const [name, shades] of Object.entries(colors)) {
    it(`${name}: light, filled and outline badges read at AA`, () => {
      const lightText = readableOn(shades[9], shades[1]);
      expect(contrast(lightText, shades[1])).toBeGreaterThanOrEqual(AA);
      const text = filledText(shades[8]);
      expect(contrast(filledBackground(shades[8], text), text)).toBeGreaterThanOrEqual(AA);
      expect(contrast(readableOn(shades[8], "#ffffff"), "#ffffff")).toBeGreaterThanOrEqual(AA);
    });
  }

  it("text in any theme colour reads at AA on white", () => {
    const { light } = accessibleTextColors({ ...DEFAULT_THEME, ...theme } as never);
    expect(Object.keys(light).length).toBeGreaterThan(10);
    for (const value of Object.values(light)) expect(contrast(value, "#ffffff")).toBeGreaterThanOrEqual(AA);
  });

  it("leaves a colour alone when it already reads", () => {
    expect(readableOn("#000000", "#ffffff")).toBe("#000000");
  });
});
