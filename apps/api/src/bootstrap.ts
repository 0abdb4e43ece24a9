import { Logger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { AppModule, type AppPorts } from './app.module';
import type { AppConfig } from './config/config';
import { PortalIoAdapter } from './realtime/io-adapter';
import { REDIS_CLIENT, type RedisClient } from './redis/redis.module';
import { serveWebApp } from './web/web-app';

const LEVELS: Record<AppConfig['logLevel'], LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  log: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
};

/** Builds the whole portal (API, sockets, web app) for a config; used by main.ts and by tests. */
export async function createApp(
  config: AppConfig,
  /** Outbound ports; tests capture mail here, production uses the configured mailer. */
  ports: AppPorts = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, ports), {
    logger: LEVELS[config.logLevel],
    bufferLogs: false,
  });
  app.set('trust proxy', config.trustProxy ? 1 : false);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Mantine sets style attributes and <style> tags at run time; scripts stay strict.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          ...(config.session.secureCookie ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      hsts: config.session.secureCookie,
    }),
  );
  app.useBodyParser('json', { limit: '1mb' });
  serveWebApp(app, config.webDist);

  const adapter = new PortalIoAdapter(app, app.get<RedisClient | null>(REDIS_CLIENT), config.redisPrefix);
  await adapter.connectRedis();
  app.useWebSocketAdapter(adapter);
  app.enableShutdownHooks();
  await app.init();
  return app;
}

export function logStartBanner(config: AppConfig, address: string, demo: readonly { email: string; description: string }[]) {
  const logger = new Logger('Portal');
  const db = config.database.type === 'sqlite' ? `SQLite at ${config.database.path}` : 'PostgreSQL';
  logger.log(`Berne Process portal ${config.version} listening on ${address} (${db}${config.redisUrl ? ', Redis' : ''})`);
  if (config.seedDemo && demo.length) {
    logger.log(
      'Demo accounts (password BerneDemo!2026):\n' + demo.map((a) => `  ${a.email.padEnd(32)} ${a.description}`).join('\n'),
    );
  }
}
