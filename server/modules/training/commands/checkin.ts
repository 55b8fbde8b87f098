/**
 * QR check-in (issue 15 deliver 1): each session has a QR code whose link carries a token bound to
 * the session and its day (an HMAC with a key derived from the server's secret). A person who
 * is at the session scans it — on their own device or the shared terminal at the venue — signs
 * in and records their own attendance, on the session's day only. Whoever cannot sign in is
 * ticked on the paper sheet instead.
 */
import { timingSafeEqual } from "node:crypto";
import { hmacHex } from "../../../secrets";

export function checkinToken(sessionId: string, heldOn: string): string {
  return hmacHex("training-checkin", `${sessionId}:${heldOn}`).slice(0, 32);
}

export function tokenMatches(sessionId: string, heldOn: string, token: string): boolean {
  const want = Buffer.from(checkinToken(sessionId, heldOn));
  const got = Buffer.from(token);
  return want.length === got.length && timingSafeEqual(want, got);
}

export const checkinPath = (sessionId: string, heldOn: string) =>
  `/training/checkin/${sessionId}?t=${checkinToken(sessionId, heldOn)}`;

/** The QR code of the check-in link as a PNG data URL (drawn here: no outside service). */
export async function checkinQr(url: string): Promise<string> {
  // Imported when a code is drawn, not at start (~10 MB of resident memory; #11 item 8).
  const QRCode = (await import("qrcode")).default;
  return QRCode.toDataURL(url, { errorCorrectionLevel: "M", margin: 2, width: 320 });
}
