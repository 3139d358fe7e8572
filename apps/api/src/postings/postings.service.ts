import {
  actionAllowed,
  assertActionAllowed,
  buildSearchDocument,
  buildSearchQuery,
  type CloseReason,
  expiryFrom,
  forbidden,
  notFound,
  OrganizationEntity,
  PostingAction,
  type PostingEntity,
  PostingStatus,
  type UserRole,
  type WeightedText,
} from '@app/domain';
import { PostingChange, recordOutboxJob, type QueuedJob } from '@app/queue';
import type { DataSource, EntityManager, EntityTarget, SelectQueryBuilder } from 'typeorm';
import { mayManagePosting } from '../auth/policy';
import type { Viewer } from '../auth/viewer';
import { assertFoundId } from '../graphql/ids';
import type { IdempotencyService } from '../idempotency/idempotency.service';
import type { IdempotentRequest } from '../idempotency/idempotent-request';
import {
  type KeysetOrder,
  type Page,
  paginate,
  paginateInGroups,
  type PaginationArgs,
} from '../graphql/pagination';
import type { PostingFilter } from './dto/posting-filter.input';
import {
  identityVisibleSql,
  identityVisibleTo,
  viewerParameters,
  whereVisibleTo,
} from './posting-access';
import type { PostingModel } from './models/posting.model';

/** What differs between needs and capabilities, for the rules they share. */
export interface PostingKindRules<E extends PostingEntity> {
  entity: EntityTarget<E>;
  alias: string;
  label: string;
  /** The role that posts this kind. */
  authorRole: UserRole;
  searchText(posting: E): WeightedText[];
  job(posting: E, change: PostingChange): QueuedJob;
}

/**
 * The lifecycle and access rules shared by needs and capabilities. Every change runs in one
 * transaction with the outbox row that announces it.
 */
export abstract class PostingsService<E extends PostingEntity, M extends PostingModel> {
  protected abstract readonly kind: PostingKindRules<E>;

  constructor(
    protected readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
  ) {}

  protected abstract toModel(posting: E): M;

  async get(id: string, viewer: Viewer): Promise<M> {
    const query = this.query(this.dataSource.manager).andWhere(`${this.kind.alias}.id = :id`, {
      id: assertFoundId(this.kind.label, id),
    });
    const posting = await whereVisibleTo(query, this.kind.alias, viewer).getOne();
    if (!posting) throw notFound(this.kind.label, id);
    return this.present(posting, viewer);
  }

  /** Several postings in one query, in the order asked; null where the viewer may not see one. */
  async getMany(ids: string[], viewer: Viewer): Promise<(M | null)[]> {
    if (ids.length === 0) return [];
    const query = this.query(this.dataSource.manager).andWhere(
      `${this.kind.alias}.id IN (:...ids)`,
      {
        ids: [...new Set(ids)],
      },
    );
    const found = await whereVisibleTo(query, this.kind.alias, viewer).getMany();
    const byId = new Map(found.map((posting) => [posting.id, this.present(posting, viewer)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async list(filter: PostingFilter, page: PaginationArgs, viewer: Viewer): Promise<Page<M>> {
    const { alias } = this.kind;
    const query = whereVisibleTo(this.query(this.dataSource.manager), alias, viewer);
    this.applyCommonFilter(query, filter, viewer);
    this.applyKindFilter(query, filter);
    const present = (posting: E) => this.present(posting, viewer);
    const tsQuery = filter.text ? buildSearchQuery(filter.text) : null;
    if (!tsQuery) return paginate(query, page, this.newestFirst(), present);
    // A search: postings written in the reader's language first, newest first in each group
    // (a match through a translation comes after every match in the reader's own words).
    query.andWhere(`${alias}.search_document @@ to_tsquery('simple', :tsQuery)`, { tsQuery });
    const inLanguage = (operator: '=' | '<>', group: string) => ({
      query: query.clone().andWhere(`${alias}.language ${operator} :readerLanguage`, {
        readerLanguage: viewer.language,
      }),
      order: { ...this.newestFirst(), group },
    });
    return paginateInGroups(
      [inLanguage('=', 'reader-language'), inLanguage('<>', 'other-languages')],
      page,
      present,
      () => query.getCount(),
    );
  }

  private newestFirst(): KeysetOrder {
    const { alias } = this.kind;
    return {
      column: `${alias}.created_at`,
      idColumn: `${alias}.id`,
      direction: 'DESC',
      sortType: 'timestamp',
    };
  }

  publish(id: string, viewer: Viewer): Promise<M> {
    return this.change(id, viewer, PostingAction.PUBLISH, (posting) => {
      const now = new Date();
      this.beforePublish(posting);
      posting.status = PostingStatus.PUBLISHED;
      posting.publishedAt = now;
      posting.expiresAt = expiryFrom(now);
      return PostingChange.PUBLISHED;
    });
  }

  pause(id: string, viewer: Viewer): Promise<M> {
    return this.change(id, viewer, PostingAction.PAUSE, (posting) => {
      posting.status = PostingStatus.PAUSED;
      return PostingChange.PAUSED;
    });
  }

  close(id: string, reason: CloseReason, viewer: Viewer): Promise<M> {
    return this.change(id, viewer, PostingAction.CLOSE, (posting) => {
      const wasDraft = posting.status === PostingStatus.DRAFT;
      posting.status = PostingStatus.CLOSED;
      posting.closeReason = reason;
      posting.closedAt = new Date();
      return wasDraft ? null : PostingChange.CLOSED;
    });
  }

  /** Creates a draft; a retry of the same request (same idempotency key) answers the first one's. */
  /** `alongside` runs in the posting's transaction, for what must happen with it or not at all. */
  protected async createPosting(
    viewer: Viewer,
    fields: Partial<E>,
    request: IdempotentRequest | undefined,
    alongside?: (manager: EntityManager, posting: E) => Promise<void>,
  ): Promise<M> {
    if (viewer.role !== this.kind.authorRole || !viewer.organizationId) {
      throw forbidden(
        `Only ${this.kind.authorRole} users can post a ${this.kind.label.toLowerCase()}`,
      );
    }
    let created: E | undefined;
    const id = await this.idempotency.once(request, async (manager) => {
      const posting = manager.create(this.kind.entity, {
        ...fields,
        organizationId: viewer.organizationId,
        authorId: viewer.id,
        status: PostingStatus.DRAFT,
      } as E);
      posting.searchDocument = buildSearchDocument(this.kind.searchText(posting), posting.language);
      created = await manager.save(posting);
      await alongside?.(manager, created);
      return created.id;
    });
    return created ? this.present(created, viewer) : this.get(id!, viewer);
  }

  /** Applies an edit; drafts announce nothing because only published postings are matched. */
  protected editPosting(id: string, viewer: Viewer, apply: (posting: E) => void): Promise<M> {
    return this.change(id, viewer, PostingAction.EDIT, (posting) => {
      apply(posting);
      return posting.status === PostingStatus.DRAFT ? null : PostingChange.UPDATED;
    });
  }

  /** Checks that only apply when a posting goes live (e.g. a deadline that has since passed). */
  protected beforePublish(_posting: E): void {}

  protected applyKindFilter(_query: SelectQueryBuilder<E>, _filter: PostingFilter): void {}

  private async change(
    id: string,
    viewer: Viewer,
    action: PostingAction,
    mutate: (posting: E) => PostingChange | null,
  ): Promise<M> {
    assertFoundId(this.kind.label, id);
    return this.dataSource.transaction(async (manager) => {
      const query = this.query(manager)
        .andWhere(`${this.kind.alias}.id = :id`, { id })
        .setLock('pessimistic_write');
      const posting = await whereVisibleTo(query, this.kind.alias, viewer).getOne();
      if (!posting) throw notFound(this.kind.label, id);
      this.assertMayManage(posting, viewer, action);
      assertActionAllowed(action, posting.status);
      const loaded = structuredClone(posting);
      const change = mutate(posting);
      const changed = changedFields(loaded, posting);
      // The search document follows the text: a publish, pause or close leaves it as it is.
      const indexed = (of: E) => JSON.stringify([this.kind.searchText(of), of.language]);
      if (indexed(posting) !== indexed(loaded))
        changed.searchDocument = buildSearchDocument(
          this.kind.searchText(posting),
          posting.language,
        );
      // One UPDATE of what changed (version and update time follow): `save` would read the
      // posting again first to find out, which this transaction already did under its lock.
      if (Object.keys(changed).length > 0) {
        const result = await manager
          .createQueryBuilder()
          .update(this.kind.entity)
          .set(changed as never)
          .where('id = :id', { id })
          .returning('"version", "updated_at"')
          .execute();
        const [stamped] = result.raw as { version: number; updated_at: Date }[];
        Object.assign(posting, { version: stamped!.version, updatedAt: stamped!.updated_at });
      }
      if (change) await recordOutboxJob(manager, this.kind.job(posting, change));
      return this.present(posting, viewer);
    });
  }

  private assertMayManage(posting: E, viewer: Viewer, action: PostingAction): void {
    if (mayManagePosting(viewer, posting, action)) return;
    throw forbidden(
      `Only the organisation that posted this ${this.kind.label.toLowerCase()} can ${action} it`,
    );
  }

  private query(manager: EntityManager): SelectQueryBuilder<E> {
    return manager.createQueryBuilder(this.kind.entity, this.kind.alias);
  }

  private present(posting: E, viewer: Viewer): M {
    const model = this.toModel(posting);
    model.isOwn = posting.organizationId === viewer.organizationId;
    const can = (action: PostingAction) =>
      mayManagePosting(viewer, posting, action) && actionAllowed(action, posting.status);
    model.viewerCan = {
      edit: can(PostingAction.EDIT),
      publish: can(PostingAction.PUBLISH),
      pause: can(PostingAction.PAUSE),
      close: can(PostingAction.CLOSE),
    };
    model.identityVisible = identityVisibleTo(posting, viewer);
    return model;
  }

  private applyCommonFilter(
    query: SelectQueryBuilder<E>,
    filter: PostingFilter,
    viewer: Viewer,
  ): void {
    const { alias } = this.kind;
    if (filter.status?.length)
      query.andWhere(`${alias}.status IN (:...statuses)`, { statuses: filter.status });
    if (filter.language)
      query.andWhere(`${alias}.language = :language`, { language: filter.language });
    if (filter.mine)
      query.andWhere(`${alias}.organization_id = :mineOrganizationId`, {
        mineOrganizationId: viewer.organizationId,
      });
    if (filter.collaborationTypes?.length) {
      query.andWhere(`${alias}.collaboration_types && :collaborationTypes`, {
        collaborationTypes: filter.collaborationTypes,
      });
    }
    if (filter.sectors?.length) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM unnest(${alias}.sectors) AS sector, unnest(CAST(:sectorPrefixes AS text[])) AS prefix
                 WHERE starts_with(sector, prefix))`,
        { sectorPrefixes: filter.sectors },
      );
    }
    if (filter.city || filter.region) {
      // Filtering by place must not reveal where an anonymous poster is.
      query
        .innerJoin(OrganizationEntity, 'poster', `poster.id = ${alias}.organization_id`)
        .andWhere(identityVisibleSql(alias, viewer), viewerParameters(viewer));
      if (filter.city)
        query.andWhere('lower(poster.city) = lower(:city)', { city: filter.city.trim() });
      if (filter.region)
        query.andWhere('lower(poster.region) = lower(:region)', { region: filter.region.trim() });
    }
  }
}

/** The fields a change set, compared by value (arrays and dates included). */
function changedFields<E extends object>(before: E, after: E): Partial<E> {
  const changed: Partial<E> = {};
  for (const key of Object.keys(after) as (keyof E)[]) {
    if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) changed[key] = after[key];
  }
  return changed;
}
