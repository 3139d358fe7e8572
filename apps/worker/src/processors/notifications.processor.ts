import { type NotificationJob, QueueName, queueSettings } from '@app/queue';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type Job, UnrecoverableError } from 'bullmq';
import { NotificationsService } from '../notifications/notifications.service';

const settings = queueSettings[QueueName.Notifications];

@Processor(QueueName.Notifications, {
  concurrency: settings.concurrency,
  lockDuration: settings.lockDurationMs,
})
export class NotificationsProcessor extends WorkerHost {
  constructor(private readonly notifications: NotificationsService) {
    super();
  }

  process(job: Job): Promise<{ notified: number }> {
    const { name, data } = job as unknown as NotificationJob;
    switch (name) {
      case 'match-event':
        return this.notifications.deliver(data);
      default:
        throw new UnrecoverableError(`No handler for notification job "${(job as Job).name}"`);
    }
  }
}
