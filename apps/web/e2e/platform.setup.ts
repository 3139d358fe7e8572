import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import globalTeardown from '../../../libs/testing/src/global-teardown';
import { startOpenAlex } from '../../../libs/testing/src/openalex';
import { startOrcidProvider } from '../../../libs/testing/src/orcid-provider';
import { freePort, startApiProcess, startWorker } from '../../../libs/testing/src/processes';
import { type SmtpInbox, startSmtpInbox } from '../../../libs/testing/src/smtp-inbox';
import { testRunSettings } from '../../../libs/testing/src/test-run-settings';
import { startVatRegister } from '../../../libs/testing/src/vat-register';

const root = join(__dirname, '../../..');

/**
 * The platform's e-mails land in a real SMTP inbox; tests read a person's mail over HTTP
 * (`MAILBOX_URL?to=address`), as they would open their mailbox.
 */
async function startMailbox(inbox: SmtpInbox): Promise<{ url: string; close: () => void }> {
  const server = createServer((request, response) => {
    const to = new URL(request.url ?? '/', 'http://mailbox').searchParams.get('to') ?? '';
    const messages = inbox.to(to).map((mail) => ({ subject: mail.subject, text: mail.text }));
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(messages));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

/** A database of the run's own with the demo data, and the built api and worker on it. */
export default async function platformSetup(): Promise<() => Promise<void>> {
  const runId = `web_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const settings = testRunSettings(runId);
  const server = await new DataSource({ type: 'postgres', url: settings.serverUrl }).initialize();
  await server.query(`CREATE DATABASE "${settings.databaseName}"`);
  await server.destroy();

  const inbox = await startSmtpInbox();
  const mailbox = await startMailbox(inbox);
  const register = await startVatRegister();
  Object.assign(process.env, {
    VAT_REGISTER_URL: register.url,
    NODE_ENV: 'test',
    SMTP_URL: inbox.url,
    MAILBOX_URL: mailbox.url,
    TEST_RUN_ID: runId,
    DATABASE_URL: settings.databaseUrl,
    REDIS_URL: settings.redisUrl,
    QUEUE_PREFIX: settings.queuePrefix,
    MATCH_REVIEW_SETTLE_MS: '0',
    SIGN_IN_MAX_FAILURES_PER_ADDRESS: '100000',
  });
  const migrated = spawnSync(process.execPath, [join(root, 'dist/apps/migrator/main.js')], {
    env: {
      ...process.env,
      LOAD_DEMO_DATA: 'true',
      ADMIN_EMAIL: 'admin@platform.example',
      ADMIN_PASSWORD: 'Admin-Platform-2026!',
      LOG_LEVEL: 'warn',
    },
    encoding: 'utf8',
  });
  if (migrated.status !== 0) throw new Error(`migrator failed: ${migrated.stderr}`);

  // ORCID sends the browser back to the api's own address: it is chosen before either starts.
  const apiPort = await freePort();
  const appUrl = `http://127.0.0.1:${apiPort}`;
  const orcid = await startOrcidProvider(`${appUrl}/orcid/callback`);
  const openAlex = await startOpenAlex();
  // Nothing runs by the clock: a deadline sweep at :15 would expire the overdue proposals a
  // test has just seeded. Tests run the clock's jobs themselves when they need them.
  const worker = await startWorker({ OPENALEX_URL: openAlex.url, JOB_SCHEDULES: 'off' });
  const api = await startApiProcess(
    { ...orcid.env, OPENALEX_URL: openAlex.url, APP_URL: appUrl },
    apiPort,
  );
  process.env.WEB_BASE_URL = appUrl;
  await acceptLegalTexts(appUrl, 'admin@platform.example', 'Admin-Platform-2026!');

  return async () => {
    await api.stop();
    await worker.stop();
    await orcid.stop();
    await openAlex.close();
    mailbox.close();
    await register.close();
    await inbox.close();
    await globalTeardown();
  };
}

/**
 * The bootstrapped admin accepts the terms, as at a first visit, so the tests that use it start
 * from its work; the first-visit page itself is tested with a freshly invited researcher.
 */
async function acceptLegalTexts(appUrl: string, email: string, password: string) {
  const call = async (query: string, variables: object, token?: string) => {
    const response = await fetch(`${appUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const { data, errors } = (await response.json()) as { data: any; errors?: unknown[] };
    if (errors) throw new Error(`setup: ${JSON.stringify(errors)}`);
    return data;
  };
  const { signIn } = await call(
    'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }',
    { email, password },
  );
  const { legalTexts } = await call('query { legalTexts(language: pl) { document version } }', {});
  await call(
    'mutation($input: AcceptLegalDocumentsInput!) { acceptLegalDocuments(input: $input) { id } }',
    { input: { language: 'pl', documents: legalTexts } },
    signIn.accessToken,
  );
}
