import { Module } from '@nestjs/common';
import { NotificationsProcessor } from '../processors/notifications.processor';
import { EmailSenderService } from './email-sender.service';
import { LivePublisherService } from './live-publisher.service';
import { NotificationsService } from './notifications.service';

@Module({
  providers: [
    NotificationsService,
    EmailSenderService,
    LivePublisherService,
    NotificationsProcessor,
  ],
})
export class NotificationsModule {}
