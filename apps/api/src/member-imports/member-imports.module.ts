import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MemberImportsResolver } from './member-imports.resolver';
import { MemberImportsService } from './member-imports.service';
import { UploadsController } from './uploads.controller';
import { UploadsService } from './uploads.service';

@Module({
  imports: [AuthModule],
  controllers: [UploadsController],
  providers: [UploadsService, MemberImportsService, MemberImportsResolver],
  exports: [UploadsService],
})
export class MemberImportsModule {}
