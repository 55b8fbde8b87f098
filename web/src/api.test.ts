import { describe, expect, it } from "vitest";
import { urlOf } from "./api";

describe("the URL of a typed call (api.ts urlOf)", () => {
  it("fills the path's parameters, encoded, then adds the query without empty values", () => {
    expect(urlOf("/api/assets/{id}/relations/{relationId}", { path: { id: "a/b", relationId: "r 1" } })).toBe(
      "/api/assets/a%2Fb/relations/r%201",
    );
    expect(urlOf("/api/assets", { query: { q: "台帳", kind: undefined, limit: 50, cursor: "" } })).toBe(
      `/api/assets?q=${encodeURIComponent("台帳")}&limit=50`,
    );
    expect(urlOf("/api/health")).toBe("/api/health");
  });

  it("refuses a path whose parameter has no value (never a request to /api/assets/undefined)", () => {
    expect(() => urlOf("/api/assets/{id}", { path: {} })).toThrow("{id}");
    expect(() => urlOf("/api/assets/{id}", { path: { id: "" } })).toThrow("{id}");
  });
});
