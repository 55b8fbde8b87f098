import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ACCOUNT_HOLDER_KIND_LABELS,
  ACCOUNT_PURPOSE_LABELS,
  ACCOUNT_STATE_LABELS,
} from "../../../../common/labels";
import { HEADERS, PRIVILEGED_COLUMNS, resolveRows } from "./resolve";

const BASE = [HEADERS.loginName, HEADERS.holderKind, HEADERS.privileged];
const PRIV = PRIVILEGED_COLUMNS.map((k) => HEADERS[k]);
const row = (n: number, cells: Record<string, string>) => ({ row: n, cells });

describe("user list: the privileged and development columns", () => {
  it("reads the initial name, the rename day, the connection limit, the purpose and the development end", () => {
    const { accounts, errors } = resolveRows(
      [...BASE, ...PRIV],
      [
        row(2, {
          [HEADERS.loginName]: "opsadmin",
          [HEADERS.holderKind]: "システム",
          [HEADERS.privileged]: "はい",
          [HEADERS.renamedFrom]: "admin",
          [HEADERS.renamedOn]: "令和8年4月1日",
          [HEADERS.connectionLimitMinutes]: "６０分",
          [HEADERS.purpose]: "運用",
        }),
        row(3, {
          [HEADERS.loginName]: "dev01",
          [HEADERS.holderKind]: "システム",
          [HEADERS.purpose]: "開発",
          [HEADERS.developmentEndsOn]: "R8.9.30",
        }),
      ],
      [],
    );
    expect(errors).toEqual([]);
    expect(accounts[0]).toMatchObject({
      renamedFrom: "admin",
      renamedOn: "2026-04-01",
      connectionLimitMinutes: 60,
      purpose: "operation",
      developmentEndsOn: null,
    });
    expect(accounts[1]).toMatchObject({ purpose: "development", developmentEndsOn: "2026-09-30" });
  });

  it("names the row and column of each bad privileged cell", () => {
    const { accounts, errors } = resolveRows(
      [...BASE, ...PRIV],
      [
        row(2, {
          [HEADERS.loginName]: "a",
          [HEADERS.holderKind]: "システム",
          [HEADERS.privileged]: "いいえ",
          [HEADERS.connectionLimitMinutes]: "30",
        }),
        row(3, {
          [HEADERS.loginName]: "b",
          [HEADERS.holderKind]: "システム",
          [HEADERS.privileged]: "はい",
          [HEADERS.connectionLimitMinutes]: "0",
          [HEADERS.purpose]: "試験",
        }),
        row(4, {
          [HEADERS.loginName]: "c",
          [HEADERS.holderKind]: "システム",
          [HEADERS.renamedOn]: "2026-04-01",
          [HEADERS.developmentEndsOn]: "2026-13-01",
        }),
        row(5, {
          [HEADERS.loginName]: "d",
          [HEADERS.holderKind]: "システム",
          [HEADERS.purpose]: "運用",
          [HEADERS.developmentEndsOn]: "2026-09-30",
        }),
      ],
      [],
    );
    expect(accounts).toEqual([]);
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, HEADERS.connectionLimitMinutes],
      [3, HEADERS.connectionLimitMinutes],
      [3, HEADERS.purpose],
      [4, HEADERS.renamedOn],
      [4, HEADERS.developmentEndsOn],
      [5, HEADERS.developmentEndsOn],
    ]);
    for (const e of errors) {
      expect(e.message_ja).toMatch(/[ぁ-んァ-ン一-龯]/);
      expect(e.message_en.length).toBeGreaterThan(5);
    }
  });

  it("a sheet without those columns leaves them undefined (the import does not touch them)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/), fc.boolean()), { maxLength: 20 }),
        (list) => {
          const rows = list.map(([login, priv], i) =>
            row(i + 2, {
              [HEADERS.loginName]: `${login}${i}`,
              [HEADERS.holderKind]: "共用",
              [HEADERS.privileged]: priv ? "はい" : "いいえ",
            }),
          );
          const { accounts, errors } = resolveRows(BASE, rows, []);
          expect(errors).toEqual([]);
          for (const a of accounts) for (const k of PRIVILEGED_COLUMNS) expect(a[k]).toBeUndefined();
        },
      ),
    );
  });
});

describe("user list: the words of a purpose, a kind and a state", () => {
  // What the screens show (common/labels.ts) is what a clerk copies into the sheet.
  const columns = [
    { header: HEADERS.purpose, field: "purpose", labels: ACCOUNT_PURPOSE_LABELS },
    { header: HEADERS.holderKind, field: "holderKind", labels: ACCOUNT_HOLDER_KIND_LABELS },
    { header: HEADERS.state, field: "state", labels: ACCOUNT_STATE_LABELS },
  ] as const;
  const words = columns.flatMap((c) =>
    Object.entries(c.labels).flatMap(([code, label]) =>
      [code, label.ja, label.en].map((word) => ({ ...c, code, word })),
    ),
  );

  it("reads back every label the screens show, in either language, however it is spaced or cased", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...words),
        fc.boolean(),
        fc.nat(),
        ({ header, field, code, word }, upper, at) => {
          // a full-width space anywhere, and the English in capitals or full-width letters
          const cut = at % (word.length + 1);
          const cased = upper
            ? word.toUpperCase()
            : word.replace(/[A-Za-z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
          const written = `${cased.slice(0, cut)}\u3000${cased.slice(cut)}`;
          // a personal ID names its holder
          const holder: Record<string, string> =
            field === "holderKind" && code === "person" ? { [HEADERS.employeeNumber]: "1001" } : {};
          const { accounts, errors } = resolveRows(
            [...BASE, HEADERS.employeeNumber, HEADERS.state, HEADERS.purpose],
            [
              row(2, {
                [HEADERS.loginName]: "sys01",
                [HEADERS.holderKind]: "システム",
                ...holder,
                [header]: written,
              }),
            ],
            [{ id: "p1", name: "山田 太郎", employeeNumber: "1001", active: true }],
          );
          expect(errors).toEqual([]);
          expect(accounts[0]?.[field]).toBe(code);
        },
      ),
    );
  });

  it("still names the column of a word that is no label", () => {
    const { errors } = resolveRows(
      [...BASE, HEADERS.purpose],
      [row(2, { [HEADERS.loginName]: "sys01", [HEADERS.holderKind]: "システム", [HEADERS.purpose]: "試験" })],
      [],
    );
    expect(errors).toEqual([expect.objectContaining({ row: 2, column: HEADERS.purpose })]);
  });
});
