import { entities } from '@app/domain';
import type { DataSourceOptions } from 'typeorm';
import { migrations } from './migrations';

/** Migrations are the only way the schema changes: `synchronize` stays off everywhere. */
export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: { max: 10, application_name: 'matchmaking' },
  };
}
