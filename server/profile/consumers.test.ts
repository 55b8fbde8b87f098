import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  consumesRule,
  moduleExists,
  registerExists,
  registerModule,
  registerRegister,
  ruleConsumerSites,
  ruleConsumers,
} from "./consumers";
import { dishonesty, type MappingEntry, statusOf } from "./mapping";

// A private corner of the registry: keys no real module uses.
registerModule("zz_built");
registerRegister("zz_log", "zz_built");
consumesRule("zz_rules.*.flag", "zz_built");
consumesRule("zz_whole.**", "zz_built");
consumesRule("zz_exact", "zz_built");

const entry = (e: Partial<MappingEntry>): MappingEntry =>
  ({ clause: "x", kind: "workflow", ...e }) as MappingEntry;

describe("the code registry", () => {
  it("knows what registered, and nothing else", () => {
    expect(moduleExists("zz_built")).toBe(true);
    expect(moduleExists("zz_missing")).toBe(false);
    expect(registerExists("zz_log")).toBe(true);
    expect(registerExists("zz_built")).toBe(false);
  });

  it("matches `*` to one segment and a trailing `**` to the subtree", () => {
    expect(ruleConsumers("zz_rules.mynumber.flag")).toEqual(["zz_built"]);
    expect(ruleConsumers("zz_rules.mynumber")).toEqual([]);
    expect(ruleConsumers("zz_rules.mynumber.flag.more")).toEqual([]);
    expect(ruleConsumers("zz_whole")).toEqual(["zz_built"]);
    expect(ruleConsumers("zz_whole.a.b.c")).toEqual(["zz_built"]);
    expect(ruleConsumers("zz_exact")).toEqual(["zz_built"]);
    expect(ruleConsumers("zz_exact.child")).toEqual([]);
  });

  it("property: an exact path is consumed only by itself", () => {
    let run = 0;
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 1, maxLength: 4 }), (segments) => {
        const path = [`zz_prop${run++}`, ...segments].join(".");
        expect(ruleConsumers(path)).toEqual([]);
        consumesRule(path, "zz_prop_reader");
        expect(ruleConsumers(path)).toContain("zz_prop_reader");
        expect(ruleConsumers(`${path}.below`)).toEqual([]);
      }),
    );
  });

  it("names a rule's readers in one order, whatever order they registered in (the clause review)", () => {
    consumesRule("zz_order.flag", "zz_second");
    consumesRule("zz_order.flag", "zz_first");
    expect(ruleConsumerSites("zz_order.flag").map((s) => s.by)).toEqual(["zz_first", "zz_second"]);
  });

  it("rejects bad keys and paths", () => {
    expect(() => registerModule("Bad-Key")).toThrow(/snake_case/);
    expect(() => consumesRule("a..b", "x")).toThrow(/bad path/);
    expect(() => consumesRule("a.**.b", "x")).toThrow(/bad path/);
  });
});

describe("a mapping entry's claim against the code", () => {
  it("workflow via a module that exists is honest; via one that does not is not", () => {
    expect(dishonesty(entry({ kind: "workflow", via: "zz_built" }))).toBeNull();
    expect(dishonesty(entry({ kind: "workflow", via: "zz_missing" }))).toMatch(
      /no such module.*planned: zz_missing/,
    );
  });

  it("register via must name a register, not a module", () => {
    expect(dishonesty(entry({ kind: "register", via: "zz_log" }))).toBeNull();
    expect(dishonesty(entry({ kind: "register", via: "zz_built" }))).toMatch(/no such register/);
  });

  it("enforced must name a rule some code reads", () => {
    expect(dishonesty(entry({ kind: "enforced", rule: "zz_rules.lgwan.flag" }))).toBeNull();
    expect(dishonesty(entry({ kind: "enforced", rule: "zz_rules.lgwan.other" }))).toMatch(/no code reads it/);
  });

  it("planned is always honest and counts as planned by its module", () => {
    const e = entry({ kind: "enforced", rule: "zz_nothing", planned: "zz_missing" });
    expect(dishonesty(e)).toBeNull();
    expect(statusOf(e)).toEqual({ status: "planned", plannedBy: "zz_missing" });
  });

  it("a checklist item is planned until the self-inspection module exists", () => {
    expect(statusOf(entry({ kind: "checklist" })).status).toBe(
      moduleExists("assurance") ? "self_inspection" : "planned",
    );
  });
});
