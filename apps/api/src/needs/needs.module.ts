import { Module } from '@nestjs/common';
import { NeedsResolver } from './needs.resolver';
import { NeedsService } from './needs.service';

@Module({ providers: [NeedsService, NeedsResolver], exports: [NeedsService] })
export class NeedsModule {}
