import { Module } from '@nestjs/common';
import { MatchingProcessor } from '../processors/matching.processor';
import { PreviewsProcessor } from '../processors/previews.processor';
import { MatchPreviewService } from './match-preview.service';
import { EngineSnapshots } from './engine-snapshots';
import { EngineStateService } from './engine-state.service';
import { MatchReads } from './match-reads';
import { MatchWriter } from './match-writer';
import { MatchingService } from './matching.service';
import { PostingLoader } from './posting-loader';

@Module({
  providers: [
    PostingLoader,
    EngineSnapshots,
    EngineStateService,
    MatchReads,
    MatchWriter,
    MatchingService,
    MatchingProcessor,
    MatchPreviewService,
    PreviewsProcessor,
  ],
  exports: [MatchingService],
})
export class MatchingModule {}
