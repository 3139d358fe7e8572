import { Module } from '@nestjs/common';
import { NotificationsProcessor } from '../processors/notifications.processor';
import { DataExportsService } from '../data-exports/data-exports.service';
import { EmailSenderService } from './email-sender.service';
import { LivePublisherService } from './live-publisher.service';
import { MatchingBacklogService } from './matching-backlog.service';
import { NotificationsService } from './notifications.service';

@Module({
  providers: [
    MatchingBacklogService,
    NotificationsService,
    EmailSenderService,
    LivePublisherService,
    DataExportsService,
    NotificationsProcessor,
  ],
})
export class NotificationsModule {}
