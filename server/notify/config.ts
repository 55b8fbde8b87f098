/** Mail settings from the environment (README: SMTP_URL, MAIL_FROM, PUBLIC_URL). */
export interface MailConfig {
  /** `smtp://user:password@host:587`; unset = mail stays in the outbox (送信メール). */
  smtpUrl: string | null;
  from: string;
}

export function mailConfigFromEnv(env: NodeJS.ProcessEnv = process.env): MailConfig {
  return {
    smtpUrl: env.SMTP_URL?.trim() || null,
    from: env.MAIL_FROM?.trim() || "Sekimori <sekimori@localhost>",
  };
}

/** The SMTP URL with its password masked, for logs and the administrator's screen. */
export function maskedSmtpUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "****";
    return u.toString();
  } catch {
    return "(invalid URL)";
  }
}
