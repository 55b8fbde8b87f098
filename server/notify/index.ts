// The one notification service of every module: in-app rows and e-mail (outbox, digest).

export { type MailConfig, mailConfigFromEnv } from "./config";
export { buildDigests } from "./digest";
export {
  listNotifications,
  markNotificationRead,
  type NotificationRow,
  unreadCountSql,
  unreadCounts,
} from "./inbox";
export { DIGEST_HOUR_JST, NOTIFY_DIGEST_JOB } from "./jobs";
export { createMailDispatcher, type MailDispatcher, type MailDispatcherOptions } from "./mailer";
export { type NotifyInput, type NotifyResult, notify } from "./notify";
export { mailModeOf, setMailMode } from "./preferences";
export { type Bilingual, defineKindTexts, publicUrl } from "./templates";
