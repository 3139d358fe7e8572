import {
  buildWorld,
  eventually,
  GraphqlClient,
  openPipeline,
  ops,
  type Pipeline,
  proposedMatch,
  type RunningProcess,
  startApiProcess,
  startTestApi,
  startWorker,
  type TestApi,
  testPassword,
  type World,
} from '@app/testing';
import { liveNotificationsChannel } from '@app/queue';
import { type Client, createClient } from 'graphql-ws';
import { Redis } from 'ioredis';
import { WebSocket } from 'ws';

interface LiveSubscription {
  received: { id: string; event: string; matchId: string | null; needId: string | null }[];
  errors: unknown[];
  closeCode: Promise<number>;
  client: Client;
}

/** A graphql-ws client subscribed to `notificationReceived`, as a browser would be. */
async function subscribe(apiUrl: string, accessToken?: string): Promise<LiveSubscription> {
  let closed: (code: number) => void;
  const closeCode = new Promise<number>((resolve) => (closed = resolve));
  let connected: () => void;
  const ready = new Promise<void>((resolve) => (connected = resolve));
  const client = createClient({
    url: apiUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: accessToken ? { authorization: `Bearer ${accessToken}` } : {},
    retryAttempts: 0,
    on: {
      connected: () => connected(),
      closed: (event) => closed((event as { code: number }).code),
    },
  });
  const subscription: LiveSubscription = { received: [], errors: [], closeCode, client };
  client.subscribe(
    { query: ops.notificationReceived },
    {
      next: ({ data, errors }) => {
        if (errors) subscription.errors.push(...errors);
        else subscription.received.push((data as any).notificationReceived);
      },
      error: (error) => subscription.errors.push(error),
      complete: () => undefined,
    },
  );
  await Promise.race([ready, closeCode]);
  return subscription;
}

describe('live notifications over graphql-ws, across api processes', () => {
  let apiA: TestApi;
  let apiB: RunningProcess & { url: string };
  let world: World;
  let pipeline: Pipeline;
  let worker: RunningProcess;
  const subscriptions: LiveSubscription[] = [];
  const redis = new Redis(process.env.REDIS_URL!);

  beforeAll(async () => {
    apiA = await startTestApi();
    // Its access tokens last 2 seconds, to see a socket end with the token it opened with.
    apiB = await startApiProcess({ ACCESS_TOKEN_TTL_SECONDS: '2' });
    world = await buildWorld(apiA);
    pipeline = openPipeline(apiA);
    worker = await startWorker();
    await pipeline.idle(150_000);
  }, 180_000);
  afterAll(async () => {
    for (const { client } of subscriptions) await client.dispose();
    await worker.stop('SIGTERM');
    await pipeline.close();
    await apiB.stop('SIGTERM');
    await apiA.close();
    redis.disconnect();
  });

  /** How many api processes listen on the live-notifications channel in Redis. */
  const processesListening = async () => {
    const [, count] = (await redis.pubsub(
      'NUMSUB',
      liveNotificationsChannel(process.env.QUEUE_PREFIX!),
    )) as [string, number];
    return Number(count);
  };

  const live = async (url: string, token?: string) => {
    const subscription = await subscribe(url, token);
    subscriptions.push(subscription);
    return subscription;
  };

  it('pushes each notification to its recipient only, whichever api process holds the socket', async () => {
    const firm = await live(apiB.url, world.firm.accessToken);
    const researcher = await live(apiA.url, world.researcher.accessToken);
    const otherFirm = await live(apiB.url, world.otherFirm.accessToken);
    const coordinator = await live(apiB.url, world.coordinator.accessToken);
    // Subscribing reaches Redis asynchronously after the socket is acknowledged.
    await eventually(async () => (await processesListening()) === 2);

    const { id, needId } = await proposedMatch(world);
    // The need's proposals in one notice, about the match itself when it is the only one.
    const ofNeed = () =>
      coordinator.received.filter((n) => n.matchId === id || (!n.matchId && n.needId === needId));
    await eventually(async () => ofNeed().length > 0);
    expect(ofNeed()).toEqual([expect.objectContaining({ event: 'MATCH_TO_REVIEW' })]);

    await world.coordinator.client.ok(ops.approveMatch, { id });
    for (const side of [firm, researcher]) {
      await eventually(async () => side.received.some((n) => n.event === 'MATCH_APPROVED'));
    }
    await pipeline.idle();
    const stored = (await world.firm.client.ok(ops.notifications, { first: 10 })).notifications
      .edges[0].node;
    expect(firm.received).toEqual([
      expect.objectContaining({ id: stored.id, event: 'MATCH_APPROVED', matchId: id }),
    ]);
    expect(researcher.received).toHaveLength(1);
    expect(otherFirm.received).toHaveLength(0);
    expect([...firm.errors, ...researcher.errors, ...otherFirm.errors]).toEqual([]);
  });

  it('closes a socket whose session was signed out before telling it anything more', async () => {
    const { signIn } = await world.anonymous.ok(ops.signIn, {
      email: world.firm.email,
      password: testPassword,
    });
    const firm = await live(apiA.url, signIn.accessToken);
    await eventually(async () => (await processesListening()) >= 1);
    await world.anonymous.as(signIn.accessToken).ok(ops.signOut);
    const { id } = await proposedMatch(world);
    await world.coordinator.client.ok(ops.approveMatch, { id });
    expect(await firm.closeCode).toBe(4403);
    expect(firm.received).toHaveLength(0);
  });

  it('closes a socket when the access token it opened with expires', async () => {
    const { signIn } = await new GraphqlClient(apiB.url).ok(ops.signIn, {
      email: world.researcher.email,
      password: testPassword,
    });
    const opened = Date.now();
    const subscription = await live(apiB.url, signIn.accessToken);
    expect(await subscription.closeCode).toBe(4403);
    expect(Date.now() - opened).toBeGreaterThan(1000);
  });

  it('lets a client that asks for a fresh token on each connection carry on', async () => {
    const signIn = async () =>
      (
        await new GraphqlClient(apiB.url).ok(ops.signIn, {
          email: world.researcher.email,
          password: testPassword,
        })
      ).signIn.accessToken as string;
    let connections = 0;
    // As the README shows it: a fresh token per connection; graphql-ws retries 4403 by itself.
    const client = createClient({
      url: apiB.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: async () => ({ authorization: `Bearer ${await signIn()}` }),
      retryWait: () => Promise.resolve(),
      on: { connected: () => connections++ },
    });
    try {
      const subscribed = client.subscribe(
        { query: ops.notificationReceived },
        { next: () => undefined, error: () => undefined, complete: () => undefined },
      );
      await eventually(async () => connections >= 2, 10_000);
      subscribed();
    } finally {
      await client.dispose();
    }
  });

  it('refuses a socket without a valid access token', async () => {
    expect(await (await live(apiA.url)).closeCode).toBe(4403);
    expect(await (await live(apiB.url, 'not-a-token')).closeCode).toBe(4403);
    await world.otherFirm.client.ok(ops.signOut);
    expect(await (await live(apiA.url, world.otherFirm.accessToken)).closeCode).toBe(4403);
  });
});
