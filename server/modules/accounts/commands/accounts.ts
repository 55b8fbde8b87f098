/** IDs of a system: entered by hand, corrected, or imported from the system's user list. */
import { and, eq, inArray } from "drizzle-orm";
import { todayJst } from "../../../../common/calendar";
import { recordEvent } from "../../../audit/record";
import type { Db, DbOrTx } from "../../../db/client";
import { allPeople, findPerson } from "../../../directory";
import type { Actor, RequestContext } from "../../../http/context";
import { conflict, type FieldError, invalid, notFound } from "../../../http/errors";
import { readSheet } from "../../../http/sheet-read";
import type { Profile } from "../../../profile";
import {
  HEADERS,
  type ImportedAccount,
  PRIVILEGED_COLUMNS,
  type RowError,
  resolveRows,
} from "../import/resolve";
import type { AccountPatchT, AccountReqT } from "../schema";
import { systemAccounts } from "../tables";
import { closeAskOnStateChange } from "./deletion-decision";
import type { SystemRow } from "./systems";

const fe = (ja: string, en: string): FieldError => ({ message_ja: ja, message_en: en });
export type AccountRow = typeof systemAccounts.$inferSelect;

export async function loadAccount(db: DbOrTx, id: string): Promise<AccountRow> {
  const [row] = await db.select().from(systemAccounts).where(eq(systemAccounts.id, id));
  if (!row) throw notFound({ ja: "利用者ID", en: "The user ID" });
  return row;
}

/** A person ID names a known person; a shared or system ID names nobody. */
async function checkHolder(db: DbOrTx, holderKind: string, personId: string | null) {
  if (holderKind !== "person") {
    if (personId)
      throw invalid({
        personId: fe(
          "共用・システムのIDに職員は指定できません。",
          "A shared or system ID belongs to no person.",
        ),
      });
    return;
  }
  if (personId && !(await findPerson(db, personId)))
    throw invalid({ personId: fe("職員が見つかりません。", "The person does not exist.") });
}

export async function createAccount(
  db: Db,
  ctx: RequestContext,
  system: SystemRow,
  input: AccountReqT,
  now: Date,
) {
  await checkHolder(db, input.holderKind, input.personId);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(systemAccounts)
      .values({
        ...input,
        systemId: system.id,
        departmentId: system.departmentId,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!row)
      throw conflict(
        "login_exists",
        "このログイン名は既に登録されています。",
        "This login name already exists.",
        {
          loginName: fe("登録済みのログイン名です。", "Already registered."),
        },
      );
    await recordEvent(
      tx,
      ctx,
      {
        type: "accounts.account_created",
        targetType: "system_account",
        targetId: row.id,
        departmentId: row.departmentId,
        data: {
          systemId: system.id,
          loginName: row.loginName,
          holderKind: row.holderKind,
          personId: row.personId,
          privileged: row.privileged,
          state: row.state,
        },
      },
      now,
    );
    return row;
  });
}

export async function updateAccount(
  db: Db,
  ctx: RequestContext,
  actor: Actor,
  profile: Profile,
  row: AccountRow,
  input: AccountPatchT,
  now: Date,
) {
  const holderKind = input.holderKind ?? row.holderKind;
  const personId =
    input.personId !== undefined ? input.personId : holderKind === "person" ? row.personId : null;
  await checkHolder(db, holderKind, personId);
  const next = { ...input, holderKind, personId };
  // A renamed ID keeps its old name and the day on record (7.2(1)③(カ): default IDs renamed).
  if (input.loginName !== undefined && input.loginName !== row.loginName) {
    const [taken] = await db
      .select({ id: systemAccounts.id })
      .from(systemAccounts)
      .where(and(eq(systemAccounts.systemId, row.systemId), eq(systemAccounts.loginName, input.loginName)));
    if (taken)
      throw conflict(
        "login_exists",
        "このログイン名は既に登録されています。",
        "This login name already exists.",
        {
          loginName: fe("登録済みのログイン名です。", "Already registered."),
        },
      );
    next.renamedFrom ??= row.loginName;
    next.renamedOn ??= todayJst(now);
  }
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, to] of Object.entries(next)) {
    if (to === undefined) continue;
    const from = row[key as keyof AccountRow];
    if (from !== to) changes[key] = { from, to };
  }
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(systemAccounts)
      .set({ ...next, updatedAt: now })
      .where(eq(systemAccounts.id, row.id))
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "accounts.account_updated",
        targetType: "system_account",
        targetId: row.id,
        departmentId: row.departmentId,
        data: changes,
      },
      now,
    );
    // Removing or suspending an ID its holder asked to delete answers the ask (西原村 7.2(1)②(イ)).
    if (changes.state) {
      await closeAskOnStateChange(tx, ctx, actor, profile, row.id, input.state, null, now);
      const [after] = await tx.select().from(systemAccounts).where(eq(systemAccounts.id, row.id));
      return after;
    }
    return updated;
  });
}

export const COMPARED = [
  "holderKind",
  "personId",
  "privileged",
  "role",
  "createdOn",
  "lastUsedOn",
  "state",
  "approvalRef",
  ...PRIVILEGED_COLUMNS,
] as const;

export interface ImportPreview {
  rows: number;
  errors: RowError[];
  unknownPeople: string[];
  /** What applying would do: new IDs, changed IDs (with the fields), IDs unchanged. */
  create: ImportedAccount[];
  update: Array<
    ImportedAccount & {
      id: string;
      changed: (typeof COMPARED)[number][];
      before: Partial<Record<(typeof COMPARED)[number], string | number | boolean | null>>;
    }
  >;
  unchanged: number;
}

/** Reads the user list and compares it with the system's IDs. Writes nothing. */
export async function previewImport(
  db: DbOrTx,
  system: SystemRow,
  bytes: Uint8Array,
): Promise<ImportPreview> {
  // Date columns: an .xlsx date typed as a serial number is read as the date it shows.
  const sheet = await readSheet(bytes, [
    HEADERS.createdOn,
    HEADERS.lastUsedOn,
    HEADERS.renamedOn,
    HEADERS.developmentEndsOn,
  ]);
  const people = await allPeople(db);
  const { accounts, errors, unknownPeople } = resolveRows(sheet.headers, sheet.rows, people);
  const names = accounts.map((a) => a.loginName);
  const existing = names.length
    ? await db
        .select()
        .from(systemAccounts)
        .where(and(eq(systemAccounts.systemId, system.id), inArray(systemAccounts.loginName, names)))
    : [];
  const byLogin = new Map(existing.map((r) => [r.loginName, r]));
  const create: ImportedAccount[] = [];
  const update: ImportPreview["update"] = [];
  let unchanged = 0;
  for (const a of accounts) {
    const old = byLogin.get(a.loginName);
    if (!old) {
      create.push(a);
      continue;
    }
    // A privileged column the sheet lacks (undefined) leaves the recorded value alone.
    const changed = COMPARED.filter((k) => a[k] !== undefined && (a[k] ?? null) !== (old[k] ?? null));
    if (changed.length)
      update.push({ ...a, id: old.id, changed, before: Object.fromEntries(changed.map((k) => [k, old[k]])) });
    else unchanged++;
  }
  return { rows: sheet.rows.length, errors, unknownPeople, create, update, unchanged };
}

/** Applies a preview with no errors: every row or none (one transaction, one audit event per ID). */
export async function applyImport(
  db: Db,
  ctx: RequestContext,
  system: SystemRow,
  file: string,
  preview: ImportPreview,
  now: Date,
) {
  return db.transaction(async (tx) => {
    for (const a of preview.create) {
      const { row: _row, personName: _n, ...values } = a;
      const [row] = await tx
        .insert(systemAccounts)
        .values({
          ...values,
          systemId: system.id,
          departmentId: system.departmentId,
          source: file,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      await recordEvent(
        tx,
        ctx,
        {
          type: "accounts.account_created",
          targetType: "system_account",
          targetId: row.id,
          departmentId: row.departmentId,
          data: { systemId: system.id, loginName: row.loginName, file, privileged: row.privileged },
        },
        now,
      );
    }
    for (const a of preview.update) {
      const set = Object.fromEntries(a.changed.map((k) => [k, a[k]]));
      await tx
        .update(systemAccounts)
        .set({ ...set, updatedAt: now })
        .where(eq(systemAccounts.id, a.id));
      await recordEvent(
        tx,
        ctx,
        {
          type: "accounts.account_updated",
          targetType: "system_account",
          targetId: a.id,
          departmentId: system.departmentId,
          data: {
            ...Object.fromEntries(a.changed.map((k) => [k, { from: a.before[k], to: a[k] }])),
            via: file,
          },
        },
        now,
      );
    }
    await recordEvent(
      tx,
      ctx,
      {
        type: "accounts.imported",
        targetType: "account_system",
        targetId: system.id,
        departmentId: system.departmentId,
        data: { systemId: system.id, file, created: preview.create.length, updated: preview.update.length },
      },
      now,
    );
    return { created: preview.create.length, updated: preview.update.length };
  });
}
