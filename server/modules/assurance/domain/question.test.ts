import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { questionFromText } from "./question";

describe("questionFromText", () => {
  it.each([
    [
      "職員等は、業務上必要のない情報を作成してはならない。",
      "職員等は、業務上必要のない情報を作成していないか。",
    ],
    ["情報資産を適切に保管しなければならない。", "情報資産を適切に保管しているか。"],
    ["必要な措置を講じなければならない。", "必要な措置を講じているか。"],
    ["自己点検を行わなければならない。", "自己点検を行っているか。"],
    ["職員は、毎年度自己点検を行う。", "職員は、毎年度自己点検を行っているか。"],
    ["許可を得なければならない。", "許可を得ているか。"],
    ["端末にパスワードを記憶させない。", "端末にパスワードを記憶させていないか。"],
    ["対策を行うこと。", "対策を行っているか。"],
    [
      "A を定める。ただし、緊急時は、この限りでない。",
      "A を定めているか。ただし、緊急時は、この限りでない。",
    ],
    [
      "パスワードを共有してはならない(ただし、共有 ID に対するパスワードは除く。)。",
      "パスワードを共有していないか(ただし、共有 ID に対するパスワードは除く。)。",
    ],
  ])("%s → %s", (text, question) => expect(questionFromText(text)).toBe(question));

  it("never drops the words of the clause and always ends a sentence (property)", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), (raw) => {
        const text = raw.replace(/[。\n()（）]/g, "");
        fc.pre(text.trim().length > 0);
        const q = questionFromText(`${text}。`);
        expect(q.endsWith("。")).toBe(true);
        // The first half of the sentence survives as written.
        const head = text.trim().slice(0, Math.floor(text.trim().length / 2));
        expect(q.startsWith(head)).toBe(true);
      }),
    );
  });
});
