/**
 * Runs a command (the SQL lint) against a database of its own, created and migrated first and
 * dropped after, so raw SQL is checked against the schema the migrations build: its URL is
 * passed as SCHEMA_DATABASE_URL.
 */
import { spawnSync } from 'node:child_process';
import { createMigratedDatabase } from '../libs/testing/src/migrated-database';
import { dropDatabase } from '../libs/testing/src/test-database';
import { testRunSettings } from '../libs/testing/src/test-run-settings';

async function main([command, ...args]: string[]) {
  if (!command) throw new Error('usage: with-schema-database <command> [args…]');
  const settings = testRunSettings(`schema_${process.pid}_${Date.now()}`);
  await createMigratedDatabase(settings.serverUrl, settings.databaseUrl);
  try {
    const run = spawnSync(command, args, {
      stdio: 'inherit',
      env: { ...process.env, SCHEMA_DATABASE_URL: settings.databaseUrl },
    });
    return run.status ?? 1;
  } finally {
    await dropDatabase(settings.serverUrl, settings.databaseName);
  }
}

main(process.argv.slice(2)).then(
  (status) => process.exit(status),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
