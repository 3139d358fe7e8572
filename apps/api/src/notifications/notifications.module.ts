import { Module } from '@nestjs/common';
import { LiveNotificationsService } from './live-notifications.service';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

@Module({
  providers: [
    NotificationsService,
    NotificationPreferencesService,
    LiveNotificationsService,
    NotificationsResolver,
  ],
})
export class NotificationsModule {}
