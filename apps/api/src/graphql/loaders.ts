import { OrganizationEntity } from '@app/domain';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';

/** How a feature makes one of its DataLoaders for a request. */
export type LoaderFactory<K, V> = (dataSource: DataSource) => DataLoader<K, V>;

/**
 * Per-request batching for relations exposed as fields, so lists cost one query per relation.
 * Each feature owns its loaders; one is made on its first use in a request.
 */
export class Loaders {
  private readonly made = new Map<LoaderFactory<unknown, unknown>, unknown>();

  constructor(private readonly dataSource: DataSource) {}

  of<K, V>(factory: LoaderFactory<K, V>): DataLoader<K, V> {
    const key = factory as LoaderFactory<unknown, unknown>;
    if (!this.made.has(key)) this.made.set(key, factory(this.dataSource));
    return this.made.get(key) as DataLoader<K, V>;
  }
}

export const organizationLoader: LoaderFactory<string, OrganizationEntity | null> = (dataSource) =>
  new DataLoader(async (ids) => {
    const rows = await dataSource.manager.findBy(OrganizationEntity, { id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

export const RequestLoaders = createParamDecorator(
  (_: unknown, context: ExecutionContext): Loaders =>
    GqlExecutionContext.create(context).getContext<{ loaders: Loaders }>().loaders,
);
