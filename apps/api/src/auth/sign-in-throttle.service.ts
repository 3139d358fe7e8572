import { ENV, type Env } from '@app/config';
import { rateLimited, sha256 } from '@app/domain';
import { logRedisOutages } from '@app/queue';
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { PinoLogger } from 'nestjs-pino';

/**
 * Counts failed password checks per account and per client address in Redis, so the limit
 * holds across api processes. Past the limit, attempts are refused without checking the
 * password until the window that began with the first failure ends.
 */
@Injectable()
export class SignInThrottleService implements OnModuleDestroy {
  private readonly redis: Redis;

  constructor(
    @Inject(ENV) private readonly env: Env,
    logger: PinoLogger,
  ) {
    // No offline queue: with Redis down, sign-in answers SERVICE_UNAVAILABLE at once.
    this.redis = new Redis(env.REDIS_URL, {
      lazyConnect: false,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
    });
    logRedisOutages(this.redis, logger.logger, 'sign-in throttle');
  }

  /** Throws TOO_MANY_REQUESTS while the account or the address is over its limit. */
  async assertAllowed(email: string, address: string): Promise<void> {
    const keys = this.keys(email, address);
    const counts = await this.redis.mget(keys.account, keys.address);
    const [accountFailures, addressFailures] = counts.map((count) => Number(count ?? 0));
    const over =
      accountFailures! >= this.env.SIGN_IN_MAX_FAILURES_PER_ACCOUNT
        ? keys.account
        : addressFailures! >= this.env.SIGN_IN_MAX_FAILURES_PER_ADDRESS
          ? keys.address
          : null;
    if (!over) return;
    const retryAfterSeconds = Math.max(1, Math.ceil((await this.redis.pttl(over)) / 1000));
    throw rateLimited(
      `Too many failed sign-ins; try again in ${retryAfterSeconds} s`,
      retryAfterSeconds,
    );
  }

  async recordFailure(email: string, address: string): Promise<void> {
    const keys = this.keys(email, address);
    const window = this.env.SIGN_IN_WINDOW_SECONDS;
    await this.redis
      .multi()
      .incr(keys.account)
      .expire(keys.account, window, 'NX')
      .incr(keys.address)
      .expire(keys.address, window, 'NX')
      .exec();
  }

  /** The right password clears the account's failures; the address keeps its count. */
  async recordSuccess(email: string, address: string): Promise<void> {
    await this.redis.del(this.keys(email, address).account);
  }

  ping(): Promise<string> {
    return this.redis.ping();
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }

  private keys(email: string, address: string) {
    const account = sha256(email.trim().toLowerCase());
    const prefix = `${this.env.QUEUE_PREFIX}:sign-in-failures`;
    return { account: `${prefix}:account:${account}`, address: `${prefix}:address:${address}` };
  }
}
