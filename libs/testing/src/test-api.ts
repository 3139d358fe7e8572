import 'reflect-metadata';
import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppModule } from '../../../apps/api/src/app.module';
import { parseJsonBodies } from '../../../apps/api/src/json-bodies';
import { GraphqlClient } from './graphql-client';

export interface TestApi {
  app: INestApplication;
  url: string;
  dataSource: DataSource;
  anonymous: GraphqlClient;
  close(): Promise<void>;
}

/**
 * The real API on the run's database and Redis, listening on a free port; `settings` change
 * environment variables for this API only.
 */
export async function startTestApi(settings: Record<string, string> = {}): Promise<TestApi> {
  const previous = Object.fromEntries(Object.keys(settings).map((key) => [key, process.env[key]]));
  Object.assign(process.env, settings);
  try {
    return await listen();
  } finally {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

async function listen(): Promise<TestApi> {
  const app = await NestFactory.create(AppModule, { logger: false });
  parseJsonBodies(app);
  app.enableShutdownHooks();
  await app.listen(0, '127.0.0.1');
  const url = `${await app.getUrl()}/graphql`.replace('[::1]', '127.0.0.1');
  return {
    app,
    url,
    dataSource: app.get<DataSource>(getDataSourceToken()),
    anonymous: new GraphqlClient(url),
    close: () => app.close(),
  };
}
