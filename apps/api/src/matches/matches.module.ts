import { Module } from '@nestjs/common';
import { CapabilitiesModule } from '../capabilities/capabilities.module';
import { NeedsModule } from '../needs/needs.module';
import { MatchInterestService } from './match-interest.service';
import { MatchReviewService } from './match-review.service';
import { MatchesResolver } from './matches.resolver';
import { MatchesService } from './matches.service';

@Module({
  imports: [NeedsModule, CapabilitiesModule],
  providers: [MatchesService, MatchReviewService, MatchInterestService, MatchesResolver],
  exports: [MatchesService],
})
export class MatchesModule {}
