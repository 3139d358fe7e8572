import { ConfigModule, ENV, type Env } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { HealthModule, structuredLogger } from '@app/observability';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MatchingModule } from './matching/matching.module';
import { OutboxRelayService } from './outbox/outbox-relay.service';

@Module({
  imports: [
    ConfigModule,
    structuredLogger('worker'),
    TypeOrmModule.forRootAsync({
      inject: [ENV],
      useFactory: (env: Env) => dataSourceOptions(env.DATABASE_URL),
    }),
    HealthModule,
    MatchingModule,
  ],
  providers: [OutboxRelayService],
})
export class WorkerModule {}
