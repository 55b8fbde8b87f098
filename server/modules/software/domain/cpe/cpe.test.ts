import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareAttribute, compareNames, isSuperset } from "./compare";
import { bindFormattedString, parseFormattedString } from "./formatted-string";
import { bindUri, parseUri } from "./uri";
import { ANY, CPE_ATTRIBUTES, CpeParseError, type CpeValue, NA, quote, str, unquote, wfn } from "./wfn";

const fs = parseFormattedString;

describe("CPE 2.3 formatted string (NISTIR 7695 §6.2)", () => {
  it("parses the attributes, ANY and NA, quoting punctuation", () => {
    const w = fs("cpe:2.3:a:microsoft:internet_explorer:8.0.6001:beta:*:*:*:*:*:-");
    expect(w.part).toEqual(str("a"));
    expect(w.vendor).toEqual(str("microsoft"));
    expect(w.version).toEqual(str("8\\.0\\.6001"));
    expect(w.edition).toEqual(ANY);
    expect(w.other).toEqual(NA);
  });
  it("keeps escaped colons and other quoted characters inside a value", () => {
    const w = fs("cpe:2.3:a:hp:insight_diagnostics:7\\.4\\.0\\.1570:-:*:*:online:win2003:x64:*");
    expect(w.version).toEqual(str("7\\.4\\.0\\.1570"));
    const colon = fs("cpe:2.3:a:foo\\:bar:baz\\!:1:*:*:*:*:*:*:*");
    expect(colon.vendor).toEqual(str("foo\\:bar"));
    expect(unquote((colon.product as { s: string }).s)).toBe("baz!");
  });
  it("accepts wildcards only at either end", () => {
    expect(fs("cpe:2.3:a:*soft:win*:??1:*:*:*:*:*:*:*").version).toEqual(str("??1"));
    expect(() => fs("cpe:2.3:a:mi*soft:x:1:*:*:*:*:*:*:*")).toThrow(CpeParseError);
    expect(() => fs("cpe:2.3:a:ms:x:1?2:*:*:*:*:*:*:*")).toThrow(/start or end/);
  });
  it.each([
    ["cpe:2.2:a:x:y:1:*:*:*:*:*:*:*", /cpe:2\.3/],
    ["cpe:2.3:a:x:y:1:*:*:*:*:*:*", /10 attributes/],
    ["cpe:2.3:a:x:y:1:*:*:*:*:*:*:*:*", /12 attributes/],
    ["cpe:2.3:x:x:y:1:*:*:*:*:*:*:*", /part must be/],
    ["cpe:2.3:a:x::1:*:*:*:*:*:*:*", /empty/],
    ["cpe:2.3:a:x:y z:1:*:*:*:*:*:*:*", /not allowed/],
    ["cpe:2.3:a:サイボウズ:y:1:*:*:*:*:*:*:*", /not allowed/],
    ["cpe:2.3:a:x:y:1:*:*:*:*:*:*:a\\", /nothing follows/],
  ])("refuses %s with a located reason", (input, reason) => {
    expect(() => fs(input)).toThrow(reason);
    try {
      fs(input);
    } catch (e) {
      expect((e as CpeParseError).position).toBeGreaterThanOrEqual(0);
      expect((e as CpeParseError).ja).toMatch(/[ぁ-んァ-ヶ一-龠]/);
    }
  });
  it("binds back to the same text", () => {
    for (const s of [
      "cpe:2.3:a:microsoft:internet_explorer:8.0.6001:beta:*:*:*:*:*:*",
      "cpe:2.3:o:cisco:ios:15.2\\(4\\)m:*:*:*:*:*:*:*",
      "cpe:2.3:a:foo\\:bar:baz:-:*:*:*:*:*:*:*",
      "cpe:2.3:h:nec:univerge_ix2105:-:*:*:*:*:*:*:*",
    ]) {
      expect(bindFormattedString(fs(s))).toBe(s);
    }
  });
});

// Literal values: printable ASCII without wildcards, as a WFN quotes them.
const literal = fc
  .string({ unit: fc.constantFrom(..."abcXYZ019_.-:!~\\()*?".split("")), minLength: 1, maxLength: 8 })
  .map((s) => str(quote(s)));
const value: fc.Arbitrary<CpeValue> = fc.oneof(fc.constant(ANY), fc.constant(NA), literal);
const name = fc.record(
  Object.fromEntries(
    CPE_ATTRIBUTES.map((a) => [a, a === "part" ? fc.constantFrom(str("a"), str("o"), str("h")) : value]),
  ),
) as fc.Arbitrary<ReturnType<typeof wfn>>;

describe("binding round trips (property)", () => {
  it("formatted string: parse(bind(w)) = w", () => {
    fc.assert(
      fc.property(name, (w) => {
        expect(fs(bindFormattedString(w))).toEqual(w);
      }),
    );
  });
  it("URI: parse(bind(w)) = w for names without extended attributes", () => {
    fc.assert(
      fc.property(name, (w0) => {
        const w = wfn({ ...w0, sw_edition: ANY, target_sw: ANY, target_hw: ANY, other: ANY });
        expect(parseUri(bindUri(w))).toEqual(w);
      }),
    );
  });
  it("URI: packed editions round trip", () => {
    fc.assert(
      fc.property(name, (w) => {
        const packed = bindUri(w);
        expect(parseUri(packed)).toEqual(w);
      }),
    );
  });
});

describe("CPE 2.2 URI (JVN)", () => {
  it("reads JVN's product CPEs, missing components as ANY", () => {
    const w = parseUri("cpe:/a:cybozu:garoon");
    expect(w.vendor).toEqual(str("cybozu"));
    expect(w.version).toEqual(ANY);
    expect(parseUri("cpe:/h:nec:univerge_ix2105:-").version).toEqual(NA);
  });
  it("decodes percent-encoding and wildcards, unpacks the edition", () => {
    expect(parseUri("cpe:/a:foo%21:bar:1.%02").version).toEqual(str("1\\.*"));
    expect(parseUri("cpe:/a:foo%21:bar").vendor).toEqual(str("foo\\!"));
    const packed = parseUri("cpe:/a:hp:insight:7.4:-:~~online~win2003~x64~");
    expect(packed.sw_edition).toEqual(str("online"));
    expect(packed.target_hw).toEqual(str("x64"));
    expect(packed.edition).toEqual(ANY);
  });
  it("refuses a broken URI with its position", () => {
    expect(() => parseUri("cpe:a:x:y")).toThrow(/cpe:\//);
    expect(() => parseUri("cpe:/a:x%zz:y")).toThrow(/hex/);
    expect(() => parseUri("cpe:/q:x:y")).toThrow(/part/);
    expect(() => parseUri("cpe:/a:x:y:1:2:~a~b:en")).toThrow(/5 elements/);
  });
});

describe("attribute comparison (NISTIR 7696 Table 6-2)", () => {
  const s = (x: string) => str(x);
  it.each([
    [ANY, ANY, "EQUAL"],
    [ANY, NA, "SUPERSET"],
    [ANY, s("8\\.0"), "SUPERSET"],
    [NA, ANY, "SUBSET"],
    [NA, NA, "EQUAL"],
    [NA, s("8"), "DISJOINT"],
    [s("8"), ANY, "SUBSET"],
    [s("8"), NA, "DISJOINT"],
    [s("Microsoft"), s("microsoft"), "EQUAL"],
    [s("8"), s("9"), "DISJOINT"],
    [s("8\\.*"), s("8\\.0\\.6001"), "SUPERSET"],
    [s("8\\.*"), s("9\\.0"), "DISJOINT"],
    [s("*soft"), s("microsoft"), "SUPERSET"],
    [s("?\\.0"), s("8\\.0"), "SUPERSET"],
    [s("?\\.0"), s("18\\.0"), "DISJOINT"],
    [s("8\\.?"), s("8\\.1"), "SUPERSET"],
    [s("8\\.?"), s("8\\.12"), "DISJOINT"],
    [s("8\\.??"), s("8\\.12"), "SUPERSET"],
    [ANY, s("8\\.*"), "UNDEFINED"],
    [s("8"), s("8?"), "UNDEFINED"],
  ] as const)("%o vs %o → %s", (a, b, r) => {
    expect(compareAttribute(a, b)).toBe(r);
  });

  it("is symmetric where the specification says (wildcard-free values)", () => {
    const inverse = {
      EQUAL: "EQUAL",
      SUPERSET: "SUBSET",
      SUBSET: "SUPERSET",
      DISJOINT: "DISJOINT",
      UNDEFINED: "UNDEFINED",
    };
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(compareAttribute(b, a)).toBe(inverse[compareAttribute(a, b)]);
      }),
    );
  });
  it("ANY is a superset of every concrete value, NA disjoint from every string", () => {
    fc.assert(
      fc.property(literal, (v) => {
        expect(compareAttribute(ANY, v)).toBe("SUPERSET");
        expect(compareAttribute(NA, v)).toBe("DISJOINT");
        expect(compareAttribute(v, v)).toBe("EQUAL");
      }),
    );
  });
  it('a leading "*" covers any prefix, a run of n "?" at most n characters', () => {
    const chars = fc.string({ unit: fc.constantFrom(..."abc12"), minLength: 0, maxLength: 5 });
    fc.assert(
      fc.property(
        chars,
        chars.filter((c) => c.length > 0),
        fc.integer({ min: 1, max: 4 }),
        (prefix, core, n) => {
          expect(compareAttribute(str(`*${core}`), str(prefix + core))).toBe("SUPERSET");
          expect(compareAttribute(str(`${core}*`), str(core + prefix))).toBe("SUPERSET");
          const q = compareAttribute(str("?".repeat(n) + core), str(prefix + core));
          // The core may also occur earlier in the prefix; only a miss when no placement fits.
          if (prefix.length <= n) expect(q).toBe("SUPERSET");
          if (!(prefix + core).slice(0, n + core.length).includes(core)) expect(q).toBe("DISJOINT");
        },
      ),
    );
  });
});

describe("name relations", () => {
  const ie = fs("cpe:2.3:a:microsoft:internet_explorer:8.0.6001:beta:*:*:*:*:*:*");
  it("equal, superset, subset, disjoint", () => {
    expect(compareNames(ie, ie)).toBe("EQUAL");
    expect(compareNames(fs("cpe:2.3:a:microsoft:internet_explorer:*:*:*:*:*:*:*:*"), ie)).toBe("SUPERSET");
    expect(compareNames(ie, fs("cpe:2.3:a:microsoft:internet_explorer:*:*:*:*:*:*:*:*"))).toBe("SUBSET");
    expect(compareNames(ie, fs("cpe:2.3:a:microsoft:edge:8.0.6001:beta:*:*:*:*:*:*"))).toBe("DISJOINT");
    expect(
      compareNames(
        fs("cpe:2.3:a:microsoft:*:8.0.6001:*:*:*:*:*:*:*"),
        fs("cpe:2.3:a:microsoft:internet_explorer:*:beta:*:*:*:*:*:*"),
      ),
    ).toBe("UNDEFINED");
    expect(isSuperset(fs("cpe:2.3:a:microsoft:internet_explorer:8.*:*:*:*:*:*:*:*"), ie)).toBe(true);
  });
  it("name-level relations invert when the names swap (property)", () => {
    const inverse = {
      EQUAL: "EQUAL",
      SUPERSET: "SUBSET",
      SUBSET: "SUPERSET",
      DISJOINT: "DISJOINT",
      UNDEFINED: "UNDEFINED",
    };
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(compareNames(b, a)).toBe(inverse[compareNames(a, b)]);
      }),
    );
  });
});
