import { GraphqlClient, ops, startApiProcess, testPassword } from '@app/testing';
import { randomUUID } from 'node:crypto';

describe('api logs', () => {
  it('are one JSON line per event, with client errors below level error and no headers', async () => {
    const api = await startApiProcess({ LOG_LEVEL: 'debug' });
    try {
      const client = new GraphqlClient(api.url);
      await client.request(ops.need, { id: randomUUID() });
      await client.request(ops.signIn, { email: 'nobody@test.example', password: testPassword });
      await client.request(ops.createNeed, { input: {} });
      await client.request('{ nope }');
    } finally {
      await api.stop('SIGTERM');
    }
    const lines = api
      .output()
      .split('\n')
      .filter((line) => line.trim());
    const entries = lines.map((line) => JSON.parse(line) as Record<string, any>);
    expect(entries.length).toBeGreaterThan(5);
    expect(entries.filter((entry) => entry.level >= 50)).toEqual([]);
    expect(lines.filter((line) => /"headers"|"stack"|authorization/i.test(line))).toEqual([]);
    const clientErrors = entries.filter((entry) => entry.code);
    expect(clientErrors.map((entry) => entry.code)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(clientErrors.every((entry) => entry.level === 20)).toBe(true);
    const requests = entries.filter((entry) => entry.msg === 'request completed');
    expect(requests).toHaveLength(4);
    expect(Object.keys(requests[0]!.req).sort()).toEqual(['id', 'method', 'url']);
  }, 60_000);
});
