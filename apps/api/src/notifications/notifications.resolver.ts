import { platformRights } from '../auth/policy';
import type { LiveNotification } from '@app/queue';
import {
  Args,
  ArgsType,
  Field,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { CurrentViewer, Roles } from '../auth/auth.decorators';
import type { Viewer } from '../auth/viewer';
import { pageComplexity } from '../graphql/complexity.plugin';
import { PaginationArgs } from '../graphql/pagination';
import { NotificationPreferencesInput } from './dto/notification-preferences.input';
import { LiveNotificationsService } from './live-notifications.service';
import { FailedEmailModel } from './models/failed-email.model';
import { NotificationPreferencesModel } from './models/notification-preferences.model';
import { NotificationConnection, NotificationModel } from './models/notification.model';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationsService } from './notifications.service';

@ArgsType()
class NotificationsArgs extends PaginationArgs {
  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean | null;
}

/** A list of ids, as notifications and failed e-mails take them. */
@ArgsType()
class IdsArgs {
  @Field(() => [ID])
  @ArrayMaxSize(500)
  @IsString({ each: true })
  ids: string[];
}

@ArgsType()
class FailedEmailsArgs {
  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(200)
  first: number;
}

interface SubscriptionContext {
  req: { viewer: Viewer };
}

@Resolver()
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly preferences: NotificationPreferencesService,
    private readonly live: LiveNotificationsService,
  ) {}

  @Query(() => NotificationConnection, {
    complexity: pageComplexity,
    description: 'Your notifications, newest first',
  })
  notifications(@Args() args: NotificationsArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.list(!!args.unreadOnly, args, viewer);
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentViewer() viewer: Viewer) {
    return this.service.unreadCount(viewer);
  }

  @Mutation(() => Int, { description: 'How many were newly marked read' })
  markNotificationsRead(@Args() { ids }: IdsArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.markRead(ids, viewer);
  }

  @Query(() => NotificationPreferencesModel)
  notificationPreferences(@CurrentViewer() viewer: Viewer) {
    return this.preferences.forViewer(viewer);
  }

  @Mutation(() => NotificationPreferencesModel)
  updateNotificationPreferences(
    @Args('input') input: NotificationPreferencesInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.preferences.update(input, viewer);
  }

  @Roles(...platformRights.administer)
  @Query(() => [FailedEmailModel], { description: 'Admins: e-mails that could not be delivered' })
  failedEmails(@Args() { first }: FailedEmailsArgs) {
    return this.service.failedEmails(first);
  }

  @Roles(...platformRights.administer)
  @Mutation(() => Int, {
    description: 'Admins: send failed e-mails again (all or none); how many were queued',
  })
  retryFailedEmails(@Args() { ids }: IdsArgs) {
    return this.service.retryFailedEmails(ids);
  }

  @Subscription(() => NotificationModel, {
    description:
      'Your notifications as they are stored, over graphql-ws; connect with connectionParams { authorization: "Bearer <accessToken>" }',
    filter: (event: LiveNotification, _args: unknown, context: SubscriptionContext) =>
      event.userId === context.req.viewer.id,
    resolve(
      this: NotificationsResolver,
      event: LiveNotification,
      _args: unknown,
      context: SubscriptionContext,
    ) {
      return this.service.byId(event.notificationId, context.req.viewer);
    },
  })
  notificationReceived() {
    return this.live.stream();
  }
}
