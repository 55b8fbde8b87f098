/** Mail settings from the environment (README: SMTP_URL, MAIL_FROM, PUBLIC_URL). */
export interface MailConfig {
  /** `smtp://user:password@host:587`; unset = mail stays in the outbox (送信メール). */
  smtpUrl: string | null;
  from: string;
}

/** Throws on an SMTP_URL that is not `smtp://…` or `smtps://…` (a typo must stop the start). */
export function mailConfigFromEnv(env: NodeJS.ProcessEnv = process.env): MailConfig {
  const smtpUrl = env.SMTP_URL?.trim() || null;
  if (smtpUrl !== null) {
    let ok = false;
    try {
      const u = new URL(smtpUrl);
      ok = (u.protocol === "smtp:" || u.protocol === "smtps:") && u.hostname.length > 0;
    } catch {
      ok = false;
    }
    if (!ok) throw new Error("SMTP_URL must look like smtp://[user:password@]host[:port] or smtps://…");
  }
  return {
    smtpUrl,
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
