import { randomInt } from "node:crypto";
import { jstParts } from "../../../../common/calendar";

/** Letters and digits that cannot be confused when read over the phone (no 0/O, 1/I/L, U/V). */
export const RECEIPT_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
export const RECEIPT_PATTERN = /^R-\d{4}-[23456789ABCDEFGHJKMNPQRSTWXYZ]{8}$/;

/** R-2026-7KQ2MX4P: the JST year and 8 random characters (≈ 5×10^11 possibilities). */
export function newReceiptNumber(now: Date, rand: (n: number) => number = randomInt): string {
  let s = "";
  for (let i = 0; i < 8; i++) s += RECEIPT_ALPHABET[rand(RECEIPT_ALPHABET.length)];
  return `R-${jstParts(now).year}-${s}`;
}
