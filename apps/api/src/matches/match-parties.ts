import { loadMatchParties, type MatchParties } from '@app/database';
import DataLoader from 'dataloader';
import type { LoaderFactory } from '../graphql/loaders';
import { MatchEventEntity, UserEntity, UserRole } from '@app/domain';
import type { DataSource } from 'typeorm';

/** An audit entry with who acted, as coordinators may see it. */
export type MatchEventWithActor = MatchEventEntity & {
  actorRole: UserRole | null;
  actorName: string | null;
  actorErased: boolean;
};

/**
 * The histories of many matches in one query, in the order of the ids. Coordinators and
 * admins who acted are named; a side only by its role, so an anonymous firm stays anonymous.
 */
export async function loadMatchHistories(
  dataSource: DataSource,
  ids: readonly string[],
): Promise<MatchEventWithActor[][]> {
  const { entities, raw } = await dataSource.manager
    .createQueryBuilder(MatchEventEntity, 'event')
    .leftJoin(UserEntity, 'actor', 'actor.id = event.actorId')
    .addSelect([
      'actor.role AS actor_role',
      'actor.full_name AS actor_name',
      'actor.erased_at IS NOT NULL AS actor_erased',
    ])
    .where('event.matchId IN (:...ids)', { ids })
    .orderBy('event.createdAt', 'ASC')
    .addOrderBy('event.id', 'ASC')
    .getRawAndEntities<{
      actor_role: UserRole | null;
      actor_name: string | null;
      actor_erased: boolean | null;
    }>();
  const named = new Set([UserRole.COORDINATOR, UserRole.ADMIN]);
  const events = entities.map((event, index) => {
    const { actor_role: role, actor_name: name, actor_erased: erased } = raw[index]!;
    return Object.assign(event, {
      actorRole: role,
      actorName: role && named.has(role) && !erased ? name : null,
      actorErased: erased === true,
    });
  });
  return ids.map((id) => events.filter((event) => event.matchId === id));
}

export const matchPartiesLoader: LoaderFactory<string, MatchParties | null> = (dataSource) =>
  new DataLoader((ids) => loadMatchParties(dataSource, ids));

export const matchHistoryLoader: LoaderFactory<string, MatchEventWithActor[]> = (dataSource) =>
  new DataLoader((ids) => loadMatchHistories(dataSource, ids));
