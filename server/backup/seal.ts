import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  scrypt as scryptCb,
  timingSafeEqual,
} from "node:crypto";
import { closeSync, createReadStream, openSync, readSync, statSync } from "node:fs";
import { type Readable, Transform } from "node:stream";
import { promisify } from "node:util";

/**
 * The sealed (encrypted and authenticated) envelope of a backup file:
 *
 *   `SEKIMORI-SEALED-BACKUP 1\n` + one JSON line {kdf, salt, iv, check, …} + AES-256-GCM
 *   ciphertext of the gzip'ed backup + the 16-byte GCM tag.
 *
 * The two text lines are the GCM's additional data, so changing a KDF parameter is detected
 * like changing a ciphertext byte. The key comes from a passphrase (scrypt, N=2^17) or from the
 * installation's secret key (HKDF); neither is ever written into the file — only a salt and a
 * key check value (HMAC of a constant, so a wrong passphrase is told apart from a modified file).
 */

export const SEALED_MAGIC = "SEKIMORI-SEALED-BACKUP 1\n";

/** Where the key comes from: a passphrase, or the installation's secret key. */
export type BackupSecret = { passphrase: string } | { secretKey: Buffer };

export const MIN_PASSPHRASE = 12;

const SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;
const TAG_BYTES = 16;
const MAX_PREFIX = 4096;

interface Envelope {
  kdf: "scrypt" | "secret-key";
  salt: string;
  iv: string;
  check: string;
  N?: number;
  r?: number;
  p?: number;
}

export class SealError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SealError";
  }
}

const scrypt = promisify(scryptCb) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

async function deriveKey(secret: BackupSecret, env: Envelope): Promise<Buffer> {
  const salt = Buffer.from(env.salt, "base64");
  if ("passphrase" in secret) {
    if (env.kdf !== "scrypt")
      throw new SealError(
        "this backup is sealed with the installation's secret key, not a passphrase: restore it without --passphrase, with the original secret key",
      );
    const N = env.N ?? SCRYPT.N;
    const r = env.r ?? SCRYPT.r;
    const p = env.p ?? SCRYPT.p;
    // Bounds keep a forged header from asking for hours of work or gigabytes of memory.
    if (![2 ** 14, 2 ** 15, 2 ** 16, 2 ** 17, 2 ** 18].includes(N) || r < 1 || r > 16 || p < 1 || p > 4)
      throw new SealError("the backup's key derivation parameters are out of range");
    return scrypt(secret.passphrase.normalize("NFC"), salt, 32, { N, r, p, maxmem: 256 * N * r + 2 ** 20 });
  }
  if (env.kdf !== "secret-key")
    throw new SealError(
      "this backup is sealed with a passphrase: give it with --passphrase or SEKIMORI_BACKUP_PASSPHRASE",
    );
  return Buffer.from(hkdfSync("sha256", secret.secretKey, salt, "sekimori:backup-encryption", 32));
}

const checkValue = (key: Buffer) => createHmac("sha256", key).update("sekimori:backup-key-check").digest();

/** A stream that turns plain bytes into the sealed envelope (prefix, ciphertext, tag). */
export async function sealStream(secret: BackupSecret): Promise<Transform> {
  if ("passphrase" in secret && [...secret.passphrase].length < MIN_PASSPHRASE)
    throw new SealError(`the backup passphrase must be at least ${MIN_PASSPHRASE} characters`);
  const env: Envelope = {
    kdf: "passphrase" in secret ? "scrypt" : "secret-key",
    salt: randomBytes(16).toString("base64"),
    iv: randomBytes(12).toString("base64"),
    check: "",
    ...("passphrase" in secret ? SCRYPT : {}),
  };
  const key = await deriveKey(secret, env);
  env.check = checkValue(key).toString("base64");
  const prefix = Buffer.from(`${SEALED_MAGIC}${JSON.stringify(env)}\n`, "utf8");
  const cipher = createCipheriv("aes-256-gcm", key, Buffer.from(env.iv, "base64"));
  cipher.setAAD(prefix);
  const out = new Transform({
    transform(chunk: Buffer, _enc, done) {
      done(null, cipher.update(chunk));
    },
    flush(done) {
      this.push(cipher.final());
      this.push(cipher.getAuthTag());
      done();
    },
  });
  out.push(prefix);
  return out;
}

/** True when the file begins with the sealed envelope's marker. */
export function isSealedFile(file: string): boolean {
  const fd = openSync(file, "r");
  try {
    const head = Buffer.alloc(SEALED_MAGIC.length);
    const n = readSync(fd, head, 0, head.length, 0);
    return n === head.length && head.toString("latin1") === SEALED_MAGIC;
  } finally {
    closeSync(fd);
  }
}

function readPrefix(file: string): { prefix: Buffer; env: Envelope; size: number } {
  const size = statSync(file).size;
  const fd = openSync(file, "r");
  let head: Buffer;
  try {
    head = Buffer.alloc(Math.min(MAX_PREFIX, size));
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (head.subarray(0, SEALED_MAGIC.length).toString("latin1") !== SEALED_MAGIC)
    throw new SealError(
      "not a sealed Sekimori backup (an unencrypted or foreign file is refused: it could have been altered)",
    );
  const end = head.indexOf(0x0a, SEALED_MAGIC.length);
  if (end < 0) throw new SealError("the backup's envelope header is damaged");
  let env: Envelope;
  try {
    env = JSON.parse(head.subarray(SEALED_MAGIC.length, end).toString("utf8"));
  } catch {
    throw new SealError("the backup's envelope header is damaged");
  }
  if (
    typeof env?.salt !== "string" ||
    typeof env.iv !== "string" ||
    typeof env.check !== "string" ||
    // Any other value is a changed header, not a backup of another kind.
    (env.kdf !== "scrypt" && env.kdf !== "secret-key")
  )
    throw new SealError("the backup's envelope header is damaged");
  const prefix = head.subarray(0, end + 1);
  if (size < prefix.length + TAG_BYTES) throw new SealError("the backup file is truncated");
  return { prefix, env, size };
}

export interface OpenedSeal {
  /** The plain bytes; the stream fails at its end if any byte of the file was changed. */
  plain(): Readable;
  /** Reads the whole file once and checks its authentication tag (before anything is restored). */
  authenticate(): Promise<void>;
}

const MODIFIED =
  "the backup file was modified or damaged (its authentication tag does not match); nothing is restored";

/** Opens a sealed file with the given secret; a wrong passphrase or key is refused at once. */
export async function openSealed(file: string, secret: BackupSecret): Promise<OpenedSeal> {
  const { prefix, env, size } = readPrefix(file);
  const key = await deriveKey(secret, env);
  const check = Buffer.from(env.check, "base64");
  const expected = checkValue(key);
  if (check.length !== expected.length || !timingSafeEqual(check, expected))
    throw new SealError(
      "passphrase" in secret
        ? "wrong backup passphrase (or the file's header was modified)"
        : "this backup was sealed with another secret key: give this installation the original key (SEKIMORI_SECRET_KEY or DATA_DIR/secret.key), or use the passphrase it was made with",
    );
  const tag = Buffer.alloc(TAG_BYTES);
  const fd = openSync(file, "r");
  try {
    readSync(fd, tag, 0, TAG_BYTES, size - TAG_BYTES);
  } finally {
    closeSync(fd);
  }
  const plain = () => {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(env.iv, "base64"));
    decipher.setAAD(prefix);
    decipher.setAuthTag(tag);
    const out = new Transform({
      transform(chunk: Buffer, _enc, done) {
        done(null, decipher.update(chunk));
      },
      flush(done) {
        try {
          this.push(decipher.final());
          done();
        } catch {
          done(new SealError(MODIFIED));
        }
      },
    });
    const input = createReadStream(file, { start: prefix.length, end: size - TAG_BYTES - 1 });
    input.on("error", (err) => out.destroy(err));
    // An empty ciphertext gives a zero-length range that createReadStream cannot express.
    if (size - TAG_BYTES === prefix.length) {
      input.destroy();
      out.end();
    } else input.pipe(out);
    return out;
  };
  return {
    plain,
    authenticate: async () => {
      for await (const _ of plain()) {
        // only the tag check at the end matters
      }
    },
  };
}
