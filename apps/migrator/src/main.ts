import 'reflect-metadata';
import { loadEnv } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { currentVersions, loadLegalTexts } from '@app/domain';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { bootstrapAdmin } from './bootstrap-admin';
import { loadDemoData } from './demo/load-demo-data';
import { importMembers } from './import-members';

/**
 * One-shot step that runs before the apps start: applies pending migrations, creates the
 * admin named in the environment, and on an empty platform loads the demo data if asked.
 * `import-members …` instead runs an operator's member import (see import-members.ts).
 */
async function main(): Promise<void> {
  const env = loadEnv();
  const logger = pino({ level: env.LOG_LEVEL, base: { service: 'migrator' } });
  const dataSource = await new DataSource(dataSourceOptions(env.DATABASE_URL)).initialize();
  const [command, ...args] = process.argv.slice(2);
  try {
    if (command === 'import-members') {
      process.exitCode = await importMembers(dataSource, args, (line) =>
        process.stdout.write(`${line}\n`),
      );
      return;
    }
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    logger.info({ applied: applied.map((migration) => migration.name) }, 'migrations up to date');
    if (env.ADMIN_EMAIL && env.ADMIN_PASSWORD) {
      const created = await bootstrapAdmin(dataSource, {
        email: env.ADMIN_EMAIL,
        password: env.ADMIN_PASSWORD,
        fullName: env.ADMIN_NAME,
      });
      logger.info({ email: env.ADMIN_EMAIL, created }, 'admin account ready');
    }
    if (env.LOAD_DEMO_DATA) {
      const loaded = await loadDemoData(
        dataSource,
        currentVersions(loadLegalTexts(env.LEGAL_TEXTS_DIR)),
      );
      logger.info(loaded ?? { skipped: 'the platform already has data' }, 'demo data');
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
