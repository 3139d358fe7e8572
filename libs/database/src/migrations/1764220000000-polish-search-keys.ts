import {
  buildSearchDocument,
  type CapabilityEntity,
  capabilitySearchText,
  type Language,
  type NeedEntity,
  needSearchText,
  type WeightedText,
} from '@app/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const batchSize = 500;

/**
 * Rebuilds every posting's search document with the search analyser, which gives all case
 * forms of a Polish word one key. Down leaves the documents as they are: both are valid.
 */
export class PolishSearchKeys1764220000000 implements MigrationInterface {
  name = 'PolishSearchKeys1764220000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await rebuild(
      queryRunner,
      'needs',
      `title, summary, description, technology_keywords AS "technologyKeywords",
       market_keywords AS "marketKeywords"`,
      (row) => needSearchText(row as unknown as NeedEntity),
    );
    await rebuild(
      queryRunner,
      'capabilities',
      `title, summary, description, expertise_keywords AS "expertiseKeywords", methods, equipment`,
      (row) => capabilitySearchText(row as unknown as CapabilityEntity),
    );
  }

  async down(): Promise<void> {}
}

interface PostingRow {
  id: string;
  language: Language;
}

async function rebuild(
  queryRunner: QueryRunner,
  table: 'needs' | 'capabilities',
  columns: string,
  searchText: (row: PostingRow) => WeightedText[],
): Promise<void> {
  let lastId = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = (await queryRunner.query(
      `SELECT id, language, ${columns} FROM ${table} WHERE id > $1 ORDER BY id LIMIT ${batchSize}`,
      [lastId],
    )) as PostingRow[];
    if (rows.length === 0) return;
    const documents = rows.map((row) => [
      row.id,
      buildSearchDocument(searchText(row), row.language),
    ]);
    await queryRunner.query(
      `UPDATE ${table} SET search_document = doc.value::tsvector
       FROM jsonb_each_text($1::jsonb) AS doc(id, value) WHERE ${table}.id = doc.id::uuid`,
      [JSON.stringify(Object.fromEntries(documents))],
    );
    lastId = rows.at(-1)!.id;
  }
}
