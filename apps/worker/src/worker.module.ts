import { ConfigModule, ENV, type Env } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { HealthModule, structuredLogger } from '@app/observability';
import { QueueName, redisConnection, registeredQueue } from '@app/queue';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ImportsModule } from './imports/imports.module';
import { MatchingModule } from './matching/matching.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OutboxRelayService } from './outbox/outbox-relay.service';
import { RedisOutagesService } from './redis-outages.service';
import { SchedulersModule } from './schedulers/schedulers.module';

@Module({
  imports: [
    ConfigModule,
    structuredLogger('worker'),
    TypeOrmModule.forRootAsync({
      inject: [ENV],
      useFactory: (env: Env) => dataSourceOptions(env.DATABASE_URL),
    }),
    HealthModule,
    BullModule.forRootAsync({
      inject: [ENV],
      useFactory: (env: Env) => ({
        connection: redisConnection(env.REDIS_URL),
        prefix: env.QUEUE_PREFIX,
      }),
    }),
    // Registering the queues also brings in the explorer that starts the @Processor workers.
    BullModule.registerQueue(
      registeredQueue(QueueName.Matching),
      registeredQueue(QueueName.Notifications),
      registeredQueue(QueueName.Previews),
    ),
    MatchingModule,
    NotificationsModule,
    SchedulersModule,
    ImportsModule,
  ],
  providers: [OutboxRelayService, RedisOutagesService],
})
export class WorkerModule {}
