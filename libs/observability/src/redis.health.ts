import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { ENV, type Env } from '@app/config';
import Redis from 'ioredis';

@Injectable()
export class RedisHealthIndicator implements OnModuleDestroy {
  private readonly client: Redis;

  constructor(
    @Inject(ENV) env: Env,
    private readonly indicator: HealthIndicatorService,
  ) {
    this.client = new Redis(env.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
    // The check itself reports the outage; the client's reconnection errors need no log line.
    this.client.on('error', () => undefined);
  }

  async pingCheck(key: string) {
    const check = this.indicator.check(key);
    try {
      await this.client.ping();
      return check.up();
    } catch (error) {
      return check.down({ message: (error as Error).message });
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.client.disconnect();
  }
}
