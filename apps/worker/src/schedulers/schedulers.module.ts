import { QueueName, registeredQueue } from '@app/queue';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { MatchingModule } from '../matching/matching.module';
import { SchedulesProcessor } from '../processors/schedules.processor';
import { DeadlinesService } from './deadlines.service';
import { DigestsService } from './digests.service';
import { HousekeepingService } from './housekeeping.service';
import { JobSchedulersService } from './job-schedulers.service';
import { RetentionService } from './retention.service';

@Module({
  imports: [BullModule.registerQueue(registeredQueue(QueueName.Schedules)), MatchingModule],
  providers: [
    DeadlinesService,
    DigestsService,
    HousekeepingService,
    JobSchedulersService,
    RetentionService,
    SchedulesProcessor,
  ],
})
export class SchedulersModule {}
