import type { ApolloServerPlugin } from '@apollo/server';
import { isDatabaseUnavailable } from '@app/database';
import { isRedisUnavailable } from '@app/queue';
import type { Logger } from 'pino';

export type Dependency = 'postgres' | 'redis';

export const retryAfterSeconds = 5;

export function unavailableDependency(error: unknown): Dependency | null {
  if (isDatabaseUnavailable(error)) return 'postgres';
  if (isRedisUnavailable(error)) return 'redis';
  return null;
}

/** A cheap request to a dependency that succeeds once it is back. */
export type Probes = Record<Dependency, () => Promise<unknown>>;

/**
 * Adds a Retry-After header to answers with operations that failed because PostgreSQL or Redis
 * is unreachable (the status stays 200, so clients read `{ data, errors }` as usual), and logs
 * each outage once when it starts and once when a probe sees it end.
 */
export function serviceUnavailablePlugin(
  logger: Pick<Logger, 'warn' | 'info'>,
  probes: Probes,
): ApolloServerPlugin {
  const down = new Set<Dependency>();

  function watchOutage(dependency: Dependency): void {
    down.add(dependency);
    const startedAt = Date.now();
    logger.warn({ dependency }, `${dependency} unavailable; operations answer SERVICE_UNAVAILABLE`);
    const timer = setInterval(() => {
      probes[dependency]().then(
        () => {
          clearInterval(timer);
          down.delete(dependency);
          logger.info(
            { dependency, outageMs: Date.now() - startedAt },
            `${dependency} available again`,
          );
        },
        () => undefined,
      );
    }, 1000);
    timer.unref();
  }

  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const failed = new Set(
            (response.body.singleResult.errors ?? [])
              .filter((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE')
              .map((error) => error.extensions?.dependency as Dependency),
          );
          if (failed.size === 0) return;
          for (const dependency of failed) if (!down.has(dependency)) watchOutage(dependency);
          response.http.headers.set('retry-after', String(retryAfterSeconds));
        },
      };
    },
  };
}
