import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { DataExportsResolver } from './data-exports.resolver';
import { DataExportsService } from './data-exports.service';

@Module({
  imports: [AuthModule],
  providers: [DataExportsService, DataExportsResolver],
})
export class DataExportsModule {}
