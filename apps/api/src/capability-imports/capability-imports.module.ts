import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CapabilitiesModule } from '../capabilities/capabilities.module';
import { MemberImportsModule } from '../member-imports/member-imports.module';
import { CapabilityImportService } from './capability-import.service';
import { CapabilityImportsResolver } from './capability-imports.resolver';

@Module({
  imports: [AuthModule, CapabilitiesModule, MemberImportsModule],
  providers: [CapabilityImportService, CapabilityImportsResolver],
})
export class CapabilityImportsModule {}
