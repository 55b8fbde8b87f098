import { describe, expect, it } from "vitest";
import { clauseLabel } from "./clause-label";

describe("clauseLabel", () => {
  it("drops the catalog and joins the path as the text numbers it", () => {
    expect(clauseLabel("kawasaki:基準/第10章/4/(3)")).toBe("基準 第10章4.(3)");
    expect(clauseLabel("nishihara:対策基準/7.4/(1)/⑦")).toBe("対策基準 7.4.(1)⑦");
    expect(clauseLabel("nishihara:対策基準/3/(2)/⑧/(イ)")).toBe("対策基準 3.(2)⑧(イ)");
    expect(clauseLabel("kawasaki:基準")).toBe("基準");
  });
});
