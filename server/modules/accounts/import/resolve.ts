/**
 * Resolving the rows of a system's user list against the people register: pure, so every rule
 * of the import is tested without a database. Every error carries its Excel row and column; a
 * person that cannot be found is named (職員番号 and 氏名 as written).
 */
import {
  ACCOUNT_HOLDER_KIND_LABELS,
  ACCOUNT_PURPOSE_LABELS,
  ACCOUNT_STATE_LABELS,
  codesByWord,
  type Label,
  wordKey,
} from "../../../../common/labels";
import { parseSheetDate } from "../../../http/sheet-read";
import { ACCOUNT_STATES, type AccountState, HOLDER_KINDS, type HolderKind } from "../tables";

export const HEADERS = {
  loginName: "ログイン名",
  employeeNumber: "職員番号",
  name: "氏名",
  holderKind: "種別",
  privileged: "特権",
  role: "権限",
  createdOn: "作成日",
  lastUsedOn: "最終利用日",
  state: "状態",
  approvalRef: "承認記録",
  // Privileged and development IDs (7.2(1)③(カ), 7.2(5), 7.3(2)②): a list without these columns
  // leaves the recorded values as they are. Headers are compared after NFKC (（分） → (分)).
  renamedFrom: "初期ID名",
  renamedOn: "初期IDからの変更日",
  connectionLimitMinutes: "接続時間上限(分)",
  purpose: "用途",
  developmentEndsOn: "開発終了日",
} as const;

/** The columns of the privileged fields; absent from the sheet = not touched by the import. */
export const PRIVILEGED_COLUMNS = [
  "renamedFrom",
  "renamedOn",
  "connectionLimitMinutes",
  "purpose",
  "developmentEndsOn",
] as const;
type PrivilegedColumn = (typeof PRIVILEGED_COLUMNS)[number];

export interface PersonRef {
  id: string;
  name: string;
  employeeNumber: string | null;
  active: boolean;
}

export interface RowError {
  row: number;
  column: string | null;
  message_ja: string;
  message_en: string;
}

export interface ImportedAccount {
  row: number;
  loginName: string;
  holderKind: HolderKind;
  personId: string | null;
  personName: string | null;
  privileged: boolean;
  role: string | null;
  createdOn: string | null;
  lastUsedOn: string | null;
  state: AccountState;
  approvalRef: string | null;
  /** Undefined when the sheet has no such column. */
  renamedFrom?: string | null;
  renamedOn?: string | null;
  connectionLimitMinutes?: number | null;
  purpose?: "operation" | "development";
  developmentEndsOn?: string | null;
}

// The words a sheet may write for a purpose, a kind and a state: the screens' labels
// (common/labels.ts) and the codes, plus the other words clerks use for them.
const PURPOSES = codesByWord(ACCOUNT_PURPOSE_LABELS, ["operation", "development"] as const, {
  業務: "operation",
  開発: "development",
});
const KINDS = codesByWord(ACCOUNT_HOLDER_KIND_LABELS, HOLDER_KINDS, { 職員: "person", 共有: "shared" });
const STATES = codesByWord(ACCOUNT_STATE_LABELS, ACCOUNT_STATES, { 無効: "suspended" });
// 特権 as the 私のID page shows it (あり / —), as the export writes it (特権 / empty), and as marks.
const YES = new Set(["はい", "○", "〇", "◯", "有", "あり", "特権", "yes", "true", "1", "y"]);
const NO = new Set(["", "いいえ", "×", "無", "なし", "no", "false", "0", "n", "-", "—", "―"]);

/** "「x」は種別にありません。使えるのは 個人、共用、システム です。" naming the word and every label. */
function notALabel(column: string, en: string, written: string, labels: Readonly<Record<string, Label>>) {
  const all = Object.values(labels);
  return {
    ja: `「${written}」は${column}にありません。使えるのは ${all.map((l) => l.ja).join("、")} です。`,
    en: `"${written}" is not a valid ${en}; use ${all.map((l) => `${l.en} (${l.ja})`).join(", ")}.`,
  };
}

const norm = (s: string) => s.normalize("NFKC").replace(/[\s\u3000]/g, "");

/** Rows → accounts and located errors. Nothing here writes; the caller applies all or nothing. */
export function resolveRows(
  headers: string[],
  rows: Array<{ row: number; cells: Record<string, string> }>,
  people: readonly PersonRef[],
): { accounts: ImportedAccount[]; errors: RowError[]; unknownPeople: string[] } {
  const errors: RowError[] = [];
  const unknownPeople: string[] = [];
  if (!headers.includes(HEADERS.loginName)) {
    errors.push({
      row: 1,
      column: HEADERS.loginName,
      message_ja: `見出し行に「${HEADERS.loginName}」の列がありません。`,
      message_en: `The header row lacks the column ${HEADERS.loginName} (login name).`,
    });
    return { accounts: [], errors, unknownPeople };
  }
  const byNumber = new Map<string, PersonRef>();
  const byName = new Map<string, PersonRef[]>();
  for (const p of people) {
    if (p.employeeNumber) byNumber.set(norm(p.employeeNumber), p);
    const list = byName.get(norm(p.name)) ?? [];
    list.push(p);
    byName.set(norm(p.name), list);
  }
  const seen = new Map<string, number>();
  const accounts: ImportedAccount[] = [];
  for (const { row, cells } of rows) {
    const err = (column: string, ja: string, en: string) =>
      errors.push({ row, column, message_ja: ja, message_en: en });
    const before = errors.length;
    const written = (column: string) => (cells[column] ?? "").trim();
    const loginName = (cells[HEADERS.loginName] ?? "").trim();
    if (!loginName) err(HEADERS.loginName, "ログイン名がありません。", "The login name is empty.");
    else if (loginName.length > 200)
      err(HEADERS.loginName, "ログイン名が長すぎます。", "The login name is too long.");
    else if (seen.has(loginName))
      err(
        HEADERS.loginName,
        `同じログイン名が${seen.get(loginName)}行目にもあります。`,
        `The same login name is on row ${seen.get(loginName)}.`,
      );
    if (loginName) seen.set(loginName, seen.get(loginName) ?? row);
    const kindText = norm(cells[HEADERS.holderKind] ?? "");
    const holderKind: HolderKind | undefined = kindText ? KINDS.get(wordKey(kindText)) : "person";
    if (!holderKind) {
      const m = notALabel(
        HEADERS.holderKind,
        "kind",
        written(HEADERS.holderKind),
        ACCOUNT_HOLDER_KIND_LABELS,
      );
      err(HEADERS.holderKind, m.ja, m.en);
    }
    const number = norm(cells[HEADERS.employeeNumber] ?? "");
    const name = (cells[HEADERS.name] ?? "").trim();
    let person: PersonRef | null = null;
    if (holderKind === "person" && (number || name)) {
      if (number) {
        person = byNumber.get(number) ?? null;
        if (!person) {
          unknownPeople.push(`${number}${name ? ` ${name}` : ""}`);
          err(
            HEADERS.employeeNumber,
            `職員番号 ${number}${name ? `（${name}）` : ""} の職員は職員名簿にいません。`,
            `No person with employee number ${number}${name ? ` (${name})` : ""} in the people register.`,
          );
        } else if (name && norm(person.name) !== norm(name))
          err(
            HEADERS.name,
            `職員番号 ${number} は ${person.name} さんです（シートでは ${name}）。`,
            `Employee number ${number} is ${person.name}, not ${name}.`,
          );
      } else {
        const found = byName.get(norm(name)) ?? [];
        if (found.length === 1) person = found[0];
        else if (!found.length) {
          unknownPeople.push(name);
          err(HEADERS.name, `${name} さんは職員名簿にいません。`, `${name} is not in the people register.`);
        } else
          err(
            HEADERS.name,
            `${name} さんが${found.length}人います。職員番号を記入してください。`,
            `${found.length} people are named ${name}: give the employee number.`,
          );
      }
    } else if (holderKind && holderKind !== "person" && number)
      err(
        HEADERS.employeeNumber,
        "共用・システムのIDに職員番号は記入できません。",
        "A shared or system ID has no employee number.",
      );
    const privText = norm(cells[HEADERS.privileged] ?? "").toLowerCase();
    const privileged = YES.has(privText);
    if (!privileged && !NO.has(privText))
      err(
        HEADERS.privileged,
        `「${written(HEADERS.privileged)}」は特権の有無として読めません。はい・いいえ（あり・なし）で記入してください。`,
        `"${written(HEADERS.privileged)}" is not a yes/no for privileged; write はい (yes) or いいえ (no).`,
      );
    const stateText = norm(cells[HEADERS.state] ?? "");
    const state: AccountState | undefined = stateText ? STATES.get(wordKey(stateText)) : "active";
    if (!state) {
      const m = notALabel(HEADERS.state, "state", written(HEADERS.state), ACCOUNT_STATE_LABELS);
      err(HEADERS.state, m.ja, m.en);
    }
    const dates: Record<"createdOn" | "lastUsedOn", string | null> = { createdOn: null, lastUsedOn: null };
    for (const key of ["createdOn", "lastUsedOn"] as const) {
      const text = (cells[HEADERS[key]] ?? "").trim();
      if (!text) continue;
      dates[key] = parseSheetDate(text);
      if (!dates[key])
        err(HEADERS[key], `日付「${text}」を読み取れません。`, `The date "${text}" cannot be read.`);
    }
    const priv = privilegedCells(headers, cells, privileged, err);
    if (errors.length > before || !holderKind || !state) continue;
    accounts.push({
      ...priv,
      row,
      loginName,
      holderKind,
      personId: person?.id ?? null,
      personName: person?.name ?? null,
      privileged,
      role: (cells[HEADERS.role] ?? "").trim().slice(0, 200) || null,
      createdOn: dates.createdOn,
      lastUsedOn: dates.lastUsedOn,
      state,
      approvalRef: (cells[HEADERS.approvalRef] ?? "").trim().slice(0, 500) || null,
    });
  }
  return { accounts, errors, unknownPeople };
}

/**
 * The privileged and development columns of one row: only those the sheet has. A rename needs
 * the initial name, a development end date belongs to a development ID, a connection limit to a
 * privileged one (the same minutes as the form: 1 to 1440).
 */
function privilegedCells(
  headers: string[],
  cells: Record<string, string>,
  privileged: boolean,
  err: (column: string, ja: string, en: string) => void,
): Partial<Pick<ImportedAccount, PrivilegedColumn>> {
  const out: Partial<Pick<ImportedAccount, PrivilegedColumn>> = {};
  const has = (k: PrivilegedColumn) => headers.includes(HEADERS[k]);
  const text = (k: PrivilegedColumn) => (cells[HEADERS[k]] ?? "").trim();
  const date = (k: "renamedOn" | "developmentEndsOn") => {
    const t = text(k);
    if (!t) return null;
    const d = parseSheetDate(t);
    if (!d) err(HEADERS[k], `日付「${t}」を読み取れません。`, `The date "${t}" cannot be read.`);
    return d;
  };
  if (has("renamedFrom")) {
    const t = text("renamedFrom");
    if (t.length > 200)
      err(HEADERS.renamedFrom, "初期ID名が長すぎます。", "The initial ID name is too long.");
    out.renamedFrom = t.slice(0, 200) || null;
  }
  if (has("renamedOn")) {
    out.renamedOn = date("renamedOn");
    if (out.renamedOn && !out.renamedFrom && !text("renamedFrom"))
      err(
        HEADERS.renamedOn,
        "変更日には初期ID名も記入してください。",
        "A rename date needs the initial ID name.",
      );
  }
  if (has("connectionLimitMinutes")) {
    const t = text("connectionLimitMinutes").normalize("NFKC").replace(/分$/, "");
    const n = Number(t);
    if (!t) out.connectionLimitMinutes = null;
    else if (!/^\d+$/.test(t) || n < 1 || n > 1440)
      err(
        HEADERS.connectionLimitMinutes,
        "接続時間上限は1〜1440の整数（分）で記入してください。",
        "The connection limit is a whole number of minutes from 1 to 1440.",
      );
    else if (!privileged)
      err(
        HEADERS.connectionLimitMinutes,
        "接続時間上限は特権IDにのみ記入できます。",
        "Only a privileged ID has a connection limit.",
      );
    else out.connectionLimitMinutes = n;
  }
  if (has("purpose")) {
    const t = text("purpose");
    const purpose = t ? PURPOSES.get(wordKey(t)) : "operation";
    if (!purpose) {
      const m = notALabel(HEADERS.purpose, "purpose", t, ACCOUNT_PURPOSE_LABELS);
      err(HEADERS.purpose, m.ja, m.en);
    } else out.purpose = purpose;
  }
  if (has("developmentEndsOn")) {
    out.developmentEndsOn = date("developmentEndsOn");
    if (out.developmentEndsOn && out.purpose !== "development")
      err(
        HEADERS.developmentEndsOn,
        "開発終了日は用途が「開発」のIDにのみ記入できます。",
        "Only a development ID (用途 開発) has a development end date.",
      );
  }
  return out;
}
