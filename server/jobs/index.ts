// The job queue: job definitions in one registry (server/job-registry.ts), enqueue in a
// transaction, a worker that runs what the registry defines.
export { DATABASE_ANALYZE_JOB, SESSIONS_PURGE_JOB } from "./builtin";
export {
  defineJob,
  definePeriodicJob,
  enqueueJob,
  type JobDefinition,
  JobPayloadError,
  type JobRegistry,
  jobRegistry,
  schedulePeriodicJobs,
} from "./define";
export { nextDailyAt } from "./periodic";
export {
  backoffSeconds,
  enqueue,
  type Job,
  type JobContext,
  jobCounts,
  type PrepareContext,
  queuedJobPayloads,
} from "./queue";
export { createWorker, type Worker, type WorkerOptions } from "./worker";
