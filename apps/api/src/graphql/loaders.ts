import { OrganizationEntity } from '@app/domain';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import {
  loadMatchHistories,
  loadMatchParties,
  type MatchEventWithActor,
  type MatchParties,
} from '../matches/match-parties';

/** Per-request batching for relations exposed as fields, so lists cost one query per relation. */
export interface Loaders {
  organization: DataLoader<string, OrganizationEntity | null>;
  matchParties: DataLoader<string, MatchParties | null>;
  matchHistory: DataLoader<string, MatchEventWithActor[]>;
}

export function createLoaders(dataSource: DataSource): Loaders {
  return {
    organization: new DataLoader(async (ids) => {
      const rows = await dataSource.manager.findBy(OrganizationEntity, { id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    matchParties: new DataLoader((ids) => loadMatchParties(dataSource, ids)),
    matchHistory: new DataLoader((ids) => loadMatchHistories(dataSource, ids)),
  };
}

export const RequestLoaders = createParamDecorator(
  (_: unknown, context: ExecutionContext): Loaders =>
    GqlExecutionContext.create(context).getContext<{ loaders: Loaders }>().loaders,
);
