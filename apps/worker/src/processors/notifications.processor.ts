import { type NotificationJob, QueueName, queueSettings } from '@app/queue';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type Job, UnrecoverableError } from 'bullmq';
import {
  type BatchOutcome,
  EmailSenderService,
  type EmailOutcome,
} from '../notifications/email-sender.service';
import { NotificationsService } from '../notifications/notifications.service';

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
  ) {
    super();
  }

  process(job: Job): Promise<{ notified: number } | EmailOutcome | BatchOutcome> {
    const { name, data } = job as unknown as NotificationJob;
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    switch (name) {
      case 'match-event':
        return this.notifications.matchEvent(data);
      case 'matches-proposed':
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
