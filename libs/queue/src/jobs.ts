/** Queue names are a contract with jobs already in Redis: never rename one. */
export enum QueueName {
  Matching = 'matching',
  Notifications = 'notifications',
}

export enum PostingChange {
  PUBLISHED = 'PUBLISHED',
  UPDATED = 'UPDATED',
  PAUSED = 'PAUSED',
  CLOSED = 'CLOSED',
}

/** Payloads carry ids and versions only; processors reload state from PostgreSQL. */
export type MatchingJob =
  | { name: 'need-changed'; data: { needId: string; version: number; change: PostingChange } }
  | {
      name: 'capability-changed';
      data: { capabilityId: string; version: number; change: PostingChange };
    }
  /** A user asked for this pair: score and explain it, whatever the threshold. */
  | { name: 'match-requested'; data: { matchId: string } };

/** Which side of a match acted, for events that concern only the other side. */
export type MatchSideName = 'firm' | 'researcher';

export type NotificationJob =
  | {
      name: 'match-event';
      data: {
        event: 'MATCH_TO_REVIEW' | 'MATCH_APPROVED' | 'OTHER_SIDE_INTERESTED' | 'INTRODUCED';
        matchId: string;
        side?: MatchSideName;
      };
    }
  /** The e-mail of one stored notification. */
  | { name: 'send-email'; data: { notificationId: string } };

export type JobOf<Q extends QueueName> = {
  [QueueName.Matching]: MatchingJob;
  [QueueName.Notifications]: NotificationJob;
}[Q];

export interface QueuedJob<Q extends QueueName = QueueName> {
  queue: Q;
  job: JobOf<Q>;
  /** Deterministic, so the same change relayed twice is one job. */
  jobId: string;
}

export function matchingJob(job: MatchingJob): QueuedJob<QueueName.Matching> {
  switch (job.name) {
    case 'need-changed':
      return {
        queue: QueueName.Matching,
        job,
        jobId: `${job.name}.${job.data.needId}.v${job.data.version}`,
      };
    case 'capability-changed':
      return {
        queue: QueueName.Matching,
        job,
        jobId: `${job.name}.${job.data.capabilityId}.v${job.data.version}`,
      };
    case 'match-requested':
      return { queue: QueueName.Matching, job, jobId: `${job.name}.${job.data.matchId}` };
  }
}

export function notificationJob(job: NotificationJob): QueuedJob<QueueName.Notifications> {
  if (job.name === 'send-email') {
    return { queue: QueueName.Notifications, job, jobId: `${job.name}.${job.data.notificationId}` };
  }
  const { event, matchId, side } = job.data;
  return {
    queue: QueueName.Notifications,
    job,
    jobId: [job.name, event, matchId, side].filter(Boolean).join('.'),
  };
}
