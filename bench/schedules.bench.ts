/**
 * npm run bench:schedules [-- --matches 200000] [-- --notifications 1000000] [-- --runs 3]
 *
 * Seeds a platform-sized database (matches, notifications, postings) and times the worker's
 * scheduled jobs on it: a routine deadline sweep, the Monday-morning digest run, and the admins'
 * list of failed e-mails. Each run works on a fresh copy of the seeded database, once with the
 * schema as migrated and once with the partial indexes these jobs rely on dropped (the named
 * baseline), in the same process. Ratios are baseline / indexed, so above 1 means the indexes
 * pay off. The retention job is timed on the same copies, a routine day (the oldest day's
 * notifications past their year) and a catch-up (all of them), against the bare DELETE of the
 * same notifications on the baseline copy.
 */
import { loadEnv } from '@app/config';
import { dataSourceOptions } from '@app/database';
import type { PinoLogger } from 'nestjs-pino';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { NotificationsService } from '../apps/api/src/notifications/notifications.service';
import { DeadlinesService } from '../apps/worker/src/schedulers/deadlines.service';
import { DigestsService } from '../apps/worker/src/schedulers/digests.service';
import { RetentionService } from '../apps/worker/src/schedulers/retention.service';

const { values } = parseArgs({
  options: {
    matches: { type: 'string', default: '200000' },
    notifications: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '3' },
  },
});
const matchCount = Number(values.matches);
const notificationCount = Number(values.notifications);
const runs = Number(values.runs);
const postingsPerSide = 1000;
const userCount = 20_000;

/** What the baseline lacks: the partial indexes the scheduled jobs were written against. */
const partialIndexes = [
  'IDX_matches_due',
  'IDX_needs_published_expiry',
  'IDX_capabilities_published_expiry',
  'IDX_notifications_digest_pending',
  'IDX_notifications_email_failed',
];

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const urlOf = (name: string) => new URL(`/${name}`, serverUrl).toString();
const server = new DataSource({ type: 'postgres', url: urlOf('postgres') });
const template = `bench_schedules_${process.pid}`;

async function seed(): Promise<void> {
  await server.query(`CREATE DATABASE "${template}"`);
  const db = await new DataSource(dataSourceOptions(urlOf(template))).initialize();
  await db.runMigrations({ transaction: 'each' });
  await db.query(
    `INSERT INTO organizations (name, kind, city, region, invite_code) VALUES
       ('Bench firm', 'COMPANY', 'Lublin', 'lubelskie', 'bench-firm'),
       ('Bench lab', 'UNIVERSITY', 'Lublin', 'lubelskie', 'bench-lab')`,
  );
  await db.query(
    `INSERT INTO users (email, password_hash, full_name, role, organization_id, email_verified_at)
     SELECT 'u' || i || '@bench.example', 'x', 'User ' || i,
       CASE WHEN i % 2 = 0 THEN 'FIRM' ELSE 'RESEARCHER' END,
       (SELECT id FROM organizations WHERE invite_code = CASE WHEN i % 2 = 0 THEN 'bench-firm' ELSE 'bench-lab' END),
       now()
     FROM generate_series(1, $1) AS i`,
    [userCount],
  );
  for (const [table, role, extra] of [
    ['needs', 'FIRM', 'trl_min, trl_max'],
    ['capabilities', 'RESEARCHER', 'trl, ipr_status'],
  ] as const) {
    await db.query(
      `WITH authors AS (SELECT array_agg(id) AS ids, min(organization_id::text)::uuid AS org
                        FROM users WHERE role = '${role}')
       INSERT INTO ${table} (organization_id, author_id, title, summary, description,
         collaboration_types, language, visibility, status, search_document, version,
         published_at, expires_at, ${extra})
       SELECT org, ids[1 + i % cardinality(ids)], 'Posting ' || i, 'Summary', 'Description',
         ARRAY['CONTRACT_RESEARCH'], 'pl', 'PUBLIC', 'PUBLISHED', ''::tsvector, 1,
         now(), now() + make_interval(days => i % 400),
         ${table === 'needs' ? '1, 9' : "5, 'NO_IPR_APPLIED'"}
       FROM authors, generate_series(1, $1) AS i`,
      [postingsPerSide],
    );
  }
  // Most matches are decided long ago; 8 % wait for a review or answers, due within a year.
  await db.query(
    `WITH n AS (SELECT array_agg(id ORDER BY id) AS ids FROM needs),
          c AS (SELECT array_agg(id ORDER BY id) AS ids FROM capabilities)
     INSERT INTO matches (need_id, capability_id, score, factors, reason_for_firm,
       reason_for_researcher, engine_version, status, need_version, capability_version)
     SELECT n.ids[1 + i % $2], c.ids[1 + i / $2], 0.5, '[]', '{"pl":"","en":""}',
       '{"pl":"","en":""}', 'bench',
       CASE WHEN i % 100 < 5 THEN 'PROPOSED' WHEN i % 100 < 8 THEN 'APPROVED'
         ELSE (ARRAY['REJECTED', 'INTRODUCED', 'WITHDRAWN', 'DECLINED', 'EXPIRED'])[1 + i % 5] END,
       1, 1
     FROM n, c, generate_series(0, $1 - 1) AS i`,
    [matchCount, postingsPerSide],
  );
  await db.query(
    `UPDATE matches SET due_at = now() + make_interval(mins => abs(hashtext(id::text)) % 525600)
     WHERE due_at IS NOT NULL`,
  );
  // 97 % e-mailed, 2 % waiting for a digest (about 2,000 users), 1 % failed.
  await db.query(
    `WITH m AS (SELECT array_agg(id) AS ids FROM matches),
          u AS (SELECT array_agg(id) AS ids FROM users)
     INSERT INTO notifications (user_id, event, match_id, idempotency_key, created_at,
       email_frequency, emailed_at, email_failed_at, email_error)
     SELECT u.ids[1 + CASE WHEN i % 100 IN (0, 1) THEN (i / 100) % 2000 ELSE i % cardinality(u.ids) END],
       'MATCH_APPROVED', m.ids[1 + i % cardinality(m.ids)], 'bench:' || i,
       now() - make_interval(mins => i % 100000),
       CASE i % 100 WHEN 0 THEN 'DAILY_DIGEST' WHEN 1 THEN 'WEEKLY_DIGEST' ELSE 'INSTANT' END,
       CASE WHEN i % 100 > 2 THEN now() END,
       CASE WHEN i % 100 = 2 THEN now() - make_interval(mins => i % 100000) END,
       CASE WHEN i % 100 = 2 THEN '550 Mailbox unavailable' END
     FROM m, u, generate_series(1, $1) AS i`,
    [notificationCount],
  );
  await db.query('ANALYZE');
  await db.destroy();
}

const print = (line: string) => process.stdout.write(`${line}\n`);

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = process.hrtime.bigint();
  const result = await run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

/** One run of each job on a fresh copy of the seeded database. */
async function runOnCopy(variant: 'indexed' | 'baseline', run: number) {
  const name = `${template}_${variant}_${run}`;
  await server.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  const db = await new DataSource(dataSourceOptions(urlOf(name))).initialize();
  try {
    if (variant === 'baseline') {
      for (const index of partialIndexes) await db.query(`DROP INDEX "${index}"`);
      await db.query('ANALYZE');
    }
    const [{ monday }] = await db.query(
      `SELECT (date_trunc('week', now() AT TIME ZONE 'Europe/Warsaw')
               + interval '7 days 8 hours 30 minutes') AT TIME ZONE 'Europe/Warsaw' AS monday`,
    );
    const sweep = await timed(() =>
      new DeadlinesService(db).sweep(new Date(Date.now() + 15 * 60_000)),
    );
    const digests = await timed(() => new DigestsService(db).gather(monday));
    const failed = await timed(() => new NotificationsService(db).failedEmails(200));
    const routineDay = await timed(() => retain(db, variant, retentionDay(notificationDays - 1)));
    const catchUp = await timed(() => retain(db, variant, retentionDay(-1)));
    return {
      sweepMs: sweep.ms,
      swept: sweep.result,
      digestsMs: digests.ms,
      digests: digests.result.digests,
      failedEmailsMs: failed.ms,
      retentionDayMs: routineDay.ms,
      retainedDay: routineDay.result,
      retentionCatchUpMs: catchUp.ms,
      retainedCatchUp: catchUp.result,
    };
  } finally {
    await db.destroy();
    await server.query(`DROP DATABASE "${name}" WITH (FORCE)`);
  }
}

/** The seeded notifications span this many days back from now (a minute apart, cycling). */
const notificationDays = Math.min(notificationCount, 100_000) / (24 * 60);
const env = loadEnv({ NODE_ENV: 'test' });
const quiet = { info: () => undefined } as unknown as PinoLogger;

const dayMs = 24 * 3600 * 1000;

/** When the notifications created over `daysAgo` days ago are past their period. */
const retentionDay = (daysAgo: number) =>
  new Date(Date.now() + (env.RETENTION_NOTIFICATION_DAYS - daysAgo) * dayMs);

/** The retention job, or (baseline) the bare DELETE of the notifications it deletes; how many. */
async function retain(db: DataSource, variant: 'indexed' | 'baseline', asOf: Date) {
  if (variant === 'indexed')
    return (await new RetentionService(db, env, quiet).apply(asOf)).notifications;
  // The job's own cutoff, so both delete the same rows.
  const cutoff = new Date(asOf.getTime() - env.RETENTION_NOTIFICATION_DAYS * dayMs);
  const [, deleted] = await db.query(`DELETE FROM notifications WHERE created_at < $1`, [cutoff]);
  return deleted as number;
}

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[samples.length >> 1]!;
const round = (value: number) => Math.round(value * 10) / 10;

async function main(): Promise<void> {
  await server.initialize();
  try {
    const seeding = await timed(seed);
    print(
      `seeded ${matchCount} matches, ${notificationCount} notifications, ` +
        `${2 * postingsPerSide} postings, ${userCount} users in ${round(seeding.ms / 1000)} s`,
    );
    const results = {
      indexed: [] as Awaited<ReturnType<typeof runOnCopy>>[],
      baseline: [] as Awaited<ReturnType<typeof runOnCopy>>[],
    };
    for (let run = 0; run < runs; run++) {
      results.indexed.push(await runOnCopy('indexed', run));
      results.baseline.push(await runOnCopy('baseline', run));
    }
    const first = results.indexed[0]!;
    print(
      `each run: sweep ${JSON.stringify(first.swept)}, ${first.digests} digests gathered, ` +
        `retention deleted ${first.retainedDay} notifications on a routine day and ` +
        `${first.retainedCatchUp} more catching up`,
    );
    const jobs = [
      'sweepMs',
      'digestsMs',
      'failedEmailsMs',
      'retentionDayMs',
      'retentionCatchUpMs',
    ] as const;
    for (const job of jobs) {
      const indexed = median(results.indexed.map((r) => r[job]));
      const baseline = median(results.baseline.map((r) => r[job]));
      const [measured, named] = job.startsWith('retention')
        ? ['the job', 'the bare DELETE']
        : ['indexed', 'without partial indexes'];
      print(
        `${job.replace('Ms', '').padEnd(18)} ${measured} ${round(indexed)} ms, ` +
          `${named} ${round(baseline)} ms, baseline/measured ×${round(baseline / indexed)} ` +
          `(median of ${runs})`,
      );
    }
  } finally {
    await server.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    await server.destroy();
  }
}

void main();
