// The job queue: enqueue in a transaction, register handlers, run a worker.
import "./builtin";

export { nextDailyAt, type PeriodicJob, registerPeriodicJob, schedulePeriodicJobs } from "./periodic";
export {
  backoffSeconds,
  enqueue,
  type Job,
  type JobContext,
  type JobHandler,
  jobCounts,
  registerJobHandler,
} from "./queue";
export { createWorker, type Worker, type WorkerOptions } from "./worker";
