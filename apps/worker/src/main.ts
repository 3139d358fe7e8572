import 'reflect-metadata';
import { ENV, type Env } from '@app/config';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

/** The worker serves only its health endpoints over HTTP; its work comes from PostgreSQL and Redis. */
async function bootstrap(): Promise<void> {
  const app = await NestFactory.create(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  const env = app.get<Env>(ENV);
  await app.listen(env.WORKER_HEALTH_PORT, '0.0.0.0');
  app
    .get(Logger)
    .log(`Worker running; health at http://localhost:${env.WORKER_HEALTH_PORT}/health`);
}

void bootstrap();
