/**
 * #14 item 4: a system's user list reads every label the screens show for its coded columns —
 * 種別 (holder kind), 状態, 用途 from common/labels.ts (the labels the ID screens and exports
 * print), 特権 as the 「私のID」 page shows it (web/src/locales/scenes/accounts.json) and as the
 * export writes it — in Japanese and English, and the code, in every clerk's spelling. Each code
 * is enumerated; the spellings are fast-check's. An unknown word is an error at its row and
 * column naming the word and the labels, in Japanese and English.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ACCOUNT_HOLDER_KIND_LABELS,
  ACCOUNT_PURPOSE_LABELS,
  ACCOUNT_STATE_LABELS,
  type Label,
} from "../../../../common/labels";
import { clerkSpelling, sceneScreenWords } from "../../../test/clerk-spellings";
import { ACCOUNT_STATES, HOLDER_KINDS } from "../tables";
import { HEADERS, resolveRows } from "./resolve";

const HEAD = [HEADERS.loginName, HEADERS.holderKind, HEADERS.privileged, HEADERS.state, HEADERS.purpose];
const ROW = 9;

function read(cells: Record<string, string>) {
  return resolveRows(HEAD, [{ row: ROW, cells: { [HEADERS.loginName]: "sys01", ...cells } }], []);
}

const COLUMNS = [
  {
    header: HEADERS.holderKind,
    field: "holderKind",
    labels: ACCOUNT_HOLDER_KIND_LABELS,
    codes: HOLDER_KINDS,
  },
  { header: HEADERS.state, field: "state", labels: ACCOUNT_STATE_LABELS, codes: ACCOUNT_STATES },
  {
    header: HEADERS.purpose,
    field: "purpose",
    labels: ACCOUNT_PURPOSE_LABELS,
    codes: ["operation", "development"] as const,
  },
] as const;

describe("user list: every label of every code, in every clerk's spelling", () => {
  for (const { header, field, labels, codes } of COLUMNS)
    it(`${header} (${field})`, () => {
      expect(Object.keys(labels).sort()).toEqual([...codes].sort());
      for (const code of codes) {
        const label = (labels as Record<string, Label>)[code];
        for (const word of [code, label.ja, label.en])
          fc.assert(
            fc.property(clerkSpelling(word), (text) => {
              // A personal ID needs its holder; the other columns are read on a system ID.
              const cells =
                field === "holderKind"
                  ? { [header]: text }
                  : { [HEADERS.holderKind]: "system", [header]: text };
              const { accounts, errors } = read(cells);
              expect(errors, `${header} 「${text}」`).toEqual([]);
              expect(accounts[0]?.[field], `${header} 「${text}」`).toBe(code);
            }),
            { numRuns: 25 },
          );
      }
    });

  it(`${HEADERS.privileged}: the 私のID page's あり／— (Yes／—), the export's 特権, はい／いいえ`, () => {
    const yes = [
      sceneScreenWords("accounts", "ja").yes,
      sceneScreenWords("accounts", "en").yes,
      "特権",
      "はい",
      "○",
    ];
    const no = [
      sceneScreenWords("accounts", "ja").none,
      sceneScreenWords("accounts", "en").none,
      "いいえ",
      "なし",
      "×",
    ];
    for (const [words, expected] of [
      [yes, true],
      [no, false],
    ] as const)
      for (const word of words)
        fc.assert(
          fc.property(clerkSpelling(word), (text) => {
            const { accounts, errors } = read({ [HEADERS.holderKind]: "system", [HEADERS.privileged]: text });
            expect(errors, `特権 「${text}」`).toEqual([]);
            expect(accounts[0]?.privileged, `特権 「${text}」`).toBe(expected);
          }),
          { numRuns: 25 },
        );
  });
});

describe("user list: an unknown word is an error at its row and column", () => {
  const unknown = fc
    .string({ minLength: 1, maxLength: 10 })
    .map((s) => `未知${s.normalize("NFKC").replace(/\s/g, "")}`);

  for (const { header, labels } of COLUMNS)
    it(`${header}`, () => {
      fc.assert(
        fc.property(unknown, (text) => {
          const { accounts, errors } = read({ [HEADERS.holderKind]: "system", [header]: text });
          expect(accounts).toEqual([]);
          expect(errors).toHaveLength(1);
          expect(errors[0]).toMatchObject({ row: ROW, column: header });
          expect(errors[0].message_ja).toContain(`「${text}」`);
          expect(errors[0].message_en).toContain(`"${text}"`);
          for (const l of Object.values(labels as Record<string, Label>)) {
            expect(errors[0].message_ja).toContain(l.ja);
            expect(errors[0].message_en).toContain(l.en);
          }
        }),
        { numRuns: 30 },
      );
    });

  it(HEADERS.privileged, () => {
    fc.assert(
      fc.property(unknown, (text) => {
        const { errors } = read({ [HEADERS.holderKind]: "system", [HEADERS.privileged]: text });
        expect(errors).toHaveLength(1);
        expect(errors[0]).toMatchObject({ row: ROW, column: HEADERS.privileged });
        expect(errors[0].message_ja).toContain(`「${text}」`);
        expect(errors[0].message_en).toContain(`"${text}"`);
      }),
      { numRuns: 30 },
    );
  });
});
