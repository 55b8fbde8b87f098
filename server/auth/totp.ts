import { timingSafeEqual } from "node:crypto";
import { generate, generateSecret, generateURI, verify } from "otplib";
import { hashPassword, verifyPassword } from "./passwords";
import { generateRecoveryCode, normalizeRecoveryCode } from "./tokens";

export const TOTP_ISSUER = "Sekimori";
export const TOTP_PERIOD = 30;
export const RECOVERY_CODE_COUNT = 10;

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, loginId: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: loginId, secret });
}

/** The QR code of the otpauth URL as a data: URL (PNG), made locally. */
export async function qrDataUrl(uri: string): Promise<string> {
  // Imported when a code is drawn, not at start (~10 MB of resident memory; #11 item 8).
  const QRCode = (await import("qrcode")).default;
  return QRCode.toDataURL(uri, { errorCorrectionLevel: "M", margin: 2, width: 240 });
}

/** Checks a 6-digit code at `now`, allowing one time step either side. */
export async function checkTotp(secret: string, code: string, now: Date): Promise<boolean> {
  if (!/^\d{6}$/.test(code)) return false;
  try {
    const result = await verify({
      secret,
      token: code,
      epoch: Math.floor(now.getTime() / 1000),
      epochTolerance: TOTP_PERIOD,
    });
    return result.valid;
  } catch {
    return false;
  }
}

/**
 * The time step (unix seconds / 30) a 6-digit code belongs to, at `now` ± one step, or null.
 * The caller stores the step so that the same code is accepted once.
 */
export async function totpStepOf(secret: string, code: string, now: Date): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const current = Math.floor(now.getTime() / 1000 / TOTP_PERIOD);
  let found: number | null = null;
  // Every candidate is computed (no early exit), so the timing does not tell which step matched.
  for (const step of [current - 1, current, current + 1]) {
    try {
      const expected = await generate({ secret, epoch: step * TOTP_PERIOD });
      if (expected.length === code.length && timingSafeEqual(Buffer.from(expected), Buffer.from(code)))
        found = step;
    } catch {
      return null;
    }
  }
  return found;
}

/** The current code (for tests and the demo). */
export function totpCode(secret: string, now: Date): Promise<string> {
  return generate({ secret, epoch: Math.floor(now.getTime() / 1000) });
}

export async function newRecoveryCodes(): Promise<{ codes: string[]; hashes: string[] }> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, generateRecoveryCode);
  const hashes = await Promise.all(codes.map((code) => hashPassword(normalizeRecoveryCode(code))));
  return { codes, hashes };
}

/** Index of the stored hash the recovery code matches, or -1. */
export async function matchRecoveryCode(hashes: string[], code: string): Promise<number> {
  const normalized = normalizeRecoveryCode(code);
  if (normalized.length < 8 || normalized.length > 32) return -1;
  for (let i = 0; i < hashes.length; i++) {
    if (await verifyPassword(hashes[i], normalized)) return i;
  }
  return -1;
}
