import { QueueName, queueSettings } from '@app/queue';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { DelayedError, type Job } from 'bullmq';
import { DataExportsService } from '../data-exports/data-exports.service';
import { EmailSenderService } from '../notifications/email-sender.service';
import { MatchingBacklogService } from '../notifications/matching-backlog.service';
import { NotificationsService } from '../notifications/notifications.service';
import { type JobHandlers, runJob } from './job-handlers';

/** How long a proposal's notice waits before it looks again at a pipeline that is behind. */
const backlogRecheckMs = 1000;

const settings = queueSettings[QueueName.Notifications];

/** Stores notifications and sends their e-mails; SMTP failures are retried with backoff. */
@Processor(QueueName.Notifications, {
  concurrency: settings.concurrency,
  lockDuration: settings.lockDurationMs,
  stalledInterval: settings.stalledIntervalMs,
})
export class NotificationsProcessor extends WorkerHost {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly email: EmailSenderService,
    private readonly backlog: MatchingBacklogService,
    private readonly dataExports: DataExportsService,
  ) {
    super();
  }

  private readonly handlers: JobHandlers<QueueName.Notifications> = {
    'match-event': (data) => this.notifications.matchEvent(data),
    'matches-proposed': async (data, job, token) => {
      // Announced once the engine has seen every change made before the window ended.
      if (await this.backlog.pendingBefore(job.timestamp)) {
        await job.moveToDelayed(Date.now() + backlogRecheckMs, token);
        throw new DelayedError();
      }
      return this.notifications.matchesProposed(data);
    },
    'posting-expiring': (data) => this.notifications.postingExpiring(data),
    'send-email': (data, job) => this.email.send(data.notificationId, isLastAttempt(job)),
    'send-emails': (data, job) => this.email.sendBatch(data.notificationIds, isLastAttempt(job)),
    'send-digest': (data, job) => this.email.sendDigest(data.digestId, isLastAttempt(job)),
    'send-account-email': (data, job) =>
      this.email.sendAccountEmail(data.accountEmailId, isLastAttempt(job)),
    'prepare-data-export': (data) => this.dataExports.prepare(data.exportId),
  };

  process(job: Job, token?: string): Promise<unknown> {
    return runJob(QueueName.Notifications, this.handlers, job, token);
  }
}

const isLastAttempt = (job: Job) => job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
