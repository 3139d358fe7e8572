import { QueueName, registeredQueue } from '@app/queue';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { ImportsProcessor } from '../processors/imports.processor';
import { InstitutionImportService } from './institution-import.service';

@Module({
  imports: [BullModule.registerQueue(registeredQueue(QueueName.Imports))],
  providers: [InstitutionImportService, ImportsProcessor],
})
export class ImportsModule {}
