import { createElement, Suspense } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { screen } from "./screen";

const Hello = ({ name }: { name: string }) => createElement("p", null, `hello ${name}`);

describe("screen (a lazily loaded screen that renders at once once loaded)", () => {
  it("shows the Suspense fallback while its chunk loads, and renders directly once it is in", async () => {
    const load = vi.fn(async () => ({ default: Hello }));
    const Hi = screen(load);
    const page = () =>
      renderToString(createElement(Suspense, { fallback: "loading…" }, createElement(Hi, { name: "関守" })));
    expect(page()).toContain("loading…");
    await Hi.preload();
    const loaded = page();
    expect(loaded).toContain("<p>hello 関守</p>");
    expect(loaded).not.toContain("loading…");
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("preloading before the first render loads the chunk once, however often it is asked", async () => {
    const load = vi.fn(async () => ({ default: Hello }));
    const Hi = screen(load);
    await Promise.all([Hi.preload(), Hi.preload()]);
    expect(renderToString(createElement(Hi, { name: "x" }))).toBe("<p>hello x</p>");
    expect(load).toHaveBeenCalledTimes(1);
  });
});
