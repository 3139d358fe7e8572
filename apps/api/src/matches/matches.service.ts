import { forbidden, MatchEntity, MatchStatus } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { coordinatesOrganization, isAdmin, type Viewer } from '../auth/viewer';
import { CapabilitiesService } from '../capabilities/capabilities.service';
import { type Page, paginate, type PaginationArgs } from '../graphql/pagination';
import { NeedsService } from '../needs/needs.service';
import type { PostingModel } from '../postings/models/posting.model';
import { MatchModel } from './models/match.model';

/**
 * Proposed matches, best first. A posting's matches are for its own organisation, the
 * coordinators of its clusters and admins; seeing a posting is not enough.
 */
@Injectable()
export class MatchesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly needs: NeedsService,
    private readonly capabilities: CapabilitiesService,
  ) {}

  async forNeed(needId: string, page: PaginationArgs, viewer: Viewer): Promise<Page<MatchModel>> {
    this.assertMayReview(await this.needs.get(needId, viewer), viewer);
    return this.list('need_id', needId, page, viewer);
  }

  async forCapability(
    capabilityId: string,
    page: PaginationArgs,
    viewer: Viewer,
  ): Promise<Page<MatchModel>> {
    this.assertMayReview(await this.capabilities.get(capabilityId, viewer), viewer);
    return this.list('capability_id', capabilityId, page, viewer);
  }

  private assertMayReview(posting: PostingModel, viewer: Viewer): void {
    if (posting.isOwn || isAdmin(viewer) || coordinatesOrganization(viewer, posting.organizationId))
      return;
    throw forbidden('Only the posting organisation and its cluster coordinators see its matches');
  }

  /** One page of matches with both postings loaded in two queries, whatever the page size. */
  private async list(
    column: 'need_id' | 'capability_id',
    id: string,
    page: PaginationArgs,
    viewer: Viewer,
  ): Promise<Page<MatchModel>> {
    const query = this.dataSource
      .createQueryBuilder(MatchEntity, 'match')
      .where(`match.${column} = :id`, { id })
      .andWhere('match.status = :status', { status: MatchStatus.PROPOSED });
    const result = await paginate(
      query,
      page,
      {
        column: 'match.score',
        property: 'score',
        idColumn: 'match.id',
        direction: 'DESC',
        sortType: 'number',
      },
      (match) => MatchModel.from(match, viewer),
    );
    const matches = result.edges.map((edge) => edge.node);
    const [needs, capabilities] = await Promise.all([
      this.needs.getMany(
        matches.map((match) => match.needId),
        viewer,
      ),
      this.capabilities.getMany(
        matches.map((match) => match.capabilityId),
        viewer,
      ),
    ]);
    matches.forEach((match, index) => {
      match.need = needs[index] ?? null;
      match.capability = capabilities[index] ?? null;
    });
    return result;
  }
}
