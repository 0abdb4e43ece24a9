import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../config';

/** loadConfig with exactly these variables (never the test runner's own environment). */
const load = (env: Record<string, string> = {}) => loadConfig(env);

function configErrorOf(env: Record<string, string>): ConfigError {
  try {
    load(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('has defaults that suit a laptop: development, port 3000, SQLite under ./data, demo data', () => {
    const config = load();
    expect(config).toMatchObject({
      env: 'development',
      isProduction: false,
      port: 3000,
      host: '0.0.0.0',
      publicUrl: 'http://localhost:3000',
      database: { type: 'sqlite', path: resolve('./data', 'berne.sqlite') },
      redisUrl: undefined,
      mail: { smtpUrl: undefined, from: 'Berne Process portal <no-reply@berne.example>' },
      webDist: resolve('dist/apps/web'),
      seedDemo: true,
      session: { idleMs: 60 * 60_000, absoluteMs: 12 * 3_600_000, secureCookie: false },
      loginThrottle: { perAccount: 5, perIp: 30, blockSeconds: 15 * 60 },
      trustProxy: false,
      logLevel: 'log',
    });
    expect(config.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('reads every variable it documents', () => {
    const config = load({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: 'postgresql://u@db:5432/berne',
      REDIS_URL: 'rediss://cache:6380',
      SMTP_URL: 'smtps://mail.example:465',
      MAIL_FROM: 'Portal <portal@example.org>',
      PUBLIC_URL: 'https://portal.example.org/',
      WEB_DIST: '/srv/web',
      SEED_DEMO: 'false',
      SESSION_IDLE_MINUTES: '5',
      SESSION_ABSOLUTE_HOURS: '2',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '7',
      LOGIN_MAX_FAILURES_PER_IP: '70',
      LOGIN_BLOCK_MINUTES: '3',
      TRUST_PROXY: '1',
      LOG_LEVEL: 'debug',
    });
    expect(config).toMatchObject({
      env: 'test',
      port: 0,
      host: '127.0.0.1',
      database: { type: 'postgres', url: 'postgresql://u@db:5432/berne' },
      redisUrl: 'rediss://cache:6380',
      mail: { smtpUrl: 'smtps://mail.example:465', from: 'Portal <portal@example.org>' },
      // A trailing slash would double up in mailed links.
      publicUrl: 'https://portal.example.org',
      webDist: '/srv/web',
      seedDemo: false,
      session: { idleMs: 5 * 60_000, absoluteMs: 2 * 3_600_000, secureCookie: true },
      loginThrottle: { perAccount: 7, perIp: 70, blockSeconds: 180 },
      trustProxy: true,
      logLevel: 'debug',
    });
  });

  it('keeps SQLite under DATA_DIR when there is no DATABASE_URL', () => {
    expect(load({ DATA_DIR: '/var/lib/berne' }).database).toEqual({
      type: 'sqlite',
      path: '/var/lib/berne/berne.sqlite',
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['REDIS_URL', 'http://x'],
    ['SESSION_IDLE_MINUTES', '0'],
    ['SESSION_ABSOLUTE_HOURS', '-1'],
    ['LOGIN_MAX_FAILURES_PER_ACCOUNT', '2.5'],
    ['NODE_ENV', 'staging'],
    ['PUBLIC_URL', 'not a url'],
    ['SEED_DEMO', 'yes'],
    ['LOG_LEVEL', 'verbose'],
  ])('refuses %s=%s with a ConfigError naming the variable', (name, value) => {
    const error = configErrorOf({ [name]: value });
    expect(error.message).toMatch(/^Invalid configuration:/);
    expect(error.message).toContain(`${name}:`);
    expect(error.message).toContain(JSON.stringify(value));
  });

  it('names every offending variable at once, and only those', () => {
    const error = configErrorOf({ PORT: 'abc', REDIS_URL: 'http://x', HOST: 'localhost' });
    expect(error.message).toContain('PORT:');
    expect(error.message).toContain('REDIS_URL:');
    expect(error.message).not.toContain('HOST');
  });

  describe('production', () => {
    it('never seeds demo data', () => {
      const config = load({ NODE_ENV: 'production' });
      expect(config.isProduction).toBe(true);
      expect(config.seedDemo).toBe(false);
      expect(load({ NODE_ENV: 'production', SEED_DEMO: 'false' }).seedDemo).toBe(false);
    });

    it.each(['true', '1'])('refuses SEED_DEMO=%s with a ConfigError naming SEED_DEMO', (value) => {
      const error = configErrorOf({ NODE_ENV: 'production', SEED_DEMO: value });
      expect(error.message).toContain('SEED_DEMO');
    });

    it('seeds demo data outside production unless told not to', () => {
      expect(load({ NODE_ENV: 'test' }).seedDemo).toBe(true);
      expect(load({ NODE_ENV: 'development', SEED_DEMO: '0' }).seedDemo).toBe(false);
    });
  });
});
