import 'reflect-metadata';
import { ENV, type Env } from '@app/config';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { parseJsonBodies } from './json-bodies';
import { serveCompressedAssets } from './web/web-app.module';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  parseJsonBodies(app);
  app.enableShutdownHooks();
  const env = app.get<Env>(ENV);
  serveCompressedAssets(app);
  if (env.TRUST_PROXY) app.set('trust proxy', env.TRUST_PROXY);
  await app.listen(env.API_PORT, '0.0.0.0');
  app.get(Logger).log(`GraphQL API ready at http://localhost:${env.API_PORT}/graphql`);
}

void bootstrap();
