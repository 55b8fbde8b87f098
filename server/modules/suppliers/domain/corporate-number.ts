/**
 * 法人番号 (corporate number): 13 digits, the first a check digit over the 12-digit base number
 * (法人番号の指定等に関する省令 第2条): 9 − (Σ Pn × Qn mod 9), n counted from the base number's
 * lowest digit, Qn = 1 when n is odd and 2 when it is even.
 */
export function corporateCheckDigit(base12: string): number {
  let sum = 0;
  for (let n = 1; n <= 12; n++) {
    const p = base12.charCodeAt(12 - n) - 48;
    sum += p * (n % 2 === 1 ? 1 : 2);
  }
  return 9 - (sum % 9);
}

export type CorporateNumberProblem = "format" | "check_digit";

/** null when valid; otherwise what is wrong. */
export function corporateNumberProblem(value: string): CorporateNumberProblem | null {
  if (!/^\d{13}$/.test(value)) return "format";
  return corporateCheckDigit(value.slice(1)) === Number(value[0]) ? null : "check_digit";
}
