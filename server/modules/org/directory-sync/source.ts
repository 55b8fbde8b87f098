import { Client, type Entry } from "ldapts";
import { AppError } from "../../../http/errors";
import type { LdapSyncConfig } from "./config";

/** One entry as read: its DN and each requested attribute's values as text. */
export interface RawEntry {
  dn: string;
  attributes: Record<string, string[]>;
}

export interface DirectorySnapshot {
  people: RawEntry[];
  departments: RawEntry[] | null;
}

const PAGE_SIZE = 500;

/** The directory could not be read completely: nothing is applied, the reason is shown. */
export function directoryUnavailable(detail: string): AppError {
  return new AppError(
    502,
    "directory_unavailable",
    `ディレクトリ（LDAP）から全件を読み取れませんでした。何も反映していません。（${detail}）`,
    `The directory (LDAP) could not be read completely; nothing was applied. (${detail})`,
  );
}

function textValues(value: Entry[string]): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => (Buffer.isBuffer(v) ? v.toString("utf8") : String(v)));
}

function toRaw(entry: Entry, attributes: string[]): RawEntry {
  const out: Record<string, string[]> = {};
  const byLower = new Map(Object.keys(entry).map((k) => [k.toLowerCase(), k]));
  for (const a of attributes) {
    const key = byLower.get(a.toLowerCase());
    out[a] = key ? textValues(entry[key]) : [];
  }
  return { dn: entry.dn, attributes: out };
}

const sameDn = (a: string, b: string) =>
  a.replace(/\s*,\s*/g, ",").toLowerCase() === b.replace(/\s*,\s*/g, ",").toLowerCase();

async function searchAll(client: Client, base: string, filter: string, attributes: string[]) {
  const out: RawEntry[] = [];
  // Paged, so a server's size limit cannot silently cut the answer short: a limit or any error
  // mid-way throws, and a partial answer is never taken for the whole directory.
  for await (const page of client.searchPaginated(base, {
    scope: "sub",
    filter,
    attributes,
    paged: { pageSize: PAGE_SIZE },
  })) {
    // The base itself is the container (ou=people, an OU of 課), not an entry to sync.
    for (const e of page.searchEntries) if (!sameDn(e.dn, base)) out.push(toRaw(e, attributes));
  }
  return out;
}

export function peopleAttributes(config: LdapSyncConfig): string[] {
  const attrs = Object.values(config.attributes).filter((a): a is string => a !== null);
  if (config.disabled.kind === "ad_user_account_control") attrs.push("userAccountControl");
  if (config.disabled.kind === "attribute") attrs.push(config.disabled.attribute);
  return [...new Set(attrs)];
}

/** Reads every people (and department) entry, or throws `directory_unavailable`. */
export async function readDirectory(config: LdapSyncConfig): Promise<DirectorySnapshot> {
  const ms = config.timeoutSeconds * 1000;
  const client = new Client({ url: config.url, timeout: ms, connectTimeout: ms });
  try {
    if (config.bindDn) await client.bind(config.bindDn, config.bindPassword ?? "");
    const people = await searchAll(client, config.peopleBase, config.peopleFilter, peopleAttributes(config));
    const d = config.departments;
    const departments = d
      ? await searchAll(client, d.base, d.filter, [d.codeAttribute, d.nameAttribute])
      : null;
    return { people, departments };
  } catch (err) {
    if (err instanceof AppError) throw err;
    const e = err as { message?: string; code?: string | number };
    throw directoryUnavailable(String(e.message || e.code || err).slice(0, 300));
  } finally {
    // After a failed bind too: an open socket keeps node from exiting (STACK.md).
    await client.unbind().catch(() => {});
  }
}
