import { Module } from '@nestjs/common';
import { CapabilitiesResolver } from './capabilities.resolver';
import { CapabilitiesService } from './capabilities.service';

@Module({ providers: [CapabilitiesService, CapabilitiesResolver], exports: [CapabilitiesService] })
export class CapabilitiesModule {}
