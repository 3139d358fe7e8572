import 'reflect-metadata';
import { ENV, type Env } from '@app/config';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

/** The worker serves only its health endpoints over HTTP; its work comes from PostgreSQL and Redis. */
export async function bootstrap(): Promise<void> {
  const app = await NestFactory.create(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  const env = app.get<Env>(ENV);
  exitIfShutdownHangs(app.get(Logger), env.SHUTDOWN_TIMEOUT_MS);
  await app.listen(env.WORKER_HEALTH_PORT, '0.0.0.0');
  app
    .get(Logger)
    .log(`Worker running; health at http://localhost:${env.WORKER_HEALTH_PORT}/health`);
}

/**
 * BullMQ's worker.close() can wait forever while Redis is unreachable (its blocking client
 * never ends, taskforcesh/bullmq#4656). Past the limit the process exits anyway: running jobs
 * lose their lock and run again on another worker, and the outbox still holds every change.
 */
function exitIfShutdownHangs(logger: Logger, timeoutMs: number): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      setTimeout(() => {
        logger.error(`shutdown did not finish within ${timeoutMs} ms; exiting`);
        process.exit(1);
      }, timeoutMs).unref();
    });
  }
}
