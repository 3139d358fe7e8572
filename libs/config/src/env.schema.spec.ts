import { InvalidConfigurationError, loadEnv } from './env.schema';

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

  it('refuses an admin e-mail without a password', () => {
    expect(() => loadEnv({ ADMIN_EMAIL: 'admin@example.org' })).toThrow(/ADMIN_PASSWORD/);
  });
});
