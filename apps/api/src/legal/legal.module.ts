import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { LegalResolver } from './legal.resolver';
import { LegalService } from './legal.service';
import { LegalTexts } from './legal-texts';

@Module({
  imports: [UsersModule],
  providers: [LegalTexts, LegalService, LegalResolver],
  exports: [LegalTexts, LegalService],
})
export class LegalModule {}
