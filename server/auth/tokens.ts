import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";

/** A random 32-byte token, base64url. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

/** Constant-time string comparison (compares SHA-256 digests so lengths need not match). */
export function safeEqual(a: string, b: string): boolean {
  const da = createHash("sha256").update(a).digest();
  const db = createHash("sha256").update(b).digest();
  return timingSafeEqual(da, db) && a.length === b.length;
}

const UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
const LOWER = "abcdefghijkmnopqrstuvwxyz";
const DIGIT = "23456789";
const SYMBOL = "!#$%&*+-=?@^_";

/** A strong temporary password (16 characters, all four classes, no look-alike characters). */
export function generatePassword(length = 16): string {
  const all = UPPER + LOWER + DIGIT + SYMBOL;
  const chars = [UPPER, LOWER, DIGIT, SYMBOL].map((set) => set[randomInt(set.length)]);
  while (chars.length < length) chars.push(all[randomInt(all.length)]);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join("");
}

const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** A one-time recovery code such as `k7qd-2mxp-94ra`. */
export function generateRecoveryCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < 3; g++) {
    let s = "";
    for (let i = 0; i < 4; i++) s += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
    groups.push(s);
  }
  return groups.join("-");
}

/** Recovery codes are compared without case, spaces or hyphens. */
export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, "");
}
