import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { AccountErasureResolver } from './account-erasure.resolver';
import { AccountErasureService } from './account-erasure.service';

@Module({
  imports: [AuthModule],
  providers: [AccountErasureService, AccountErasureResolver],
})
export class AccountErasureModule {}
