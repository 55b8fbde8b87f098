/**
 * Progress of running imports, kept in memory by the process that runs them (an import runs
 * in the process that received the upload). Finished jobs are forgotten after an hour.
 */
import { randomUUID } from "node:crypto";

export interface ImportProgress {
  phase: "uploading" | "reading" | "writing" | "done" | "failed";
  /** Data rows read so far. */
  processed: number;
  /** Data rows in the file: an estimate from the bytes read until the end, then exact. */
  total: number | null;
  bytesRead: number;
  bytesTotal: number;
  /** 0–100. */
  percent: number;
}

export interface ImportJob {
  id: string;
  ownerUserId: string | null;
  progress: ImportProgress;
  result: unknown | null;
  error: { code: string; message_ja: string; message_en: string } | null;
  startedAt: Date;
  finishedAt: Date | null;
}

const jobs = new Map<string, ImportJob>();
const KEEP_MS = 60 * 60 * 1000;

function sweep(now: number) {
  for (const [id, job] of jobs)
    if (job.finishedAt && now - job.finishedAt.getTime() > KEEP_MS) jobs.delete(id);
}

export function createImportJob(
  ownerUserId: string | null,
  bytesTotal: number,
  id: string = randomUUID(),
): ImportJob {
  sweep(Date.now());
  const job: ImportJob = {
    id,
    ownerUserId,
    progress: { phase: "reading", processed: 0, total: null, bytesRead: 0, bytesTotal, percent: 0 },
    result: null,
    error: null,
    startedAt: new Date(),
    finishedAt: null,
  };
  jobs.set(id, job);
  return job;
}

export function getImportJob(id: string): ImportJob | undefined {
  return jobs.get(id);
}

export function updateProgress(job: ImportJob, p: Partial<ImportProgress>) {
  Object.assign(job.progress, p);
  const { bytesRead, bytesTotal, processed } = job.progress;
  if (job.progress.phase !== "done" && bytesTotal > 0 && bytesRead > 0) {
    const fraction = Math.min(1, bytesRead / bytesTotal);
    job.progress.percent = Math.min(99, Math.floor(fraction * 100));
    if (processed > 0)
      job.progress.total = Math.max(processed, Math.round(processed / Math.max(fraction, 0.001)));
  }
}

export function finishJob(job: ImportJob, result: unknown) {
  job.result = result;
  job.progress.phase = "done";
  job.progress.percent = 100;
  job.progress.total = job.progress.processed;
  job.finishedAt = new Date();
}

export function failJob(job: ImportJob, error: { code: string; message_ja: string; message_en: string }) {
  job.error = error;
  job.progress.phase = "failed";
  job.finishedAt = new Date();
}
