import { formatDateJa, toIsoDate } from "../../common/calendar";

/**
 * Mail text. A mail is built ONLY from these templates, the module's label and the record's
 * link — never from a record's own text (names, titles, descriptions) — so a mail can never
 * carry the name or content of a 機密性2+ asset or of any record, whoever reads the mailbox.
 * The in-app message (shown to the recipient after signing in) is the module's own.
 */
export interface Bilingual {
  ja: string;
  en: string;
}

/** Module labels for subjects and digest groups (no raw codes in a mail). */
const MODULE_LABELS: Record<string, Bilingual> = {
  org: { ja: "組織・職員", en: "Organization" },
  assets: { ja: "情報資産台帳", en: "Asset register" },
  requests: { ja: "申請・承認", en: "Requests" },
  registers: { ja: "記録簿", en: "Registers" },
  incidents: { ja: "インシデント", en: "Incidents" },
  training: { ja: "研修・訓練", en: "Training" },
  documents: { ja: "文書", en: "Documents" },
  assurance: { ja: "自己点検・監査", en: "Self-inspection and audit" },
  suppliers: { ja: "委託・外部サービス", en: "Contractors and services" },
  accounts: { ja: "ID管理", en: "Accounts" },
  software: { ja: "ソフトウェア・脆弱性", en: "Software and vulnerabilities" },
  reports: { ja: "ダッシュボード・報告", en: "Reports" },
};

export function moduleLabel(module: string): Bilingual {
  return MODULE_LABELS[module] ?? { ja: "お知らせ", en: "Notices" };
}

/**
 * One line per kind (`module.kind`). A kind without an entry gets the module's generic line
 * (「申請・承認に新しいお知らせがあります」): a new kind is mailed safely before anyone writes its text.
 */
const KIND_TEXT: Record<string, Bilingual> = {
  "requests.approval_needed": { ja: "承認待ちの申請があります", en: "A request awaits your approval" },
  "requests.request_approved": { ja: "申請が承認されました", en: "Your request was approved" },
  "requests.request_rejected": { ja: "申請が却下されました", en: "Your request was rejected" },
  "requests.request_returned": { ja: "申請が差し戻されました", en: "Your request was returned to you" },
  "requests.override_reported": {
    ja: "やむを得ない承認（兼務）が報告されました",
    en: "An unavoidable approval (separation of duties) was reported",
  },
  "requests.return_overdue": {
    ja: "持ち出した情報資産の返却期限が過ぎています",
    en: "A carried-out asset is overdue for return",
  },
  "requests.return_overdue_escalated": {
    ja: "返却期限を過ぎた持ち出しがあります（上申）",
    en: "A carry-out is overdue for return (escalated)",
  },
  "requests.request_expired": { ja: "申請の有効期限が切れました", en: "A request has expired" },
  "requests.post_report_overdue": { ja: "事後報告の期限が過ぎています", en: "A post-report is overdue" },
  "requests.return_reported": { ja: "返却が報告されました", en: "A return was reported" },
  "requests.request_completed": { ja: "申請が完了しました", en: "A request was completed" },
  "requests.request_cancelled": { ja: "申請が取り下げられました", en: "A request was cancelled" },
  "requests.post_reported": { ja: "事後報告が提出されました", en: "A post-report was submitted" },
  "requests.emergency_taken": {
    ja: "緊急の例外措置が実施されました",
    en: "An emergency exception was taken",
  },
  "incidents.task": {
    ja: "インシデント対応のタスクが割り当てられました",
    en: "An incident task was assigned to you",
  },
  "incidents.escalation": { ja: "インシデントの報告を受けました", en: "An incident was escalated to you" },
  "incidents.escalation_deputy": {
    ja: "代行者としてインシデントの報告を受けました",
    en: "An incident was escalated to you as a deputy",
  },
  "incidents.deputy_acted": { ja: "代行者がインシデントに対応しました", en: "A deputy acted on an incident" },
  "incidents.deputy_post_report": {
    ja: "代行者の対応について事後報告があります",
    en: "A deputy's action on an incident was reported",
  },
  "incidents.violation": { ja: "違反が報告されました", en: "A violation was reported" },
};

/**
 * A module declares the mail line of its own kinds (at import time, beside the code that
 * notifies): fixed text only — the template is chosen by kind, never filled from a record.
 */
export function defineKindTexts(module: string, texts: Record<string, Bilingual>): void {
  for (const [kind, text] of Object.entries(texts)) {
    const key = `${module}.${kind}`;
    const known = KIND_TEXT[key];
    if (known && (known.ja !== text.ja || known.en !== text.en))
      throw new Error(`notify: the mail text of ${key} is defined twice, differently`);
    KIND_TEXT[key] = { ja: text.ja, en: text.en };
  }
}

export function kindText(module: string, kind: string): Bilingual {
  const known = KIND_TEXT[`${module}.${kind}`];
  if (known) return known;
  const m = moduleLabel(module);
  return { ja: `${m.ja}に新しいお知らせがあります`, en: `There is a new notice in ${m.en}` };
}

/** True when the kind has its own line (tests list the kinds modules use). */
export function hasKindText(module: string, kind: string): boolean {
  return `${module}.${kind}` in KIND_TEXT;
}

/** The base of links in mails: PUBLIC_URL (e.g. https://sekimori.example.lg.jp), no trailing slash. */
export function publicUrl(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.PUBLIC_URL?.trim() || `http://localhost:${env.PORT || 8080}`;
  return base.replace(/\/+$/, "");
}

const absolute = (link: string | null) => `${publicUrl()}${link ?? "/"}`;

const FOOTER =
  "このメールは Sekimori（関守）から自動で送信しています。記録の内容はメールに載せていません。\n" +
  "This mail was sent automatically by Sekimori. It does not carry the content of any record.";

export interface MailText {
  subject: string;
  body: string;
}

/** The mail of one notification. */
export function immediateMail(n: { module: string; kind: string; link: string | null }): MailText {
  const line = kindText(n.module, n.kind);
  const m = moduleLabel(n.module);
  const url = absolute(n.link);
  return {
    subject: `[Sekimori] ${line.ja} / ${line.en}`,
    body: [
      `【${m.ja}】${line.ja}。`,
      "内容は Sekimori にサインインして確認してください。",
      url,
      "",
      "----",
      `[${m.en}] ${line.en}.`,
      "Sign in to Sekimori to see it.",
      url,
      "",
      "--",
      FOOTER,
      "",
    ].join("\n"),
  };
}

/** One person's digest of the day: notifications grouped by module, oldest first. */
export function digestMail(
  day: Date,
  items: Array<{ module: string; kind: string; link: string | null }>,
): MailText {
  const groups = new Map<string, typeof items>();
  for (const it of items) groups.set(it.module, [...(groups.get(it.module) ?? []), it]);
  const ja: string[] = [`Sekimori のお知らせ ${formatDateJa(day)}：${items.length}件`, ""];
  const en: string[] = [`Notices from Sekimori, ${toIsoDate(day)}: ${items.length}`, ""];
  for (const [module, list] of groups) {
    const m = moduleLabel(module);
    ja.push(`■ ${m.ja}（${list.length}件）`);
    en.push(`■ ${m.en} (${list.length})`);
    for (const it of list) {
      const line = kindText(it.module, it.kind);
      ja.push(`・${line.ja}`, `  ${absolute(it.link)}`);
      en.push(`- ${line.en}`, `  ${absolute(it.link)}`);
    }
    ja.push("");
    en.push("");
  }
  return {
    subject: `[Sekimori] 本日のお知らせ（${items.length}件） / Today's notices (${items.length})`,
    body: [...ja, "----", ...en, "--", FOOTER, ""].join("\n"),
  };
}
