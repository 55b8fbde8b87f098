/**
 * 網羅状況は嘘をつかない (issue #13 item 1): every shipped profile passes `profile check` with the
 * app's real modules loaded — no `via:` naming a module or register that does not exist, no
 * `enforced` rule nothing reads, no unmapped obligation.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import "../code-registry";
import { checkProfile, formatCheckReport } from "./check";
import { POLICIES_DIR } from "./paths";

const shipped = readdirSync(POLICIES_DIR).filter((f) => f.endsWith(".yaml"));

describe("every shipped profile maps its clauses honestly", () => {
  it.each(shipped)("%s: profile check passes with 0 dishonest mappings", (file) => {
    const result = checkProfile(join(POLICIES_DIR, file));
    expect(result.errors, formatCheckReport(result)).toEqual([]);
    expect(result.dishonest, formatCheckReport(result)).toEqual([]);
    expect(result.coverage.dishonest).toBe(0);
    expect(result.coverage.unmapped).toEqual([]);
    expect(result.ok).toBe(true);
    const counted = Object.values(result.coverage.byStatus).reduce((a, b) => a + b, 0);
    expect(counted).toBe(result.coverage.total);
  });
});
