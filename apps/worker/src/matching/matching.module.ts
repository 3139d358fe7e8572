import { ENV, type Env } from '@app/config';
import { QueueName, redisConnection } from '@app/queue';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { MatchingProcessor } from '../processors/matching.processor';
import { EngineStateService } from './engine-state.service';
import { MatchWriter } from './match-writer';
import { MatchingService } from './matching.service';
import { PostingLoader } from './posting-loader';

@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [ENV],
      useFactory: (env: Env) => ({
        connection: redisConnection(env.REDIS_URL),
        prefix: env.QUEUE_PREFIX,
      }),
    }),
    BullModule.registerQueue({ name: QueueName.Matching }),
  ],
  providers: [PostingLoader, EngineStateService, MatchWriter, MatchingService, MatchingProcessor],
})
export class MatchingModule {}
