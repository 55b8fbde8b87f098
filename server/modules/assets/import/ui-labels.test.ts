/**
 * #14 item 4: the register import accepts every label the screens show for every coded column
 * (種別, 細分類, ネットワーク区分, 状態, 取得元, 機密性・完全性・可用性, the 有無 columns, 保存期間
 * 永年), in Japanese and English, and the code itself — as a clerk's Excel writes them (width,
 * brackets, spaces, case). The labels are read from the files the web app reads (web/src/locales)
 * and from the profiles, and enumerated: a label changed on a screen fails here, not at a clerk's
 * desk. An unknown value is an error at its row and column, in Japanese and English, that names
 * the value and the labels the screens show.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadProfile, type Profile } from "../../../profile";
import { clerkSpelling, screenWords } from "../../../test/clerk-spellings";
import { FIELD_BY_KEY, fieldOfHeader, type ImportField, KINDS, ORIGINS, STATUSES, SUBKINDS } from "./fields";
import { buildLookups, convertRow, mapHeaders, zoneChoices } from "./rows";
import type { CellInput, Choice } from "./values";

const PROFILES = ["mic-guideline", "nishihara", "kawasaki", "kamisu", "matsumoto-kouiki", "yamagata-gojokai"];
const ja = screenWords("ja");
const en = screenWords("en");
const lookups = buildLookups([], []);
const ROW = 7;

/** One cell under the field's Japanese header, read as the import reads a row. */
function read(profile: Profile, field: ImportField, cell: CellInput, header?: string) {
  const h = header ?? (FIELD_HEADER[field] as string);
  const info = mapHeaders(1, [h]);
  expect(info.fields[0], h).toBe(field);
  return { header: h, ...convertRow(ROW, [cell], info, profile, lookups, zoneChoices(profile)) };
}
const FIELD_HEADER: Partial<Record<ImportField, string>> = {
  kind: "種別",
  subkind: "細分類",
  zone: "ネットワーク区分",
  status: "状態",
  origin: "取得元",
  confidentiality: "機密性",
  integrity: "完全性",
  availability: "可用性",
  personalInfo: "個人情報の有無",
  specificPersonalInfo: "特定個人情報",
  sensitivePersonalInfo: "要配慮個人情報",
  retention: "保存期間",
};
const VALUE_OF: Partial<Record<ImportField, string>> = {
  personalInfo: "hasPersonalInfo",
  retention: "retentionPermanent",
};

/** Every spelling of `label` a clerk may write reads as `expected`, with no error. */
function acceptsEverySpelling(profile: Profile, field: ImportField, label: string, expected: unknown) {
  fc.assert(
    fc.property(clerkSpelling(label), (text) => {
      const r = read(profile, field, text);
      expect(r.errors, `${field} 「${text}」 (from 「${label}」)`).toEqual([]);
      const key = VALUE_OF[field] ?? field;
      expect((r.values as Record<string, unknown>)[key], `${field} 「${text}」`).toEqual(expected);
    }),
    { numRuns: 25 },
  );
}

/** The screens' labels of a closed list, by code: every resource that labels these codes. */
function screenLabels(...trees: Array<Record<string, string> | undefined>) {
  const out = new Map<string, string[]>();
  for (const t of trees)
    for (const [code, label] of Object.entries(t ?? {})) out.set(code, [...(out.get(code) ?? []), label]);
  return out;
}

const mic = loadProfile("mic-guideline");
const LISTS: Array<{
  field: ImportField;
  choices: readonly Choice[];
  /** The resources the screens label this column's codes with (the form's, the list's, the policy's). */
  screens: Map<string, string[]>;
  /** The resource the import's own names (export, error messages) must equal. */
  own: [Record<string, string>, Record<string, string>];
}> = [
  {
    field: "kind",
    choices: KINDS,
    screens: screenLabels(ja.assets.kind, en.assets.kind, ja.assetKind, en.assetKind),
    own: [ja.assets.kind, en.assets.kind],
  },
  {
    field: "subkind",
    choices: SUBKINDS,
    screens: screenLabels(ja.assets.subkind, en.assets.subkind),
    own: [ja.assets.subkind, en.assets.subkind],
  },
  {
    field: "status",
    choices: STATUSES,
    screens: screenLabels(ja.assets.status, en.assets.status),
    own: [ja.assets.status, en.assets.status],
  },
  {
    field: "origin",
    choices: ORIGINS,
    screens: screenLabels(ja.assets.origin, en.assets.origin),
    own: [ja.assets.origin, en.assets.origin],
  },
];

describe("closed lists: the import's names are the screens' labels", () => {
  for (const { field, choices, own } of LISTS)
    it(`${field}: the same codes, and each code's Japanese and English name is the screen's`, () => {
      expect(choices.map((c) => c.key).sort()).toEqual(Object.keys(own[0]).sort());
      expect(Object.keys(own[1]).sort()).toEqual(Object.keys(own[0]).sort());
      for (const c of choices)
        expect({ ja: c.ja, en: c.en }, c.key).toEqual({ ja: own[0][c.key], en: own[1][c.key] });
    });

  it("zone: every zone of every profile has a label on the screens, in both languages", () => {
    for (const id of PROFILES)
      for (const z of loadProfile(id).zones) {
        expect(ja.assets.zone[z.key], `${id} ${z.key}`).toBeTruthy();
        expect(en.assets.zone[z.key], `${id} ${z.key}`).toBeTruthy();
      }
  });
});

describe("closed lists: every label the screens show, and the code, in every clerk's spelling", () => {
  for (const { field, choices, screens } of LISTS)
    it(`${field}`, () => {
      // A code the screens label but the import does not know would be refused: fail here.
      for (const code of screens.keys()) {
        if (field === "kind" && !choices.some((c) => c.key === code)) continue; // ソフトウェア・外部サービス: other registers
        expect(
          choices.some((c) => c.key === code),
          `${field} ${code}`,
        ).toBe(true);
      }
      for (const c of choices) {
        const labels = screens.get(c.key) ?? [];
        expect(labels.length, `${field} ${c.key} has screen labels`).toBeGreaterThanOrEqual(2);
        for (const label of [c.key, ...labels]) acceptsEverySpelling(mic, field, label, c.key);
      }
    });

  for (const id of PROFILES)
    it(`zone (${id}): the screens' labels, the profile's names and the code`, () => {
      const profile = loadProfile(id);
      for (const z of profile.zones)
        for (const label of [
          z.key,
          ja.assets.zone[z.key],
          en.assets.zone[z.key],
          ja.zone[z.key],
          en.zone[z.key],
          z.name.ja,
          z.name.en ?? z.key,
        ])
          acceptsEverySpelling(profile, "zone", label, z.key);
      // 「指定なし」 is what the screens call no zone; the list shows 「—」.
      for (const none of [ja.assets.zone.none, en.assets.zone.none, "—"])
        acceptsEverySpelling(profile, "zone", none, null);
    });

  for (const id of PROFILES)
    it(`classification levels (${id}): label, English label and key`, () => {
      const profile = loadProfile(id);
      for (const scheme of ["confidentiality", "integrity", "availability"] as const)
        for (const l of profile.classification[scheme].levels)
          for (const label of [l.key, l.label, l.label_en])
            acceptsEverySpelling(profile, scheme, label, l.key);
    });

  it("有無 columns: the detail page's あり／なし (Yes／No) and the export's 有／無", () => {
    for (const field of ["personalInfo", "specificPersonalInfo", "sensitivePersonalInfo"] as const) {
      for (const yes of [ja.assets.yes, en.assets.yes, "有"]) acceptsEverySpelling(mic, field, yes, true);
      for (const no of [ja.assets.no, en.assets.no, "無"]) acceptsEverySpelling(mic, field, no, false);
    }
  });

  it("保存期間: the detail page's 永年保存 (Kept permanently) and the export's 永年", () => {
    for (const label of ["永年保存", "Kept permanently", "永年", "permanent"])
      acceptsEverySpelling(mic, "retention", label, true);
    for (const [label, years] of [
      ["5年", 5],
      ["5 years", 5],
      ["1 year", 1],
    ] as const) {
      const r = read(mic, "retention", label);
      expect(r.errors, label).toEqual([]);
      expect(r.values.retentionYears, label).toBe(years);
    }
  });
});

describe("reading a coded cell does not depend on its width or its surrounding spaces (property)", () => {
  const FIELDS: ImportField[] = [
    "kind",
    "subkind",
    "zone",
    "status",
    "origin",
    "confidentiality",
    "personalInfo",
    "retention",
  ];
  const anyLabel = fc.constantFrom(
    ...LISTS.flatMap((l) => [...l.screens.values()].flat()),
    ...mic.classification.confidentiality.levels.map((l) => l.label),
  );
  const text = fc.oneof(anyLabel, fc.string({ maxLength: 8 }), fc.string({ maxLength: 6, unit: "binary" }));
  const outcome = (field: ImportField, cell: string) => {
    const r = read(mic, field, cell);
    return r.errors.length ? "error" : r.values;
  };
  it("NFKC, a trim and full-width spaces change nothing", () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS), text, (field, t) => {
        const plain = outcome(field, t);
        expect(outcome(field, t.normalize("NFKC")), `${field} 「${t}」 NFKC`).toEqual(plain);
        expect(outcome(field, `\u3000 ${t}\t\u3000`), `${field} 「${t}」 padded`).toEqual(plain);
      }),
      { numRuns: 400 },
    );
  });
});

describe("an unknown value: an error at its row and column, naming the value and the screens' labels", () => {
  const unknown = fc
    .string({ minLength: 1, maxLength: 10 })
    .map((s) => `未知${s.normalize("NFKC").replace(/[\s()（）]/g, "")}`);

  for (const { field, choices, own } of LISTS)
    it(`${field}`, () => {
      fc.assert(
        fc.property(unknown, (text) => {
          // The column is named as the sheet heads it (a variant header here).
          const header = FIELD_BY_KEY.get(field)?.headers[1] as string;
          const r = read(mic, field, text, header);
          expect(r.errors).toHaveLength(1);
          const e = r.errors[0];
          expect({ row: e.row, column: e.column }).toEqual({ row: ROW, column: header });
          expect(e.message_ja).toContain(`「${text.trim()}」`);
          expect(e.message_en).toContain(`"${text.trim()}"`);
          for (const c of choices) {
            expect(e.message_ja).toContain(own[0][c.key]);
            expect(e.message_en).toContain(own[1][c.key]);
          }
        }),
        { numRuns: 30 },
      );
    });

  it("zone and levels", () => {
    fc.assert(
      fc.property(
        unknown,
        fc.constantFrom("zone", "confidentiality", "integrity", "availability"),
        (text, f) => {
          const field = f as ImportField;
          const r = read(mic, field, text);
          expect(r.errors).toHaveLength(1);
          expect(r.errors[0]).toMatchObject({ row: ROW, column: FIELD_HEADER[field] });
          expect(r.errors[0].message_ja).toContain(`「${text.trim()}」`);
          expect(r.errors[0].message_en).toContain(`"${text.trim()}"`);
          const named =
            field === "zone"
              ? mic.zones.map((z) => z.name.ja)
              : mic.classification[field as "integrity"].levels.map((l) => l.label);
          for (const n of named) expect(r.errors[0].message_ja).toContain(n);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("有無 and 保存期間", () => {
    for (const field of ["personalInfo", "retention"] as const) {
      const r = read(mic, field, "未知の値");
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatchObject({ row: ROW, column: FIELD_HEADER[field] });
      expect(r.errors[0].message_ja).toMatch(/[ぁ-ん]/);
      expect(r.errors[0].message_en).toMatch(/[a-z]/);
    }
  });
});

it("the screens' column names are headers the import reads, in Japanese and English", () => {
  // assets.field.<key> → the import's field (the screens' computed columns are not imported).
  const SCREEN_FIELD: Record<string, ImportField | null> = {
    personCount: "personalInfoCount",
    retentionYears: "retention",
    hasPersonalInfo: null, // a filter's words, not a column
    retentionUntil: null,
    disposalDueDate: null,
    exceptionRef: null,
  };
  for (const lang of [ja, en])
    for (const [key, label] of Object.entries(lang.assets.field as Record<string, string>)) {
      const field = key in SCREEN_FIELD ? SCREEN_FIELD[key] : (key as ImportField);
      if (field) expect(fieldOfHeader(label), `${key} 「${label}」`).toBe(field);
    }
});

it("the headers used here are the import's", () => {
  for (const [field, h] of Object.entries(FIELD_HEADER)) expect(fieldOfHeader(h as string), h).toBe(field);
});
