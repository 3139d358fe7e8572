import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matches stored before scoring ignored an anonymous poster's place still say, in a factor and
 * a reason, how near the poster is. Until the introduction, remove both; the scores of proposals
 * follow at the re-scoring this queues (the others keep theirs: they were decided on them).
 */
export class AnonymousPlaces1764270000000 implements MigrationInterface {
  name = 'AnonymousPlaces1764270000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The place is the last clause of a reason's second sentence, or that whole sentence.
    const withoutPlace = (column: string) =>
      `jsonb_build_object(
         'pl', regexp_replace(${column}->>'pl', '(; partner jest [^.;]*| Partner jest [^.;]*\\.)', ''),
         'en', regexp_replace(${column}->>'en', '(; the partner is [^.;]*| The partner is [^.;]*\\.)', ''))`;
    await queryRunner.query(
      `UPDATE matches m SET
         factors = (SELECT coalesce(jsonb_agg(f), '[]'::jsonb) FROM jsonb_array_elements(m.factors) f
                    WHERE f->>'name' <> 'geography'),
         reason_for_firm = ${withoutPlace('m.reason_for_firm')},
         reason_for_researcher = ${withoutPlace('m.reason_for_researcher')}
       WHERE m.introduced_at IS NULL
         AND (EXISTS (SELECT 1 FROM needs n WHERE n.id = m.need_id AND n.visibility = 'ANONYMOUS')
           OR EXISTS (SELECT 1 FROM capabilities c WHERE c.id = m.capability_id AND c.visibility = 'ANONYMOUS'))`,
    );
    // Only where there are proposals to re-score: on a new database, a pass over every need
    // would be the first thing its workers do (and what a benchmark measured instead).
    await queryRunner.query(
      `INSERT INTO outbox_events (queue, job_name, job_id, payload)
       SELECT 'schedules', 'rescore-matches', 'rescore-anonymous-places', '{}'
       WHERE EXISTS (SELECT 1 FROM matches WHERE status = 'PROPOSED')`,
    );
  }

  async down(): Promise<void> {
    // Nothing to restore: the removed factor and clause were a leak.
  }
}
