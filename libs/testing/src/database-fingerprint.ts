import type { DataSource } from 'typeorm';

/**
 * A digest of every row of every table the catalogue lists (but TypeORM's own migrations
 * table): equal before and after means nothing changed, whatever tables later migrations add.
 */
export async function databaseFingerprint(dataSource: DataSource): Promise<Record<string, string>> {
  const tables: { name: string }[] = await dataSource.query(
    `SELECT quote_ident(table_name) AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations'
     ORDER BY table_name`,
  );
  const entries = await Promise.all(
    tables.map(async ({ name }) => {
      const [row] = await dataSource.query(
        `SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS digest FROM ${name} t`,
      );
      return [name, row.digest as string] as const;
    }),
  );
  return Object.fromEntries(entries);
}
