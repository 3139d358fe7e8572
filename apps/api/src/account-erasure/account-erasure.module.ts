import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { AccountErasureResolver } from './account-erasure.resolver';
import { AccountErasureService } from './account-erasure.service';
import { OrganizationErasureService } from './organization-erasure.service';

@Module({
  imports: [AuthModule],
  providers: [AccountErasureService, OrganizationErasureService, AccountErasureResolver],
})
export class AccountErasureModule {}
