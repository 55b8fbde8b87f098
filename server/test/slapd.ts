/**
 * A real OpenLDAP server for tests (Debian `slapd`, installed by `npm test`): a generated
 * slapd.conf in a temp folder, the given LDIF loaded with slapadd, started on a free loopback
 * port, stopped and removed by `stop()`. STACK.md has the recipe.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "ldapts";

export const SLAPD = "/usr/sbin/slapd";
export const SUFFIX = "dc=example,dc=lg,dc=jp";
export const ROOT_DN = `cn=admin,${SUFFIX}`;
export const ROOT_PASSWORD = "slapd-test-secret";

export interface Slapd {
  url: string;
  /** A client bound as the root DN, to change the directory during a test. */
  admin(): Promise<Client>;
  stop(): Promise<void>;
  /** Synchronous stop, for a process `exit` handler. */
  killSync(): void;
}

export function slapdAvailable(): boolean {
  return existsSync(SLAPD) && existsSync("/usr/sbin/slapadd");
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Active Directory's userAccountControl, so the AD rule is tested against a real server too. */
const AD_SCHEMA = `attributetype ( 1.2.840.113556.1.4.8 NAME 'userAccountControl'
  EQUALITY integerMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.27 SINGLE-VALUE )
objectclass ( 1.3.6.1.4.1.55555.1.1 NAME 'sekimoriAdUser' SUP top AUXILIARY MAY ( userAccountControl ) )
`;

function config(dir: string, sizeLimit?: number): string {
  const schemas = ["core", "cosine", "nis", "inetorgperson"].map(
    (s) => `include /etc/ldap/schema/${s}.schema`,
  );
  const hashed = execFileSync("/usr/sbin/slappasswd", ["-s", ROOT_PASSWORD]).toString().trim();
  return [
    ...schemas,
    `include ${join(dir, "ad.schema")}`,
    `pidfile ${join(dir, "slapd.pid")}`,
    "modulepath /usr/lib/ldap",
    "moduleload back_mdb",
    // A server that stops answering after N entries: a partial answer must never be applied.
    ...(sizeLimit
      ? [`sizelimit size.soft=${sizeLimit} size.hard=${sizeLimit} size.prtotal=${sizeLimit}`]
      : []),
    "database mdb",
    `suffix "${SUFFIX}"`,
    `rootdn "${ROOT_DN}"`,
    `rootpw ${hashed}`,
    `directory ${join(dir, "db")}`,
    "maxsize 104857600",
    ...(sizeLimit
      ? [`limits users size.soft=${sizeLimit} size.hard=${sizeLimit} size.prtotal=${sizeLimit}`]
      : []),
    "",
  ].join("\n");
}

async function waitReady(url: string, child: ChildProcess): Promise<void> {
  const until = Date.now() + 15_000;
  let lastError: unknown = null;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`slapd exited with ${child.exitCode}`);
    const client = new Client({ url, connectTimeout: 500, timeout: 1000 });
    try {
      await client.search("", { scope: "base", filter: "(objectClass=*)" });
      return;
    } catch (err) {
      lastError = err;
    } finally {
      await client.unbind().catch(() => {});
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`slapd did not answer on ${url}: ${String(lastError)}`);
}

/** Starts slapd with `ldif` loaded (the suffix entry is added first). */
export async function startSlapd(ldif: string, opts: { sizeLimit?: number } = {}): Promise<Slapd> {
  const dir = mkdtempSync(join(tmpdir(), "sekimori-slapd-"));
  mkdirSync(join(dir, "db"));
  writeFileSync(join(dir, "ad.schema"), AD_SCHEMA);
  writeFileSync(join(dir, "slapd.conf"), config(dir, opts.sizeLimit));
  const base = `dn: ${SUFFIX}\nobjectClass: dcObject\nobjectClass: organization\ndc: example\no: Example\n\n`;
  writeFileSync(join(dir, "data.ldif"), base + ldif);
  execFileSync("/usr/sbin/slapadd", ["-q", "-f", join(dir, "slapd.conf"), "-l", join(dir, "data.ldif")], {
    stdio: "pipe",
  });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync("chown", ["-R", "nobody:nogroup", dir]);
  chmodSync(dir, 0o755);
  const port = await freePort();
  const url = `ldap://127.0.0.1:${port}`;
  const args = ["-f", join(dir, "slapd.conf"), "-h", `${url}/`, "-d", "0"];
  const child = spawn(SLAPD, asRoot ? ["-u", "nobody", "-g", "nogroup", ...args] : args, { stdio: "ignore" });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitReady(url, child);
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    url,
    async admin() {
      const client = new Client({ url });
      await client.bind(ROOT_DN, ROOT_PASSWORD);
      return client;
    },
    stop,
    killSync() {
      if (child.exitCode === null) child.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An inetOrgPerson entry under ou=people. */
export function personLdif(p: {
  uid: string;
  employeeNumber?: string;
  cn?: string;
  department?: string;
  mail?: string;
  title?: string;
  employeeType?: string;
  userAccountControl?: number | string;
}): string {
  const lines = [
    `dn: uid=${p.uid},ou=people,${SUFFIX}`,
    "objectClass: inetOrgPerson",
    ...(p.userAccountControl !== undefined
      ? ["objectClass: sekimoriAdUser", `userAccountControl: ${p.userAccountControl}`]
      : []),
    `uid: ${p.uid}`,
    `sn: ${p.uid}`,
    `cn:: ${Buffer.from(p.cn ?? p.uid).toString("base64")}`,
  ];
  if (p.employeeNumber) lines.push(`employeeNumber: ${p.employeeNumber}`);
  if (p.department) lines.push(`departmentNumber: ${p.department}`);
  if (p.mail) lines.push(`mail: ${p.mail}`);
  if (p.title) lines.push(`title:: ${Buffer.from(p.title).toString("base64")}`);
  if (p.employeeType) lines.push(`employeeType: ${p.employeeType}`);
  return `${lines.join("\n")}\n\n`;
}

export function ouLdif(ou: string, description?: string, parent = SUFFIX): string {
  const lines = [`dn: ou=${ou},${parent}`, "objectClass: organizationalUnit", `ou: ${ou}`];
  if (description) lines.push(`description:: ${Buffer.from(description).toString("base64")}`);
  return `${lines.join("\n")}\n\n`;
}

let shared: Promise<Slapd> | null = null;

/**
 * One slapd for a whole test file that needs a configured directory only in passing (the
 * authorization matrices): started at first use, stopped when the test process exits.
 */
export function sharedSlapd(ldif: string): Promise<Slapd> {
  shared ??= startSlapd(ldif).then((s) => {
    process.once("exit", () => s.killSync());
    return s;
  });
  return shared;
}

/** Stops the shared slapd, if one was started (afterAll of the files that use it). */
export async function stopSharedSlapd(): Promise<void> {
  const s = shared;
  shared = null;
  if (s) await (await s).stop();
}

/** The LDAP_* settings of a test app reading `slapd` as the root DN. */
export function slapdEnv(slapd: Slapd, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    LDAP_URL: slapd.url,
    LDAP_BIND_DN: ROOT_DN,
    LDAP_BIND_PASSWORD: ROOT_PASSWORD,
    LDAP_PEOPLE_BASE: `ou=people,${SUFFIX}`,
    LDAP_PEOPLE_FILTER: "(objectClass=inetOrgPerson)",
    ...extra,
  };
}
