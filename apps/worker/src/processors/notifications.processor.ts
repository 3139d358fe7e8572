import { type NotificationJob, QueueName, queueSettings } from '@app/queue';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { DelayedError, type Job, UnrecoverableError } from 'bullmq';
import {
  type BatchOutcome,
  EmailSenderService,
  type EmailOutcome,
} from '../notifications/email-sender.service';
import { MatchingBacklogService } from '../notifications/matching-backlog.service';
import { NotificationsService } from '../notifications/notifications.service';

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
  ) {
    super();
  }

  async process(
    job: Job,
    token?: string,
  ): Promise<{ notified: number } | EmailOutcome | BatchOutcome> {
    const { name, data } = job as unknown as NotificationJob;
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    switch (name) {
      case 'match-event':
        return this.notifications.matchEvent(data);
      case 'matches-proposed':
        // Announced once the engine has seen every change made before the window ended.
        if (await this.backlog.pendingBefore(job.timestamp)) {
          await job.moveToDelayed(Date.now() + backlogRecheckMs, token);
          throw new DelayedError();
        }
        return this.notifications.matchesProposed(data);
      case 'posting-expiring':
        return this.notifications.postingExpiring(data);
      case 'send-email':
        return this.email.send(data.notificationId, lastAttempt);
      case 'send-emails':
        return this.email.sendBatch(data.notificationIds, lastAttempt);
      case 'send-digest':
        return this.email.sendDigest(data.digestId, lastAttempt);
      case 'send-account-email':
        return this.email.sendAccountEmail(data.accountEmailId, lastAttempt);
      default:
        throw new UnrecoverableError(`No handler for notification job "${(job as Job).name}"`);
    }
  }
}
