import * as domain from '@app/domain';
import { QueueName } from '@app/queue';
import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';

/** The enums the SQL lint types text columns with (libs/database/src/column-enums.json). */
const columnEnums: Record<string, string> = JSON.parse(
  readFileSync(`${__dirname}/../libs/database/src/column-enums.json`, 'utf8'),
);
const enums: Record<string, Record<string, string>> = {
  ...(domain as unknown as Record<string, Record<string, string>>),
  QueueName,
};

describe('Text columns typed with an enum', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = new DataSource({
      type: 'postgres',
      url: process.env.DATABASE_URL,
    });
    await dataSource.initialize();
  });

  afterAll(() => dataSource.destroy());

  it.each(Object.entries(columnEnums))(
    '%s allows exactly the values of %s',
    async (qualified, enumName) => {
      const [table, column] = qualified.split('.') as [string, string];
      const checks = await dataSource.sql<{ definition: string }[]>`
        SELECT pg_get_constraintdef(c.oid) AS definition FROM pg_constraint c
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
        WHERE c.contype = 'c' AND c.conrelid = ${table}::regclass AND a.attname = ${column}`;
      // PostgreSQL shows `column IN (…)` as `(column)::text = ANY ((ARRAY['A'::character varying, …`.
      const list = new RegExp(String.raw`\(?${column}\)?::text = ANY \(\(?ARRAY\[([^\]]*)\]`);
      const allowed = checks.flatMap(({ definition }) =>
        [...(definition.match(list)?.[1] ?? '').matchAll(/'([^']+)'::/g)].map((found) => found[1]),
      );
      expect(allowed.sort()).toEqual(Object.values(enums[enumName]!).sort());
    },
  );
});
