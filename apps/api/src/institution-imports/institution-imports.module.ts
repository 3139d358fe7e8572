import { Module } from '@nestjs/common';
import { CapabilitiesModule } from '../capabilities/capabilities.module';
import { MemberImportsModule } from '../member-imports/member-imports.module';
import { InstitutionImportsResolver } from './institution-imports.resolver';
import { InstitutionImportsService } from './institution-imports.service';
import { ResearchDraftsService } from './research-drafts.service';

@Module({
  imports: [CapabilitiesModule, MemberImportsModule],
  providers: [InstitutionImportsService, ResearchDraftsService, InstitutionImportsResolver],
})
export class InstitutionImportsModule {}
