/**
 * The pure heart of directory sync: what the directory's entries would change in the people
 * register. No I/O; property-tested (plan.test.ts). A person is identified by 職員番号. Only
 * people the directory has ever been linked to can be disabled for being absent from it, so
 * staff without a directory account (no-login staff) are never touched.
 */
import type { DisabledRule, LdapSyncConfig, PersonField } from "./config";
import type { DirectorySnapshot, RawEntry } from "./source";

export interface CurrentDepartment {
  id: string;
  code: string;
  name: string;
  active: boolean;
}

export interface CurrentPerson {
  id: string;
  employeeNumber: string | null;
  name: string;
  nameKana: string | null;
  email: string | null;
  departmentId: string | null;
  title: string | null;
  active: boolean;
}

export interface CurrentState {
  departments: CurrentDepartment[];
  people: CurrentPerson[];
  /** People linked to the directory by an earlier apply. */
  linkedPersonIds: ReadonlySet<string>;
}

export type SyncedField = Exclude<PersonField, "employeeNumber">;
/** A field's change; the department is given by its code. */
export type FieldChanges = Partial<Record<SyncedField | "active", { from: unknown; to: unknown }>>;

export const CHANGE_KINDS = ["new", "changed", "moved", "disabled", "removed", "enabled", "linked"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface PersonChange {
  kind: ChangeKind;
  employeeNumber: string;
  /** The entry (null when the person is no longer in the directory). */
  dn: string | null;
  personId: string | null;
  name: string;
  changes: FieldChanges;
}

export interface DepartmentChange {
  kind: "new" | "renamed";
  code: string;
  name: string;
  departmentId: string | null;
  dn: string;
  from: string | null;
}

/** A malformed entry, located by its DN and attribute. */
export interface EntryError {
  dn: string;
  attribute: string | null;
  code: string;
  message_ja: string;
  message_en: string;
}

export interface SyncPlan {
  departments: DepartmentChange[];
  people: PersonChange[];
  errors: EntryError[];
  /** Entries that change nothing, and disabled entries of people Sekimori does not know. */
  unchanged: number;
  skippedDisabled: number;
  /** Active people the directory speaks for (the base of the disable share). */
  coveredActive: number;
}

const MAX_NUMBER = 50;
const MAX_TEXT = 200;
const ACCOUNTDISABLE = 0x2;

function err(dn: string, attribute: string | null, code: string, ja: string, en: string): EntryError {
  return { dn, attribute, code, message_ja: ja, message_en: en };
}

function single(entry: RawEntry, attr: string | null): string | null {
  if (!attr) return null;
  const v = (entry.attributes[attr] ?? []).map((s) => s.trim()).filter((s) => s.length > 0);
  return v[0] ?? null;
}

/** Is the entry disabled? undefined = unreadable (an error was recorded). */
function isDisabled(entry: RawEntry, rule: DisabledRule, errors: EntryError[]): boolean | undefined {
  if (rule.kind === "none") return false;
  if (rule.kind === "ad_user_account_control") {
    const raw = single(entry, "userAccountControl");
    if (raw === null) return false;
    if (!/^\d{1,10}$/.test(raw)) {
      errors.push(
        err(
          entry.dn,
          "userAccountControl",
          "bad_user_account_control",
          `userAccountControl が数値ではありません（${raw.slice(0, 40)}）。`,
          `userAccountControl is not a number (${raw.slice(0, 40)}).`,
        ),
      );
      return undefined;
    }
    return (Number(raw) & ACCOUNTDISABLE) !== 0;
  }
  const values = (entry.attributes[rule.attribute] ?? []).map((v) => v.trim().toLowerCase());
  return values.some((v) => rule.values.includes(v));
}

interface ParsedPerson {
  dn: string;
  employeeNumber: string;
  fields: Record<SyncedField, string | null>;
  disabled: boolean;
}

function parsePerson(
  entry: RawEntry,
  config: Pick<LdapSyncConfig, "attributes" | "disabled">,
  knownDepartment: (code: string) => "ok" | "unknown" | "inactive",
  errors: EntryError[],
): ParsedPerson | null {
  const a = config.attributes;
  const before = errors.length;
  const number = single(entry, a.employeeNumber);
  if (!number)
    errors.push(
      err(
        entry.dn,
        a.employeeNumber,
        "missing_employee_number",
        "職員番号がありません。",
        "The employee number is missing.",
      ),
    );
  else if (number.length > MAX_NUMBER || !/^[0-9A-Za-z_-]+$/.test(number))
    errors.push(
      err(
        entry.dn,
        a.employeeNumber,
        "bad_employee_number",
        "職員番号は半角英数字50文字以内です。",
        "The employee number must be up to 50 letters or digits.",
      ),
    );
  const fields: Record<SyncedField, string | null> = {
    name: single(entry, a.name),
    nameKana: single(entry, a.nameKana),
    email: single(entry, a.email),
    department: single(entry, a.department),
    title: single(entry, a.title),
  };
  if (!fields.name)
    errors.push(err(entry.dn, a.name, "missing_name", "氏名がありません。", "The name is missing."));
  for (const f of ["name", "nameKana", "title", "email"] as const) {
    const v = fields[f];
    if (v && v.length > MAX_TEXT)
      errors.push(
        err(
          entry.dn,
          a[f],
          "too_long",
          `${MAX_TEXT}文字を超えています。`,
          `Longer than ${MAX_TEXT} characters.`,
        ),
      );
  }
  if (fields.email && !/^[^\s@]+@[^\s@]+$/.test(fields.email))
    errors.push(
      err(entry.dn, a.email, "bad_email", "メールアドレスの形式ではありません。", "Not an e-mail address."),
    );
  if (a.department) {
    if (!fields.department)
      errors.push(
        err(entry.dn, a.department, "missing_department", "所属がありません。", "The department is missing."),
      );
    else {
      const known = knownDepartment(fields.department);
      if (known === "unknown")
        errors.push(
          err(
            entry.dn,
            a.department,
            "unknown_department",
            `所属コード「${fields.department.slice(0, 50)}」の課がありません。`,
            `No department has the code "${fields.department.slice(0, 50)}".`,
          ),
        );
      if (known === "inactive")
        errors.push(
          err(
            entry.dn,
            a.department,
            "inactive_department",
            `所属コード「${fields.department.slice(0, 50)}」の課は廃止されています。`,
            `The department "${fields.department.slice(0, 50)}" is inactive.`,
          ),
        );
    }
  }
  const disabled = isDisabled(entry, config.disabled, errors);
  if (errors.length > before || !number || disabled === undefined) return null;
  return { dn: entry.dn, employeeNumber: number, fields, disabled };
}

function planDepartments(
  entries: RawEntry[],
  config: LdapSyncConfig,
  current: CurrentDepartment[],
  errors: EntryError[],
) {
  const d = config.departments;
  const out: DepartmentChange[] = [];
  const codes = new Map<string, string>();
  if (!d) return { changes: out, codes };
  const byCode = new Map(current.map((x) => [x.code, x]));
  for (const e of entries) {
    const code = single(e, d.codeAttribute);
    const name = single(e, d.nameAttribute);
    if (!code || code.length > 50) {
      errors.push(
        err(
          e.dn,
          d.codeAttribute,
          "bad_department_code",
          "課のコードがないか50文字を超えています。",
          "The department code is missing or longer than 50 characters.",
        ),
      );
      continue;
    }
    if (!name || name.length > MAX_TEXT) {
      errors.push(
        err(
          e.dn,
          d.nameAttribute,
          "bad_department_name",
          "課の名称がないか長すぎます。",
          "The department name is missing or too long.",
        ),
      );
      continue;
    }
    if (codes.has(code)) {
      errors.push(
        err(
          e.dn,
          d.codeAttribute,
          "duplicate_department_code",
          `課のコード「${code}」が重複しています。`,
          `The department code "${code}" appears twice.`,
        ),
      );
      continue;
    }
    codes.set(code, name);
    const existing = byCode.get(code);
    if (!existing) out.push({ kind: "new", code, name, departmentId: null, dn: e.dn, from: null });
    else if (existing.name !== name)
      out.push({ kind: "renamed", code, name, departmentId: existing.id, dn: e.dn, from: existing.name });
  }
  return { changes: out, codes };
}

/** What applying the snapshot would do. Deterministic: the same inputs give the same plan. */
export function planSync(snapshot: DirectorySnapshot, config: LdapSyncConfig, state: CurrentState): SyncPlan {
  const errors: EntryError[] = [];
  const depts = planDepartments(snapshot.departments ?? [], config, state.departments, errors);
  const deptByCode = new Map(state.departments.map((d) => [d.code, d]));
  const deptById = new Map(state.departments.map((d) => [d.id, d]));
  const knownDepartment = (code: string) => {
    const d = deptByCode.get(code);
    if (d) return d.active ? "ok" : "inactive";
    return depts.codes.has(code) ? "ok" : "unknown";
  };

  const parsed = new Map<string, ParsedPerson>();
  /** Numbers seen in any entry, readable or not: such a person is never taken for removed. */
  const seen = new Set<string>();
  for (const entry of snapshot.people) {
    const raw = single(entry, config.attributes.employeeNumber);
    if (raw) seen.add(raw);
    const p = parsePerson(entry, config, knownDepartment, errors);
    if (!p) continue;
    if (parsed.has(p.employeeNumber)) {
      errors.push(
        err(
          entry.dn,
          config.attributes.employeeNumber,
          "duplicate_employee_number",
          `職員番号「${p.employeeNumber}」が別のエントリ（${parsed.get(p.employeeNumber)?.dn}）にもあります。`,
          `The employee number "${p.employeeNumber}" is also on ${parsed.get(p.employeeNumber)?.dn}.`,
        ),
      );
      continue;
    }
    parsed.set(p.employeeNumber, p);
  }

  const byNumber = new Map(
    state.people.filter((p) => p.employeeNumber).map((p) => [p.employeeNumber as string, p]),
  );
  const people: PersonChange[] = [];
  let unchanged = 0;
  let skippedDisabled = 0;
  let coveredActive = 0;
  const codeOf = (id: string | null) => (id ? (deptById.get(id)?.code ?? null) : null);

  for (const p of [...parsed.values()].sort((x, y) => x.employeeNumber.localeCompare(y.employeeNumber))) {
    const person = byNumber.get(p.employeeNumber);
    if (!person) {
      if (p.disabled) {
        skippedDisabled++;
        continue;
      }
      const changes: FieldChanges = {};
      for (const [f, v] of Object.entries(p.fields))
        if (v !== null) changes[f as SyncedField] = { from: null, to: v };
      people.push({
        kind: "new",
        employeeNumber: p.employeeNumber,
        dn: p.dn,
        personId: null,
        name: p.fields.name ?? "",
        changes,
      });
      continue;
    }
    const linked = state.linkedPersonIds.has(person.id);
    if (person.active) coveredActive++;
    if (!person.active && !linked) {
      // Retired in Sekimori by hand: the directory does not bring them back.
      unchanged++;
      continue;
    }
    const changes: FieldChanges = {};
    const current: Record<SyncedField, string | null> = {
      name: person.name,
      nameKana: person.nameKana,
      email: person.email,
      department: codeOf(person.departmentId),
      title: person.title,
    };
    for (const f of Object.keys(p.fields) as SyncedField[]) {
      if (config.attributes[f] === null) continue;
      if (p.fields[f] !== current[f]) changes[f] = { from: current[f], to: p.fields[f] };
    }
    let kind: ChangeKind;
    if (p.disabled && person.active) {
      kind = "disabled";
      changes.active = { from: true, to: false };
    } else if (p.disabled) {
      unchanged++;
      continue;
    } else if (!person.active) {
      kind = "enabled";
      changes.active = { from: false, to: true };
    } else if (changes.department) kind = "moved";
    else if (Object.keys(changes).length > 0) kind = "changed";
    else if (!linked) kind = "linked";
    else {
      unchanged++;
      continue;
    }
    people.push({
      kind,
      employeeNumber: p.employeeNumber,
      dn: p.dn,
      personId: person.id,
      name: p.fields.name ?? person.name,
      changes,
    });
  }

  for (const person of state.people) {
    if (!state.linkedPersonIds.has(person.id) || !person.active || !person.employeeNumber) continue;
    if (parsed.has(person.employeeNumber) || seen.has(person.employeeNumber)) continue;
    coveredActive++;
    people.push({
      kind: "removed",
      employeeNumber: person.employeeNumber,
      dn: null,
      personId: person.id,
      name: person.name,
      changes: { active: { from: true, to: false } },
    });
  }
  // Sorted, so the plan (and its digest) does not depend on the order rows or entries arrive in.
  const byKey = (x: { employeeNumber: string; kind: string }, y: typeof x) =>
    x.employeeNumber.localeCompare(y.employeeNumber) || x.kind.localeCompare(y.kind);
  people.sort(byKey);
  depts.changes.sort((x, y) => x.code.localeCompare(y.code));
  errors.sort((x, y) => x.dn.localeCompare(y.dn) || x.code.localeCompare(y.code));
  return { departments: depts.changes, people, errors, unchanged, skippedDisabled, coveredActive };
}

export function countByKind(plan: SyncPlan): Record<ChangeKind, number> {
  const out = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<ChangeKind, number>;
  for (const p of plan.people) out[p.kind]++;
  return out;
}

/** How many people the plan would disable, and whether that exceeds the allowed share. */
export function disableShare(plan: SyncPlan, maxShare: number) {
  const counts = countByKind(plan);
  const disabling = counts.disabled + counts.removed;
  const share = plan.coveredActive === 0 ? 0 : disabling / plan.coveredActive;
  return { disabling, share, exceeds: disabling > 0 && share > maxShare };
}
