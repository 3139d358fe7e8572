import 'reflect-metadata';
import { type INestApplication, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { GraphqlClient } from './graphql-client';

export interface TestApi {
  app: INestApplication;
  url: string;
  dataSource: DataSource;
  anonymous: GraphqlClient;
  close(): Promise<void>;
}

/** The api's root module and body parsers; the suites' set-up provides them (a lib imports no app). */
export interface ApiUnderTest {
  appModule: Type;
  parseJsonBodies(app: INestApplication): void;
}

let apiUnderTest: ApiUnderTest | undefined;

export function provideApiUnderTest(api: ApiUnderTest): void {
  apiUnderTest = api;
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
  if (!apiUnderTest) throw new Error('No api to test: test/api-under-test.ts provides it');
  const app = await NestFactory.create(apiUnderTest.appModule, { logger: false });
  apiUnderTest.parseJsonBodies(app);
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
