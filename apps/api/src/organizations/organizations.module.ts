import { RegistryLookupService } from './registry-lookup.service';
import { Module } from '@nestjs/common';
import { OrganizationsResolver } from './organizations.resolver';
import { OrganizationsService } from './organizations.service';

@Module({
  providers: [OrganizationsService, RegistryLookupService, OrganizationsResolver],
  exports: [OrganizationsService],
})
export class OrganizationsModule {}
