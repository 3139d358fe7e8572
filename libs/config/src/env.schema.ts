import { availableParallelism } from 'node:os';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);
const durationSeconds = z.coerce.number().int().positive();
const retentionDays = z.coerce.number().int().min(1).max(3650);

/** Every setting of the platform, with defaults that work against local PostgreSQL and Redis. */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    DATABASE_URL: z.url().default('postgres://postgres@127.0.0.1:5432/matchmaking'),
    REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
    QUEUE_PREFIX: z.string().min(1).default('matchmaking'),
    API_PORT: port.default(3000),
    WORKER_HEALTH_PORT: port.default(3001),
    JWT_SECRET: z.string().min(32, 'JWT_SECRET must be at least 32 characters long'),
    ACCESS_TOKEN_TTL_SECONDS: durationSeconds.default(900),
    REFRESH_TOKEN_TTL_SECONDS: durationSeconds.default(30 * 24 * 3600),
    /** Failed password checks allowed per account, and per client address, in one window. */
    SIGN_IN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
    SIGN_IN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(50),
    SIGN_IN_WINDOW_SECONDS: durationSeconds.default(900),
    /** Express's `trust proxy` behind a reverse proxy: a hop count, or addresses to trust. */
    TRUST_PROXY: z
      .string()
      .optional()
      .transform((value) => (value && /^\d+$/.test(value) ? Number(value) : value)),
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).default(10),
    GRAPHQL_MAX_COMPLEXITY: z.coerce.number().int().min(10).default(5000),
    GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).default(15),
    MATCH_THRESHOLD: z.coerce.number().min(0).max(1).optional(),
    MATCH_TOP_K: z.coerce.number().int().min(1).max(200).optional(),
    /** Coordinators hear of a proposal once it has lasted this long (0: at once). */
    MATCH_REVIEW_SETTLE_MS: z.coerce.number().int().min(0).default(15_000),
    /** Where a worker keeps its analysed matching index between runs (unset: none kept). */
    MATCHING_SNAPSHOT_DIR: z.string().min(1).optional(),
    /** Threads a fresh build of the matching index analyses texts in; 0: in the worker's own. */
    MATCHING_BUILD_THREADS: z.coerce
      .number()
      .int()
      .min(0)
      .max(16)
      .default(Math.min(availableParallelism(), 4)),
    SMTP_URL: z.url().optional(),
    /** The VAT taxpayer register ("Biała lista", https://wl-api.mf.gov.pl); unset: no lookups. */
    VAT_REGISTER_URL: z.url().optional(),
    /**
     * Sign in with ORCID (OpenID Connect): the issuer (https://orcid.org, or
     * https://sandbox.orcid.org) and the client ORCID registered; unset: no ORCID sign-in.
     */
    ORCID_ISSUER_URL: z.url().optional(),
    ORCID_CLIENT_ID: z.string().min(1).optional(),
    ORCID_CLIENT_SECRET: z.string().min(1).optional(),
    /** ORCID's public API for records (https://pub.orcid.org); unset: records only by file. */
    ORCID_API_URL: z.url().optional(),
    /** OpenAlex (https://api.openalex.org); unset: works only by file. */
    OPENALEX_URL: z.url().optional(),
    OPENALEX_MAILTO: z.email().optional(),
    /** The operator's terms and privacy notice (terms.pl.md, privacy.en.md, …); unset: those shipped. */
    LEGAL_TEXTS_DIR: z.string().min(1).optional(),
    MAIL_FROM: z.string().min(3).default('Klaster WMM <no-reply@matchmaking.example>'),
    APP_URL: z.url().default('http://localhost:3000'),
    /** A worker still shutting down after this long exits anyway (jobs run again elsewhere). */
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).default(20_000),
    OUTBOX_POLL_INTERVAL_MS: z.coerce.number().int().min(10).default(100),
    /**
     * `off`: no job runs by the clock (deadline sweep, digests, retention…), and the schedules a
     * worker registered are removed; for maintenance, and for tests that must not race the clock.
     */
    JOB_SCHEDULES: z.enum(['on', 'off']).default('on'),
    /** Relays are woken when rows commit (LISTEN/NOTIFY); this is how long they wait unwoken. */
    OUTBOX_IDLE_POLL_MS: z.coerce.number().int().min(100).default(10_000),
    /** A relayed job not finished after this long is checked for in Redis, and added again if lost. */
    OUTBOX_REDRIVE_AFTER_MS: z.coerce.number().int().min(100).default(60_000),
    /** Personal data kept no longer than this (days); the daily retention job applies them. */
    RETENTION_UNVERIFIED_ACCOUNT_DAYS: retentionDays.default(30),
    RETENTION_EXPIRED_LINK_DAYS: retentionDays.default(7),
    RETENTION_NOTIFICATION_DAYS: retentionDays.default(365),
    RETENTION_SENT_MAIL_DAYS: retentionDays.default(90),
    RETENTION_CLOSED_POSTING_DAYS: retentionDays.default(730),
    ADMIN_EMAIL: z.email().optional(),
    ADMIN_PASSWORD: z.string().optional(),
    /** The first admin's name, as the home page greets them (a role is not a name). */
    ADMIN_NAME: z.string().trim().min(1).max(120).default('Administrator'),
    LOAD_DEMO_DATA: z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true'),
  })
  .refine(
    (env) =>
      !env.ORCID_ISSUER_URL === !env.ORCID_CLIENT_ID &&
      !env.ORCID_CLIENT_ID === !env.ORCID_CLIENT_SECRET,
    {
      message: 'ORCID_ISSUER_URL, ORCID_CLIENT_ID and ORCID_CLIENT_SECRET must be set together',
      path: ['ORCID_CLIENT_SECRET'],
    },
  )
  .refine((env) => !env.ADMIN_EMAIL === !env.ADMIN_PASSWORD, {
    message: 'ADMIN_EMAIL and ADMIN_PASSWORD must be set together',
    path: ['ADMIN_PASSWORD'],
  });

export type Env = z.infer<typeof envSchema>;

export class InvalidConfigurationError extends Error {}

/**
 * The environment with the settings of a `.env` file in the working directory added, when
 * there is one; variables set in the environment win. Test runs ignore the file, so a
 * developer's own settings never reach them.
 */
export function withEnvFile(
  env: NodeJS.ProcessEnv,
  path = join(process.cwd(), '.env'),
): NodeJS.ProcessEnv {
  if (env.NODE_ENV === 'test' || !existsSync(path)) return env;
  return { ...parseEnv(readFileSync(path, 'utf8')), ...env };
}

/** Parses the environment once at boot; the message names every bad setting so an operator can fix them in one go. */
export function loadEnv(source: NodeJS.ProcessEnv = withEnvFile(process.env)): Env {
  const devDefaults =
    source.NODE_ENV === 'production'
      ? {}
      : { JWT_SECRET: 'development-only-secret-change-me-in-production' };
  const result = envSchema.safeParse({ ...devDefaults, ...stripEmpty(source) });
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('\n');
    throw new InvalidConfigurationError(`Invalid configuration:\n${problems}`);
  }
  return result.data;
}

function stripEmpty(source: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(source).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '',
    ),
  );
}
