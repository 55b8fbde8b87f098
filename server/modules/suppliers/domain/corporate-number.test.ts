import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { corporateCheckDigit, corporateNumberProblem } from "./corporate-number";

describe("法人番号", () => {
  it("accepts published numbers (国税庁 7000012050002) and refuses a changed digit", () => {
    expect(corporateNumberProblem("7000012050002")).toBeNull();
    expect(corporateNumberProblem("7000012050003")).toBe("check_digit");
    expect(corporateNumberProblem("700001205000")).toBe("format");
    expect(corporateNumberProblem("70000120500O2")).toBe("format");
  });

  it("property: the computed check digit always validates, any other first digit never does", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{12}$/), fc.integer({ min: 0, max: 9 }), (base, d) => {
        const check = corporateCheckDigit(base);
        expect(check).toBeGreaterThanOrEqual(1);
        expect(check).toBeLessThanOrEqual(9);
        expect(corporateNumberProblem(`${d}${base}`)).toBe(d === check ? null : "check_digit");
      }),
    );
  });

  it("property: a changed base digit is caught unless the weighted change is a multiple of 9", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{12}$/),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1, max: 9 }),
        (base, i, delta) => {
          const number = `${corporateCheckDigit(base)}${base}`;
          const old = Number(base[i]);
          const digit = (old + delta) % 10;
          const changed = `${number.slice(0, i + 1)}${digit}${number.slice(i + 2)}`;
          const weight = (12 - i) % 2 === 1 ? 1 : 2;
          const silent = ((digit - old) * weight) % 9 === 0;
          expect(corporateNumberProblem(changed)).toBe(silent ? null : "check_digit");
        },
      ),
    );
  });
});
