import fc from "fast-check";
import { describe, expect, it } from "vitest";
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
