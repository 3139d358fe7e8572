import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidConfigurationError, loadEnv, withEnvFile } from './env.schema';

describe('loadEnv', () => {
  it('applies local defaults in development', () => {
    const env = loadEnv({});
    expect(env.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/matchmaking');
    expect(env.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(env.API_PORT).toBe(3000);
  });

  it('requires an explicit JWT secret in production', () => {
    expect(() => loadEnv({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
  });

  it('names every invalid setting in one message', () => {
    let message = '';
    try {
      loadEnv({ API_PORT: '70000', DATABASE_URL: 'not a url' });
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidConfigurationError);
      message = (error as Error).message;
    }
    expect(message).toContain('API_PORT');
    expect(message).toContain('DATABASE_URL');
  });

  it('refuses a negative or fractional settle window and defaults it to 15 s', () => {
    expect(loadEnv({}).MATCH_REVIEW_SETTLE_MS).toBe(15_000);
    expect(() => loadEnv({ MATCH_REVIEW_SETTLE_MS: '-1' })).toThrow(/MATCH_REVIEW_SETTLE_MS/);
    expect(() => loadEnv({ MATCH_REVIEW_SETTLE_MS: '1.5' })).toThrow(/MATCH_REVIEW_SETTLE_MS/);
  });

  it('refuses an admin e-mail without a password', () => {
    expect(() => loadEnv({ ADMIN_EMAIL: 'admin@example.org' })).toThrow(/ADMIN_PASSWORD/);
  });
});

describe('withEnvFile', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'env-')), '.env');
  writeFileSync(file, '# local settings\nAPI_PORT=4000\nSMTP_URL="smtp://mail.example:25"\n');

  it('reads a .env file, with variables of the environment winning', () => {
    const env = loadEnv(withEnvFile({ SMTP_URL: 'smtp://other.example:25' }, file));
    expect(env.API_PORT).toBe(4000);
    expect(env.SMTP_URL).toBe('smtp://other.example:25');
  });

  it('does without one, and never reads it in tests', () => {
    expect(withEnvFile({ A: '1' }, join(tmpdir(), 'no-such-dir', '.env'))).toEqual({ A: '1' });
    expect(withEnvFile({ NODE_ENV: 'test' }, file)).toEqual({ NODE_ENV: 'test' });
  });
});
