import { formatJstDateTime } from "../../common/calendar";
import { AppError, invalid } from "../http/errors";

export const invalidCredentials = () =>
  new AppError(
    401,
    "invalid_credentials",
    "ログインIDまたはパスワードが正しくありません。失敗が続いた場合はアカウントが一時的にロックされます（確認コードアプリを登録済みなら、パスワードと確認コードを一緒に入力するとロックを解除できます）。",
    "The login ID or password is incorrect. After repeated failures the account is locked for a while (with an authenticator app, enter the password together with a code to clear the lock).",
  );

export const invalidCode = () =>
  new AppError(
    401,
    "invalid_code",
    "確認コードまたはリカバリーコードが正しくありません。",
    "The verification or recovery code is incorrect.",
  );

/** Shown in JST, e.g. 2026-04-01 09:15. */
export function jstTime(at: Date): string {
  return formatJstDateTime(at);
}

export const accountLocked = (until: Date) =>
  new AppError(
    423,
    "account_locked",
    `ログインの失敗が続いたため、アカウントをロックしました。${jstTime(until)}（日本時間）以降に再度お試しいただくか、管理者に解除を依頼してください。`,
    `The account is locked after repeated failed sign-ins until ${until.toISOString()} (${jstTime(until)} JST), or until an administrator unlocks it.`,
  );

export const accountDisabled = () =>
  new AppError(
    403,
    "account_disabled",
    "このアカウントは利用停止中です。管理者に連絡してください。",
    "This account is disabled. Contact an administrator.",
  );

export const rateLimited = (seconds: number) =>
  new AppError(
    429,
    "rate_limited",
    `ログインの試行が多すぎます。${seconds}秒後に再度お試しください。`,
    `Too many sign-in attempts. Try again in ${seconds} seconds.`,
  );

export const invalidPassword = (field: string) =>
  invalid(
    {
      [field]: {
        message_ja: "パスワードが正しくありません。",
        message_en: "The password is incorrect.",
      },
    },
    "invalid_password",
  );
