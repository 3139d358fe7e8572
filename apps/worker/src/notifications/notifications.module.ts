import { Module } from '@nestjs/common';
import { NotificationsProcessor } from '../processors/notifications.processor';
import { EmailSenderService } from './email-sender.service';
import { NotificationsService } from './notifications.service';

@Module({ providers: [NotificationsService, EmailSenderService, NotificationsProcessor] })
export class NotificationsModule {}
