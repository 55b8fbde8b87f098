import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The installation's secret key, kept OUT of the database: it signs the audit chain
 * (HMAC-SHA256) and encrypts TOTP secrets (AES-256-GCM), so whoever can write the database
 * alone can neither re-sign a rewritten chain nor read the secrets. From SEKIMORI_SECRET_KEY
 * (base64 or hex, at least 32 bytes), else from `<DATA_DIR>/secret.key`, created at first start
 * with mode 0600 — with PostgreSQL too (DATA_DIR then holds only this file). Back it up apart
 * from the database backups.
 */
export const KEY_FILE = "secret.key";

let configured: Buffer | null = null;

/** A fixed key for the test runner only (never used outside vitest). */
const TEST_KEY = Buffer.alloc(32, 7);

function decodeKey(text: string, where: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-f]+$/i.test(t) && t.length % 2 === 0 ? Buffer.from(t, "hex") : Buffer.from(t, "base64");
  if (key.length < 32) throw new Error(`${where}: the secret key must be at least 32 bytes (base64 or hex)`);
  return key;
}

/** Reads (or, the first time, creates with mode 0600) the key; the env variable wins. */
export function loadSecretKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  if (env.SEKIMORI_SECRET_KEY) return decodeKey(env.SEKIMORI_SECRET_KEY, "SEKIMORI_SECRET_KEY");
  const file = join(dataDir, KEY_FILE);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, `${randomBytes(32).toString("base64")}\n`, { mode: 0o600, flag: "wx" });
  }
  chmodSync(file, 0o600);
  if ((statSync(file).mode & 0o077) !== 0) throw new Error(`${file}: must be readable by its owner only`);
  return decodeKey(readFileSync(file, "utf8"), file);
}

const derived = new Map<string, Buffer>();

export function configureSecretKey(key: Buffer): void {
  configured = key;
  derived.clear();
}

export function secretKey(): Buffer {
  if (configured) return configured;
  if (process.env.VITEST) return TEST_KEY;
  throw new Error("The secret key is not configured (SEKIMORI_SECRET_KEY or DATA_DIR/secret.key)");
}

/** A key for one purpose, derived from the secret key (HKDF-SHA256). */
export function subkey(
  purpose: "audit-signing" | "totp-encryption" | "training-checkin" | "oidc-flow",
): Buffer {
  let key = derived.get(purpose);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secretKey(), Buffer.alloc(0), `sekimori:${purpose}`, 32));
    derived.set(purpose, key);
  }
  return key;
}

export function hmacHex(purpose: "audit-signing" | "training-checkin", message: string): string {
  return createHmac("sha256", subkey(purpose)).update(message).digest("hex");
}

const SEALED = "enc1:";

/** AES-256-GCM with the "totp-encryption" subkey: `enc1:` + base64(iv ‖ tag ‖ ciphertext). */
export function sealSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", subkey("totp-encryption"), iv);
  cipher.setAAD(Buffer.from("sekimori:totp"));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return SEALED + Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64");
}

export function isSealed(stored: string): boolean {
  return stored.startsWith(SEALED);
}

/**
 * The plain secret of a stored value. A value written before encryption existed (no prefix) is
 * returned as it is; `sealLegacySecrets` encrypts those at start. Throws if the value was altered
 * or sealed with another key.
 */
export function openSecret(stored: string): string {
  if (!isSealed(stored)) return stored;
  const raw = Buffer.from(stored.slice(SEALED.length), "base64");
  const decipher = createDecipheriv("aes-256-gcm", subkey("totp-encryption"), raw.subarray(0, 12));
  decipher.setAAD(Buffer.from("sekimori:totp"));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}
