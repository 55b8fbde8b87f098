import type { FieldError } from "../http/errors";

/** 対策基準: at least 12 characters, 3 of 4 classes, not the login id, not one of the last 5. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
export const PASSWORD_MIN_CLASSES = 3;
/** The new password must differ from this many most recent passwords (the current one included). */
export const PASSWORD_HISTORY = 5;

export type CharClass = "upper" | "lower" | "digit" | "symbol";

export function charClass(ch: string): CharClass {
  if (/^[A-Z]$/.test(ch)) return "upper";
  if (/^[a-z]$/.test(ch)) return "lower";
  if (/^[0-9]$/.test(ch)) return "digit";
  return "symbol";
}

/** Which of the four classes (upper, lower, digit, symbol) the password uses. */
export function charClasses(password: string): Set<CharClass> {
  const classes = new Set<CharClass>();
  for (const ch of password) classes.add(charClass(ch));
  return classes;
}

/**
 * Problems with a new password, in Japanese and English; empty when it passes the rule.
 * (History is checked separately, against hashes.)
 */
export function passwordProblems(password: string, loginId: string): FieldError[] {
  const problems: FieldError[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH)
    problems.push({
      message_ja: `${PASSWORD_MIN_LENGTH}文字以上にしてください。`,
      message_en: `Use at least ${PASSWORD_MIN_LENGTH} characters.`,
    });
  if (length > PASSWORD_MAX_LENGTH)
    problems.push({
      message_ja: `${PASSWORD_MAX_LENGTH}文字以内にしてください。`,
      message_en: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
    });
  if (charClasses(password).size < PASSWORD_MIN_CLASSES)
    problems.push({
      message_ja: "英大文字・英小文字・数字・記号のうち3種類以上を含めてください。",
      message_en: "Use at least 3 of: upper-case letters, lower-case letters, digits, symbols.",
    });
  if (loginId && password.toLowerCase().includes(loginId.toLowerCase()))
    problems.push({
      message_ja: "ログインIDを含めないでください。",
      message_en: "Do not include your login ID.",
    });
  return problems;
}

/** Joins several problems into one field error. */
export function joinProblems(problems: FieldError[]): FieldError {
  return {
    message_ja: problems.map((p) => p.message_ja).join(" "),
    message_en: problems.map((p) => p.message_en).join(" "),
  };
}
