import {
  defaultStepDeadlineDays,
  MatchAction,
  MatchStatus,
  matchStepStatuses,
  NotificationEvent,
} from '@app/domain';
import {
  buildWorld,
  insertProposals,
  isolatedRun,
  ops,
  startTestApi,
  type TestApi,
  type World,
} from '@app/testing';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';

/** What the database states of the lifecycle agrees with `matchTransitions`, and steps are set-based. */
describe('match ledger', () => {
  let run: Awaited<ReturnType<typeof isolatedRun>>;
  let api: TestApi;
  let world: World;

  beforeAll(async () => {
    // A hundred published needs of one text would crowd other suites' searches: a database of
    // the suite's own, with no worker (what the publications announce is dropped with it).
    run = await isolatedRun('match-ledger');
    api = await startTestApi(run.env);
    world = await buildWorld(api);
  });
  afterAll(async () => {
    await api?.close();
    await run?.drop();
  });

  it('allows in matches.status exactly the statuses the transitions table reaches', async () => {
    const [{ definition }] = await api.dataSource.query(
      `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conname = 'CHK_matches_status'`,
    );
    const listed = [...definition.matchAll(/'([A-Z_]+)'/g)].map((found) => found[1]).sort();
    expect(listed).toEqual(Object.values(MatchStatus).sort());
  });

  it('gives a deadline to the statuses the table gives a step, with the platform default', async () => {
    const [{ definition }] = await api.dataSource.query(
      `SELECT pg_get_functiondef('match_step_started'::regproc) AS definition`,
    );
    const steps = definition.match(/NEW\.status IN \(([^)]*)\)/)?.[1];
    expect(steps?.split(',').map((status: string) => status.trim().replaceAll("'", ''))).toEqual([
      ...matchStepStatuses,
    ]);
    expect(definition).toContain(`COALESCE(MAX(c.step_deadline_days), ${defaultStepDeadlineDays})`);
  });

  const proposals = async (count: number) => (await insertProposals(api, world, count)).ids;

  it('approves a hundred in as many statements as two: one UPDATE, one INSERT of events, one of notices', async () => {
    const statementsToApprove = async (ids: string[]) => {
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      const { approveMatches } = await world.coordinator.client.ok(ops.approveMatches, { ids });
      const statements = spy.mock.calls.map(([sql]) => String(sql));
      spy.mockRestore();
      expect(approveMatches.map((result: { error: unknown }) => result.error)).toEqual(
        ids.map(() => null),
      );
      return statements;
    };
    const few = await proposals(2);
    const many = await proposals(100);
    const [small, large] = [await statementsToApprove(few), await statementsToApprove(many)];
    expect(large).toHaveLength(small.length);
    expect(large.filter((sql) => /^\s*WITH target AS/.test(sql))).toHaveLength(1);

    const [{ events, notices, approved, due }] = await api.dataSource.query(
      `SELECT
         (SELECT count(*)::int FROM match_events WHERE match_id = ANY($1) AND action = $2) AS events,
         (SELECT count(*)::int FROM outbox_events WHERE job_name = 'match-event'
            AND payload->>'matchId' = ANY($1::text[]) AND payload->>'event' = $3) AS notices,
         (SELECT count(*)::int FROM matches WHERE id = ANY($1) AND status = $4
            AND decided_at IS NOT NULL) AS approved,
         (SELECT count(*)::int FROM matches WHERE id = ANY($1) AND due_at > now()) AS due`,
      [many, MatchAction.APPROVED, NotificationEvent.MATCH_APPROVED, MatchStatus.APPROVED],
    );
    expect({ events, notices, approved, due }).toEqual({
      events: 100,
      notices: 100,
      approved: 100,
      due: 100,
    });
  });
});
