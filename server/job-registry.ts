/**
 * Every kind of background job the application runs, in one list: the worker runs these and
 * nothing else (a job of a kind not listed here fails at once, as does a payload its schema
 * refuses). A module declares its jobs with defineJob beside the command they run.
 */
import { DATABASE_ANALYZE_JOB, jobRegistry, SESSIONS_PURGE_JOB } from "./jobs";
import { accountsDailyJob } from "./modules/accounts/commands/review-jobs";
import { assetStatusJob } from "./modules/assets/commands/status-job";
import { assuranceReminderJob } from "./modules/assurance/commands/reminders";
import { escalateJob } from "./modules/incidents/commands/escalation";
import { separationsDueJob } from "./modules/org/commands/separation-job";
import { directorySyncJob } from "./modules/org/directory-sync/job";
import { registerAppendJob } from "./modules/registers/commands/append";
import { requestJobs } from "./modules/requests/commands/jobs";
import { softwareDigestJob } from "./modules/software/commands/digest";
import { softwareEosWarnJob } from "./modules/software/commands/eos-warn";
import { softwareEscalateJob } from "./modules/software/commands/escalate";
import { advisoryFetchJob, advisoryFetchRetryJob } from "./modules/software/commands/fetch-feeds";
import { trainingDailyJob } from "./modules/training/commands/jobs";
import { trainingTallyJob } from "./modules/training/commands/tally-job";
import { NOTIFY_DIGEST_JOB } from "./notify";

export const JOB_REGISTRY = jobRegistry([
  SESSIONS_PURGE_JOB,
  DATABASE_ANALYZE_JOB,
  NOTIFY_DIGEST_JOB,
  accountsDailyJob,
  assetStatusJob,
  assuranceReminderJob,
  escalateJob,
  directorySyncJob,
  separationsDueJob,
  registerAppendJob,
  ...requestJobs,
  softwareDigestJob,
  softwareEscalateJob,
  softwareEosWarnJob,
  // Scheduled only where SEKIMORI_ADVISORY_FEEDS names feeds (the optional fetch, #19 item 3).
  advisoryFetchJob,
  advisoryFetchRetryJob,
  trainingDailyJob,
  trainingTallyJob,
]);
