import { Module } from '@nestjs/common';
import { NotificationsProcessor } from '../processors/notifications.processor';
import { NotificationsService } from './notifications.service';

@Module({ providers: [NotificationsService, NotificationsProcessor] })
export class NotificationsModule {}
