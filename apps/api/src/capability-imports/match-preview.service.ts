import { CapabilityEntity, notFound } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { NeedsService } from '../needs/needs.service';
import type { MatchPreviewModel } from './models/capability-import.model';
import { EnginePreviews } from './engine-previews';

/** A capability's matches before it is published, for its own organisation only. */
@Injectable()
export class MatchPreviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly engine: EnginePreviews,
    private readonly needs: NeedsService,
  ) {}

  async ofCapability(id: string, viewer: Viewer): Promise<MatchPreviewModel> {
    const capability = await this.dataSource.manager.findOneBy(CapabilityEntity, { id });
    if (!capability || capability.organizationId !== viewer.organizationId) {
      throw notFound('Capability', id);
    }
    const previewed = await this.engine.capability(id);
    if (!previewed) return { available: false, matches: [] };
    // The engine knows every published need; the viewer sees only those visible to them.
    const needs = await this.needs.getMany(
      previewed.map((match) => match.needId),
      viewer,
    );
    return {
      available: true,
      matches: previewed.flatMap((match, index) => {
        const need = needs[index];
        if (!need) return [];
        return [
          {
            need,
            score: match.score,
            reason: match.reasonForResearcher[viewer.language],
            matchedTerms: match.matchedTerms,
          },
        ];
      }),
    };
  }
}
