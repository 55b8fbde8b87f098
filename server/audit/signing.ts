import { timingSafeEqual } from "node:crypto";
import { hmacHex } from "../secrets";

/** What is signed, with a prefix per kind so one signature cannot stand for another. */
export const eventSignature = (seq: number, id: number, hash: string) =>
  hmacHex("audit-signing", `event|${seq}|${id}|${hash}`);
export const headSignature = (seq: number, id: number, hash: string) =>
  hmacHex("audit-signing", `head|${seq}|${id}|${hash}`);
export const checkpointSignature = (seq: number, id: number, hash: string, signedAt: Date) =>
  hmacHex("audit-signing", `checkpoint|${seq}|${id}|${hash}|${signedAt.toISOString()}`);

export function sameSignature(a: string | null, b: string): boolean {
  if (!a || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
