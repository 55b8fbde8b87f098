/**
 * ディレクトリ連携 (issue 18 item 5): the dry run of an LDAP sync of the whole organization (20,000
 * people at full scale) against a real OpenLDAP — Debian's slapd, started on a free loopback port
 * with a generated configuration, as the tests start it. The directory is the generated people
 * register as a directory would hold it, with the differences a spring brings: 2 % moved to
 * another 課, 1 % disabled (retired), 1 % renamed, 1 % new hires. Timed: the preview route's own
 * body (`dryRun` → paged read, plan against the register; `recordDryRun` → kept with its audit
 * event). Baseline in the same run: reading both sides and nothing else (the same paged ldapts
 * search of the same attributes, and a select of the people register), so the figure shows what
 * mapping, planning and recording add over the transport.
 */

import { sql } from "drizzle-orm";
import { Client } from "ldapts";
import { dryRun, recordDryRun } from "../../server/modules/org/directory-sync/commands";
import { type LdapSyncConfig, ldapConfigFromEnv } from "../../server/modules/org/directory-sync/config";
import { countByKind } from "../../server/modules/org/directory-sync/plan";
import { peopleAttributes } from "../../server/modules/org/directory-sync/source";
import { ouLdif, personLdif, slapdAvailable, slapdEnv, startSlapd } from "../../server/test/slapd";
import type { BenchSection, Figure } from "../types";

interface Row {
  employee_number: string;
  name: string;
  email: string | null;
  title: string | null;
  code: string;
}

/** The directory's LDIF: the register with this spring's differences, deterministic by position. */
function directoryLdif(rows: Row[], codes: string[]): { ldif: string; entries: number } {
  const parts = [ouLdif("people")];
  rows.forEach((r, i) => {
    const moved = i % 50 === 7;
    const department = moved ? codes[(codes.indexOf(r.code) + 1) % codes.length] : r.code;
    parts.push(
      personLdif({
        uid: `u${i}`,
        employeeNumber: r.employee_number,
        cn: i % 100 === 11 ? `${r.name}（改姓）` : r.name,
        department,
        mail: r.email ?? undefined,
        title: r.title ?? undefined,
        employeeType: i % 100 === 23 ? "retired" : "staff",
      }),
    );
  });
  const hires = Math.max(1, Math.round(rows.length / 100));
  for (let i = 0; i < hires; i++)
    parts.push(
      personLdif({
        uid: `new${i}`,
        employeeNumber: `N${String(i).padStart(6, "0")}`,
        cn: `新規 職員${i}`,
        department: codes[i % codes.length],
        employeeType: "staff",
      }),
    );
  return { ldif: parts.join(""), entries: rows.length + hires };
}

async function rawRead(config: LdapSyncConfig): Promise<number> {
  const client = new Client({ url: config.url });
  let n = 0;
  try {
    if (config.bindDn) await client.bind(config.bindDn, config.bindPassword ?? "");
    for await (const page of client.searchPaginated(config.peopleBase, {
      scope: "sub",
      filter: config.peopleFilter,
      attributes: peopleAttributes(config),
      paged: { pageSize: 500 },
    }))
      n += page.searchEntries.length;
  } finally {
    await client.unbind().catch(() => {});
  }
  return n;
}

export const directorySyncSection: BenchSection = {
  id: "directory_sync",
  title: "Directory sync: a dry run of the whole organization against a real slapd",
  needs: ["org"],
  mode: "in-process",
  // The Debian package the tests use; without it the section is skipped, never faked.
  enabled: () => slapdAvailable(),
  async run(ctx) {
    const database = ctx.database;
    if (!database) throw new Error("directory_sync section needs the database");
    const db = database.db;
    const nPeople = Math.round(20_000 / ctx.divisor);
    const res = (await db.execute(sql`
      select p.employee_number, p.name, p.email, p.title, d.code
        from people p join departments d on d.id = p.department_id
       where p.active and p.employee_number is not null and d.active
       order by p.employee_number limit ${nPeople}`)) as unknown as { rows: Row[] };
    const codes = [...new Set(res.rows.map((r) => r.code))].sort();
    const { ldif, entries } = directoryLdif(res.rows, codes);
    const t0 = performance.now();
    const slapd = await startSlapd(ldif);
    const loadS = (performance.now() - t0) / 1000;
    ctx.log(`directory_sync: slapd loaded ${entries} entries in ${loadS.toFixed(1)} s at ${slapd.url}`);
    try {
      const config = ldapConfigFromEnv(slapdEnv(slapd, { LDAP_DISABLED: "employeeType=retired" }));
      if (!config) throw new Error("LDAP configuration did not parse");
      // One untimed read first, so neither side pays for slapd's cold cache.
      await rawRead(config);
      const t1 = performance.now();
      const plan = await dryRun(db, config);
      await recordDryRun(db, null, plan, new Date());
      const dryS = (performance.now() - t1) / 1000;
      const t2 = performance.now();
      const read = await rawRead(config);
      await db.execute(
        sql`select id, employee_number, name, name_kana, email, department_id, title, active from people`,
      );
      const rawS = (performance.now() - t2) / 1000;
      if (read !== entries) throw new Error(`slapd answered ${read} of ${entries} entries`);
      const c = countByKind(plan);
      return [
        {
          key: "directory_sync.dry_run_s",
          label: `LDAP dry run of ${entries} entries (${c.linked} linked, ${c.moved} moved, ${c.disabled} disabled, ${c.changed} changed, ${c.new} new; ${plan.errors.length} errors), kept with its audit event`,
          value: Math.round(dryS * 100) / 100,
          unit: "s",
          baseline: {
            label:
              "the same paged LDAP read of the same attributes + a select of the people register, nothing planned",
            value: Math.round(rawS * 100) / 100,
            unit: "s",
          },
          target: { op: "<=", value: 30, unit: "s" },
          note: `slapd (Debian package) on loopback, mdb backend, ${entries} inetOrgPerson entries loaded by slapadd in ${loadS.toFixed(1)} s; pages of 500`,
        },
      ] satisfies Figure[];
    } finally {
      await slapd.stop();
    }
  },
};
