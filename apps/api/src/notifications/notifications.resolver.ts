import { Args, ArgsType, Field, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsOptional, IsString } from 'class-validator';
import { CurrentViewer } from '../auth/auth.decorators';
import type { Viewer } from '../auth/viewer';
import { pageComplexity } from '../graphql/complexity.plugin';
import { PaginationArgs } from '../graphql/pagination';
import { NotificationConnection } from './models/notification.model';
import { NotificationsService } from './notifications.service';

@ArgsType()
class NotificationsArgs extends PaginationArgs {
  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean | null;
}

@ArgsType()
class MarkReadArgs {
  @Field(() => [ID])
  @ArrayMaxSize(500)
  @IsString({ each: true })
  ids: string[];
}

@Resolver()
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

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
  markNotificationsRead(@Args() { ids }: MarkReadArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.markRead(ids, viewer);
  }
}
