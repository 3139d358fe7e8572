import { capabilityInput, needInput } from './posting-inputs';
import { ops } from './operations';
import type { TestApi } from './test-api';
import type { World } from './world';

/**
 * Proposed matches of fresh published pairs of cluster A (one capability, `count` needs),
 * written straight to the database as the engine would, for suites that run no worker.
 */
export async function insertProposals(api: TestApi, world: World, count: number) {
  const needs: string[] = [];
  for (let i = 0; i < count; i++) {
    const { createNeed } = await world.firm.client.ok(ops.createNeed, { input: needInput() });
    await world.firm.client.ok(ops.publishNeed, { id: createNeed.id });
    needs.push(createNeed.id);
  }
  const { createCapability } = await world.researcher.client.ok(ops.createCapability, {
    input: capabilityInput(),
  });
  await world.researcher.client.ok(ops.publishCapability, { id: createCapability.id });
  const rows: { id: string }[] = await api.dataSource.query(
    `INSERT INTO matches (need_id, capability_id, score, factors, reason_for_firm,
       reason_for_researcher, engine_version, need_version, capability_version)
     SELECT need_id, $2, 0.7, '[]', '{"pl":"","en":""}', '{"pl":"","en":""}', 'test', 1, 1
     FROM unnest($1::uuid[]) AS need_id RETURNING id`,
    [needs, createCapability.id],
  );
  return { ids: rows.map((row) => row.id), capabilityId: createCapability.id };
}
