import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CapabilitiesModule } from '../capabilities/capabilities.module';
import { MemberImportsModule } from '../member-imports/member-imports.module';
import { NeedsModule } from '../needs/needs.module';
import { EnginePreviews } from './engine-previews';
import { MatchPreviewService } from './match-preview.service';
import { CapabilityImportService } from './capability-import.service';
import { CapabilityImportsResolver } from './capability-imports.resolver';

@Module({
  imports: [AuthModule, CapabilitiesModule, MemberImportsModule, NeedsModule],
  providers: [
    CapabilityImportService,
    EnginePreviews,
    MatchPreviewService,
    CapabilityImportsResolver,
  ],
})
export class CapabilityImportsModule {}
