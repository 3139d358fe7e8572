import type { MatchNotificationEvent, MatchSide, PostingKind } from '@app/domain';
import { randomUUID } from 'node:crypto';

/** Queue names are a contract with jobs already in Redis: never rename one. */
export enum QueueName {
  Matching = 'matching',
  Notifications = 'notifications',
  /** Jobs that BullMQ job schedulers add on a timetable, not the outbox. */
  Schedules = 'schedules',
  /** Questions the api asks the worker's engine and waits for; nothing is stored. */
  Previews = 'previews',
  /** Long imports from outside sources, one at a time. */
  Imports = 'imports',
}

export enum PostingChange {
  PUBLISHED = 'PUBLISHED',
  UPDATED = 'UPDATED',
  PAUSED = 'PAUSED',
  CLOSED = 'CLOSED',
  EXPIRED = 'EXPIRED',
}

/** Payloads carry ids and versions only; processors reload state from PostgreSQL. */
export type MatchingJob =
  | { name: 'need-changed'; data: { needId: string; version: number; change: PostingChange } }
  | {
      name: 'capability-changed';
      data: { capabilityId: string; version: number; change: PostingChange };
    }
  /** A user asked for this pair: score and explain it, whatever the threshold. */
  | { name: 'match-requested'; data: { matchId: string } }
  /** A cluster changed its threshold or top-k: its members' needs are matched again. */
  | { name: 'cluster-settings-changed'; data: { clusterId: string; changedAt: string } }
  /** An organisation joined a cluster: its postings now fit that cluster's CLUSTER postings. */
  | { name: 'cluster-member-added'; data: { clusterId: string; organizationId: string } };

/** A deadline of a match: the status whose step it ends and when (ISO). */
export interface MatchStep {
  status: 'PROPOSED' | 'APPROVED';
  dueAt: string;
}

type MatchEventData = Extract<NotificationJob, { name: 'match-event' }>['data'];

/**
 * Which occurrence of a match's event a notice is about, beyond the event and the match: the
 * step a reminder or expiry ends, the meeting and its revision. The job's id and each stored
 * notification's idempotency key are made of it.
 */
export const occurrenceOf = ({ step, meeting }: MatchEventData): (string | undefined)[] => [
  step?.status,
  step?.dueAt,
  meeting?.id,
  meeting && `r${meeting.revision}`,
];

export type NotificationJob =
  | {
      name: 'match-event';
      /** Reminders and expiries name their step: a match can go through one step twice. */
      data: {
        event: MatchNotificationEvent;
        matchId: string;
        /** Which side acted, for events that concern only the other side. */
        side?: MatchSide;
        step?: MatchStep;
        /** Meetings' notices name the meeting and its revision: each change is told once. */
        meeting?: { id: string; revision: number };
      };
    }
  /**
   * Proposals the engine made in one pass, for the coordinators to review; those withdrawn by
   * the time it runs are left out. `batchId` names the pass.
   */
  | { name: 'matches-proposed'; data: { matchIds: string[]; batchId: string } }
  | {
      name: 'posting-expiring';
      data: { kind: PostingKind; postingId: string; expiresAt: string };
    }
  /** The e-mail of one stored notification; `retryOf` names the failure an admin retries. */
  | { name: 'send-email'; data: { notificationId: string; retryOf?: string } }
  /** The instant e-mails of notifications stored together; `batchId` names the batch. */
  | { name: 'send-emails'; data: { notificationIds: string[]; batchId: string } }
  /** One digest e-mail gathering several notifications. */
  | { name: 'send-digest'; data: { digestId: string; retryOf?: string } }
  /** An e-mail about the account: verify the address, reset the password, account exists. */
  | { name: 'send-account-email'; data: { accountEmailId: string; retryOf?: string } }
  /** Builds the archive a person asked for of their data, then e-mails its link. */
  | { name: 'prepare-data-export'; data: { exportId: string } };

/** `asOf` (ISO) stands in for the current time, so tests and operators can run a day ahead. */
export type ScheduledJob =
  | { name: 'sweep-deadlines'; data: { asOf?: string } }
  | { name: 'send-digests'; data: { asOf?: string } }
  | { name: 'prune-outbox'; data: { asOf?: string } }
  /** Idempotency keys past the day they answer retries for. */
  | { name: 'prune-idempotency-keys'; data: { asOf?: string } }
  /** Personal data past the operator's retention periods deleted or anonymised. */
  | { name: 'apply-retention'; data: { asOf?: string } }
  /** Every published need matched again, so stored scores follow the corpus as it grows. */
  | { name: 'rescore-matches'; data: { asOf?: string } };

/** The queues the outbox feeds: previews are asked and answered while someone waits. */
export const outboxQueues = Object.values(QueueName).filter((name) => name !== QueueName.Previews);

/** An institution's works drafted into its researchers' capability drafts. */
export type ImportJob = { name: 'import-institution'; data: { importId: string } };

export function importJob(job: ImportJob): QueuedJob<QueueName.Imports> {
  return { queue: QueueName.Imports, job, jobId: jobIdOf(job.name, job.data.importId) };
}

/** What a draft capability would match if it were published now. */
export type PreviewJob = { name: 'preview-capability'; data: { capabilityId: string } };

export interface PreviewedMatch {
  needId: string;
  score: number;
  matchedTerms: string[];
  reasonForResearcher: { pl: string; en: string };
}

export type JobOf<Q extends QueueName> = {
  [QueueName.Matching]: MatchingJob;
  [QueueName.Notifications]: NotificationJob;
  [QueueName.Schedules]: ScheduledJob;
  [QueueName.Previews]: PreviewJob;
  [QueueName.Imports]: ImportJob;
}[Q];

export interface QueuedJob<Q extends QueueName = QueueName> {
  queue: Q;
  job: JobOf<Q>;
  /** Deterministic, so the same change relayed twice is one job. */
  jobId: string;
  /** Relayed only after this long: the event must still hold by then to be acted on. */
  delayMs?: number;
}

/** `name.part.part…`; BullMQ job ids may not contain ':', so ISO times are written with '-'. */
const jobIdOf = (name: string, ...parts: (string | undefined)[]) =>
  [name, ...parts].filter(Boolean).join('.').replaceAll(':', '-');

export function matchingJob(job: MatchingJob): QueuedJob<QueueName.Matching> {
  const queued = (...parts: (string | undefined)[]) => ({
    queue: QueueName.Matching as const,
    job,
    jobId: jobIdOf(job.name, ...parts),
  });
  switch (job.name) {
    case 'need-changed':
      return queued(job.data.needId, `v${job.data.version}`);
    case 'capability-changed':
      return queued(job.data.capabilityId, `v${job.data.version}`);
    case 'match-requested':
      return queued(job.data.matchId);
    case 'cluster-settings-changed':
      return queued(job.data.clusterId, job.data.changedAt);
    case 'cluster-member-added':
      return queued(job.data.clusterId, job.data.organizationId);
  }
}

/** At most this many e-mails per job, so one job stays well inside its lock. */
const emailsPerJob = 50;

/**
 * The jobs that send the instant e-mails of these notifications: one per batch rather than one
 * per e-mail, as a matching pass stores dozens at once and each job costs a round of Redis.
 */
export function emailJobs(notificationIds: string[]): QueuedJob<QueueName.Notifications>[] {
  const jobs: QueuedJob<QueueName.Notifications>[] = [];
  for (let i = 0; i < notificationIds.length; i += emailsPerJob) {
    jobs.push(
      notificationJob({
        name: 'send-emails',
        data: {
          notificationIds: notificationIds.slice(i, i + emailsPerJob),
          batchId: randomUUID(),
        },
      }),
    );
  }
  return jobs;
}

export function notificationJob(job: NotificationJob): QueuedJob<QueueName.Notifications> {
  const queued = (...parts: (string | undefined)[]) => ({
    queue: QueueName.Notifications as const,
    job,
    jobId: jobIdOf(job.name, ...parts),
  });
  switch (job.name) {
    case 'send-email':
      return queued(job.data.notificationId, job.data.retryOf);
    case 'send-emails':
      return queued(job.data.batchId);
    case 'send-digest':
      return queued(job.data.digestId, job.data.retryOf);
    case 'send-account-email':
      return queued(job.data.accountEmailId, job.data.retryOf);
    case 'prepare-data-export':
      return queued(job.data.exportId);
    case 'matches-proposed':
      return queued(job.data.batchId);
    case 'posting-expiring':
      return queued(job.data.kind, job.data.postingId, job.data.expiresAt);
    case 'match-event': {
      const { event, matchId, side } = job.data;
      return queued(event, matchId, side, ...occurrenceOf(job.data));
    }
  }
}
