import type { DataSource } from 'typeorm';

const tables = [
  'organizations',
  'users',
  'refresh_tokens',
  'clusters',
  'cluster_members',
  'cluster_coordinators',
  'needs',
  'capabilities',
  'outbox_events',
  'matches',
  'match_events',
  'notifications',
];

/** A digest of every row of every table: equal before and after means nothing changed. */
export async function databaseFingerprint(dataSource: DataSource): Promise<Record<string, string>> {
  const entries = await Promise.all(
    tables.map(async (table) => {
      const [row] = await dataSource.query(
        `SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS digest FROM ${table} t`,
      );
      return [table, row.digest as string] as const;
    }),
  );
  return Object.fromEntries(entries);
}
