import { oneOf } from '@app/database';
import {
  DomainException,
  forbidden,
  invalidInput,
  isUuid,
  MatchAction,
  MatchEntity,
  MatchResponse,
  MatchStatus,
  notFound,
  UserRole,
} from '@app/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { coordinatesOrganization, isAdmin, type Viewer } from '../auth/viewer';
import { CapabilitiesService } from '../capabilities/capabilities.service';
import {
  assertManagesCluster,
  coordinatesMatch,
  type MatchStanding,
  sideOf,
  viewerCan,
} from '../auth/policy';
import { type KeysetOrder, type Page, paginate, type PaginationArgs } from '../graphql/pagination';
import { NeedsService } from '../needs/needs.service';
import type { PostingModel } from '../postings/models/posting.model';
import type { MyMatchesArgs } from './dto/match-actions.args';
import {
  type ReviewQueueArgs,
  type ReviewQueueFilter,
  ReviewQueueOrder,
} from './dto/review-queue.args';
import type { Loaders } from '../graphql/loaders';
import { matchHistoryLoader, matchPartiesLoader } from './match-parties';
import { MatchModel } from './models/match.model';

/** What the sides see of their matches: everything still alive or decided by them. */
const sideStatuses = [
  MatchStatus.PROPOSED,
  MatchStatus.APPROVED,
  MatchStatus.INTRODUCED,
  MatchStatus.DECLINED,
  MatchStatus.EXPIRED,
];

const byScore = (direction: 'ASC' | 'DESC'): KeysetOrder => ({
  column: 'match.score',
  idColumn: 'match.id',
  direction,
  sortType: 'number',
});
const byAge = (direction: 'ASC' | 'DESC'): KeysetOrder => ({
  column: 'match.created_at',
  idColumn: 'match.id',
  direction,
  sortType: 'timestamp',
});
/** Undated matches last either way: infinity sorts after every date, -infinity before. */
const byDeadline = (direction: 'ASC' | 'DESC'): KeysetOrder => ({
  column: `COALESCE(match.due_at, '${direction === 'ASC' ? '' : '-'}infinity')`,
  idColumn: 'match.id',
  direction,
  sortType: 'timestamp',
});
const reviewOrders: Record<ReviewQueueOrder, KeysetOrder> = {
  [ReviewQueueOrder.BEST_SCORE]: byScore('DESC'),
  [ReviewQueueOrder.LOWEST_SCORE]: byScore('ASC'),
  [ReviewQueueOrder.OLDEST]: byAge('ASC'),
  [ReviewQueueOrder.NEWEST]: byAge('DESC'),
  [ReviewQueueOrder.DUE_SOONEST]: byDeadline('ASC'),
  [ReviewQueueOrder.DUE_LATEST]: byDeadline('DESC'),
};

/**
 * Reading matches, best first. A posting's matches are for its own organisation, the
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
    return this.page(
      this.query()
        .where('match.need_id = :needId', { needId })
        .andWhere('match.status IN (:...sideStatuses)', { sideStatuses }),
      page,
      viewer,
    );
  }

  async forCapability(
    capabilityId: string,
    page: PaginationArgs,
    viewer: Viewer,
  ): Promise<Page<MatchModel>> {
    this.assertMayReview(await this.capabilities.get(capabilityId, viewer), viewer);
    return this.page(
      this.query()
        .where('match.capability_id = :capabilityId', { capabilityId })
        .andWhere('match.status IN (:...sideStatuses)', { sideStatuses }),
      page,
      viewer,
    );
  }

  /** Matches of the viewer's organisation's needs and capabilities, as their sides see them. */
  async forOwnOrganization(args: MyMatchesArgs, viewer: Viewer): Promise<Page<MatchModel>> {
    const statuses = args.status?.length
      ? args.status.filter((status) => sideStatuses.includes(status))
      : sideStatuses;
    const query = this.query()
      .innerJoin('needs', 'need', 'need.id = match.need_id')
      .innerJoin('capabilities', 'capability', 'capability.id = match.capability_id')
      .where(
        '(need.organization_id = :organizationId OR capability.organization_id = :organizationId)',
        {
          organizationId: viewer.organizationId,
        },
      )
      .andWhere('match.status = ANY(:statuses)', { statuses });
    return this.page(query, args, viewer);
  }

  /** Matches that involve members of the viewer's clusters (all, for admins), in the asked order. */
  async reviewQueue(args: ReviewQueueArgs, viewer: Viewer): Promise<Page<MatchModel>> {
    const filter = filterOf(args);
    const query = this.query()
      .innerJoin('needs', 'need', 'need.id = match.need_id')
      .innerJoin('capabilities', 'capability', 'capability.id = match.capability_id')
      .andWhere('match.status IN (:...statuses)', {
        statuses: filter.status?.length ? filter.status : [MatchStatus.PROPOSED],
      });
    if (filter.clusterId) {
      assertManagesCluster(viewer, filter.clusterId, 'You do not coordinate this cluster');
      query.andWhere(
        `(need.organization_id IN (SELECT organization_id FROM cluster_members WHERE cluster_id = :clusterId)
          OR capability.organization_id IN (SELECT organization_id FROM cluster_members WHERE cluster_id = :clusterId))`,
        { clusterId: filter.clusterId },
      );
    } else if (!isAdmin(viewer)) {
      query.andWhere(
        '(need.organization_id = ANY(:members) OR capability.organization_id = ANY(:members))',
        {
          members: viewer.coordinatedOrganizationIds,
        },
      );
    }
    if (filter.ids) query.andWhere('match.id = ANY(:ids)', { ids: filter.ids });
    if (filter.postingId) {
      query.andWhere('(match.need_id = :postingId OR match.capability_id = :postingId)', {
        postingId: filter.postingId,
      });
    }
    if (filter.minScore != null)
      query.andWhere('match.score >= :minScore', { minScore: filter.minScore });
    if (filter.maxScore != null)
      query.andWhere('match.score <= :maxScore', { maxScore: filter.maxScore });
    if (filter.userInitiated != null) {
      query.andWhere('match.user_initiated = :userInitiated', {
        userInitiated: filter.userInitiated,
      });
    }
    if (filter.sectors?.length) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM unnest(need.sectors || capability.sectors) AS sector,
                 unnest(CAST(:sectorPrefixes AS text[])) AS prefix WHERE starts_with(sector, prefix))`,
        { sectorPrefixes: filter.sectors },
      );
    }
    if (filter.city) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM organizations o WHERE o.id IN (need.organization_id, capability.organization_id)
                 AND lower(o.city) = lower(:city))`,
        { city: filter.city.trim() },
      );
    }
    if (filter.minAgeDays != null) {
      query.andWhere(`match.created_at <= now() - make_interval(days => :minAgeDays)`, {
        minAgeDays: filter.minAgeDays,
      });
    }
    if (filter.dueBefore)
      query.andWhere('match.due_at < :dueBefore', { dueBefore: filter.dueBefore });
    return this.page(query, args, viewer, reviewOrders[args.orderBy]);
  }

  /** A match the viewer may act on or read: its sides, their coordinators, admins. */
  async byId(id: string, viewer: Viewer): Promise<MatchModel> {
    const standing = (await this.standings([id], viewer)).get(id);
    if (standing instanceof DomainException) throw standing;
    const [match] = await this.byIds([id], viewer);
    return match!;
  }

  /** Matches whose access was checked already, with their postings, in the order of the ids. */
  async byIds(ids: string[], viewer: Viewer): Promise<MatchModel[]> {
    if (ids.length === 0) return [];
    const entities = await this.query().where('match.id = ANY(:ids)', { ids }).getMany();
    const byId = new Map(entities.map((entity) => [entity.id, entity]));
    return this.withPostings(
      ids.flatMap((id) => {
        const entity = byId.get(id);
        return entity ? [MatchModel.from(entity, viewer)] : [];
      }),
      viewer,
    );
  }

  /**
   * How the viewer stands to each match, read in one query (and locked, when a step is to be
   * taken, in the caller's transaction); an id the viewer may not see maps to the error it
   * answers with.
   */
  async standings(
    ids: string[],
    viewer: Viewer,
    lockingIn?: EntityManager,
  ): Promise<Map<string, MatchStanding | DomainException>> {
    const matchIds = ids.filter(isUuid);
    if (lockingIn) {
      await lockingIn.sql<
        { id: string }[]
      >`SELECT id FROM matches WHERE id = ANY(${matchIds}::uuid[]) FOR UPDATE`;
    }
    const rows = await (lockingIn ?? this.dataSource.manager).sql<
      {
        id: string;
        status: MatchStatus;
        firm_response: string | null;
        researcher_response: string | null;
        firm: string;
        researcher: string;
        coordinates: boolean;
      }[]
    >`
      SELECT m.id, m.status, m.firm_response, m.researcher_response,
        n.organization_id AS firm, c.organization_id AS researcher,
        EXISTS (SELECT 1 FROM match_coordinators(n.organization_id, c.organization_id) mc
                WHERE mc.user_id = ${viewer.id}::uuid) AS coordinates
      FROM matches m JOIN needs n ON n.id = m.need_id JOIN capabilities c ON c.id = m.capability_id
      WHERE m.id = ANY(${matchIds}::uuid[])`;
    const byId = new Map(rows.map((row) => [row.id, row]));
    return new Map(
      ids.map((id): [string, MatchStanding | DomainException] => {
        const row = byId.get(id);
        if (!row) return [id, notFound('Match', id)];
        const organizations = {
          firmOrganizationId: row.firm,
          researcherOrganizationId: row.researcher,
        };
        const standing: MatchStanding = {
          status: row.status,
          firmResponse: oneOf(MatchResponse, row.firm_response),
          researcherResponse: oneOf(MatchResponse, row.researcher_response),
          side: sideOf(viewer, organizations),
          coordinates: isAdmin(viewer) || row.coordinates,
        };
        if (standing.coordinates || standing.side) return [id, standing];
        return [
          id,
          viewer.role === UserRole.COORDINATOR
            ? forbidden('The match involves none of your clusters')
            : notFound('Match', id),
        ];
      }),
    );
  }

  private assertMayReview(posting: PostingModel, viewer: Viewer): void {
    if (posting.isOwn || isAdmin(viewer) || coordinatesOrganization(viewer, posting.organizationId))
      return;
    throw forbidden('Only the posting organisation and its cluster coordinators see its matches');
  }

  private query(): SelectQueryBuilder<MatchEntity> {
    return this.dataSource.createQueryBuilder(MatchEntity, 'match');
  }

  /** One page of matches with both postings loaded in two queries, whatever the page size. */
  private async page(
    query: SelectQueryBuilder<MatchEntity>,
    page: PaginationArgs,
    viewer: Viewer,
    order = byScore('DESC'),
  ): Promise<Page<MatchModel>> {
    const result = await paginate(query, page, order, (match) => MatchModel.from(match, viewer));
    await this.withPostings(
      result.edges.map((edge) => edge.node),
      viewer,
    );
    return result;
  }

  async withPostings(matches: MatchModel[], viewer: Viewer): Promise<MatchModel[]> {
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
    return matches;
  }

  /** The audit trail, for coordinators of either side and admins; null for the sides. */
  async history(match: MatchModel, viewer: Viewer, loaders: Loaders) {
    const parties = await loaders.of(matchPartiesLoader).load(match.id);
    if (!parties || !coordinatesMatch(viewer, parties)) {
      return null;
    }
    return loaders.of(matchHistoryLoader).load(match.id);
  }

  /** What the viewer can do to the match, by the policy the mutations assert. */
  async viewerCan(match: MatchModel, viewer: Viewer, loaders: Loaders) {
    const parties = await loaders.of(matchPartiesLoader).load(match.id);
    const standing: MatchStanding = {
      ...match,
      side: parties && sideOf(viewer, parties),
      coordinates: !!parties && coordinatesMatch(viewer, parties),
    };
    return { ...viewerCan(viewer, standing), coordinate: standing.coordinates };
  }

  /** Whoever holds the match sees its outcome, so its note too (every path here checks access). */
  async outcomeNote(match: MatchModel, loaders: Loaders): Promise<string | null> {
    if (!match.outcome) return null;
    const events = await loaders.of(matchHistoryLoader).load(match.id);
    return events.findLast((event) => event.action === MatchAction.OUTCOME_RECORDED)?.note ?? null;
  }

  /**
   * Both sides' contacts once they are introduced; before that, for nobody. Whoever holds the
   * match may see it (every path to a MatchModel checks), so is a side or a coordinator.
   */
  async contacts(match: MatchModel, loaders: Loaders) {
    if (match.status !== MatchStatus.INTRODUCED) return null;
    return loaders.of(matchPartiesLoader).load(match.id);
  }
}

const filterFields = [
  'clusterId',
  'status',
  'ids',
  'postingId',
  'minScore',
  'maxScore',
  'userInitiated',
  'sectors',
  'city',
  'minAgeDays',
  'dueBefore',
] as const satisfies readonly (keyof ReviewQueueFilter)[];

/** The queue's filter, given in `filter` or as arguments of the same names, not both. */
function filterOf(args: ReviewQueueArgs): ReviewQueueFilter {
  if (!args.filter) return args;
  const repeated = filterFields.filter((field) => args[field] != null);
  if (repeated.length > 0) {
    throw invalidInput(
      'filter',
      `Give the queue's filter in \`filter\` or as arguments, not both (${repeated.join(', ')})`,
    );
  }
  return args.filter;
}
