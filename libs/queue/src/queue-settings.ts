import { QueueName } from './jobs';

export interface QueueSettings {
  concurrency: number;
  attempts: number;
  backoffDelayMs: number;
  lockDurationMs: number;
  /** How often a worker looks for jobs whose worker died (lock expired) to run them again. */
  stalledIntervalMs: number;
  /** Completed jobs are kept this long so a re-relayed job id is still recognised as done. */
  keepCompletedSeconds: number;
  keepFailedSeconds: number;
}

const day = 24 * 3600;

/** One row per queue; the compiler refuses a queue without settings. */
export const queueSettings: Record<QueueName, QueueSettings> = {
  [QueueName.Matching]: {
    concurrency: 4,
    attempts: 8,
    backoffDelayMs: 1000,
    lockDurationMs: 60_000,
    stalledIntervalMs: 30_000,
    keepCompletedSeconds: 7 * day,
    keepFailedSeconds: 30 * day,
  },
  [QueueName.Notifications]: {
    concurrency: 8,
    attempts: 10,
    backoffDelayMs: 2000,
    // Short: a notification job takes a second, and a crashed worker's e-mails should not wait.
    lockDurationMs: 15_000,
    stalledIntervalMs: 10_000,
    keepCompletedSeconds: 7 * day,
    keepFailedSeconds: 30 * day,
  },
  // One at a time: each run sweeps everything due, so parallel runs would only contend.
  [QueueName.Schedules]: {
    concurrency: 1,
    attempts: 3,
    backoffDelayMs: 10_000,
    lockDurationMs: 120_000,
    stalledIntervalMs: 30_000,
    keepCompletedSeconds: day,
    keepFailedSeconds: 30 * day,
  },
  // Someone waits on each: one attempt, and nothing kept past the answer being read.
  [QueueName.Previews]: {
    concurrency: 2,
    attempts: 1,
    backoffDelayMs: 0,
    lockDurationMs: 15_000,
    stalledIntervalMs: 15_000,
    keepCompletedSeconds: 60,
    keepFailedSeconds: 60,
  },
  // An institution takes minutes: one at a time, its lock renewed while it runs.
  [QueueName.Imports]: {
    concurrency: 1,
    attempts: 3,
    backoffDelayMs: 30_000,
    lockDurationMs: 120_000,
    stalledIntervalMs: 60_000,
    keepCompletedSeconds: 7 * day,
    keepFailedSeconds: 30 * day,
  },
};
