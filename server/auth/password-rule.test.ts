import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  charClass,
  charClasses,
  PASSWORD_MIN_CLASSES,
  PASSWORD_MIN_LENGTH,
  passwordProblems,
} from "./password-rule";
import { generatePassword } from "./tokens";

const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("");
const LOWER = "abcdefghijklmnopqrstuvwxyz".split("");
const DIGIT = "0123456789".split("");
const SYMBOL = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ あ漢".split("");
const POOLS = { upper: UPPER, lower: LOWER, digit: DIGIT, symbol: SYMBOL } as const;
type Cls = keyof typeof POOLS;
const ALL: Cls[] = ["upper", "lower", "digit", "symbol"];

/** A password of exactly the chosen classes (each used at least once), of the given length. */
const passwordOf = (classes: Cls[], length: number) =>
  fc
    .tuple(
      fc.tuple(...classes.map((c) => fc.constantFrom(...POOLS[c]))),
      fc.array(fc.constantFrom(...classes.flatMap((c) => POOLS[c])), {
        minLength: Math.max(0, length - classes.length),
        maxLength: Math.max(0, length - classes.length),
      }),
      fc.integer({ min: 0, max: 1000 }),
    )
    .map(([required, rest, seed]) => {
      const chars = [...required, ...rest];
      // deterministic shuffle
      for (let i = chars.length - 1; i > 0; i--) {
        const j = (seed * (i + 7)) % (i + 1);
        [chars[i], chars[j]] = [chars[j], chars[i]];
      }
      return chars.join("");
    });

const classSubset = fc.subarray(ALL, { minLength: 1 });

describe("password rule", () => {
  it("counts character classes exactly (property)", () => {
    fc.assert(
      fc.property(
        classSubset.chain((classes) => fc.tuple(fc.constant(classes), passwordOf(classes, 20))),
        ([classes, pw]) => {
          expect([...charClasses(pw)].sort()).toEqual([...classes].sort());
        },
      ),
      { numRuns: 300 },
    );
  });

  it("accepts ≥12 characters with ≥3 classes and refuses fewer classes (property)", () => {
    fc.assert(
      fc.property(
        classSubset.chain((classes) =>
          fc
            .tuple(fc.constant(classes), fc.integer({ min: PASSWORD_MIN_LENGTH, max: 40 }))
            .chain(([c, len]) => fc.tuple(fc.constant(c), passwordOf(c, len))),
        ),
        ([classes, pw]) => {
          const problems = passwordProblems(pw, "zz-not-in-it");
          if (classes.length >= PASSWORD_MIN_CLASSES) expect(problems).toEqual([]);
          else {
            expect(problems).toHaveLength(1);
            expect(problems[0].message_en).toMatch(/at least 3 of/);
            expect(problems[0].message_ja).toMatch(/3種類以上/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("refuses anything shorter than 12 characters, whatever its classes (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: PASSWORD_MIN_LENGTH - 1 }).chain((len) => passwordOf(ALL, len)),
        (pw) => {
          const problems = passwordProblems(pw, "zz-not-in-it");
          expect(problems.some((p) => p.message_en.includes("at least 12"))).toBe(true);
        },
      ),
    );
  });

  it("refuses a password containing the login id, in any case", () => {
    expect(passwordProblems("xxTanaka-2026!!", "tanaka").map((p) => p.message_en)).toEqual([
      "Do not include your login ID.",
    ]);
    expect(passwordProblems("Correct-Horse-9", "tanaka")).toEqual([]);
  });

  it("classifies non-ASCII characters as symbols", () => {
    expect(charClass("あ")).toBe("symbol");
    expect(charClass("Z")).toBe("upper");
  });

  it("generated temporary passwords always pass the rule (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), () => {
        const pw = generatePassword();
        expect(pw).toHaveLength(16);
        expect(passwordProblems(pw, "admin")).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
