import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '../config/config';

/*
 * There is no Docker engine on the development machines or in CI, so the deployment files in
 * docker/ are checked by parsing them: the compose topology (PostgreSQL + Redis + two replicas of
 * one image + nginx), the proxy's stickiness and WebSocket handling, and the image's essentials.
 */

const root = resolve(__dirname, '../../../..');
const dockerDir = resolve(root, 'docker');
const read = (file: string) => readFileSync(resolve(dockerDir, file), 'utf8');

interface ComposeService {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  ports?: (string | { target?: number; published?: string | number })[];
  volumes?: (string | { type?: string; source?: string; target?: string })[];
  healthcheck?: { test?: string | string[] };
  command?: string | string[];
}

interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

/** Compose's `${VAR:-default}` / `${VAR-default}` interpolation, with every variable unset. */
function interpolate(value: string): string {
  return value.replace(
    /\$\{([A-Z0-9_]+)(?::?-([^}]*))?\}/g,
    (whole, name: string, fallback?: string) => {
      if (fallback === undefined)
        throw new Error(`${whole} has no default: compose would need ${name} set`);
      return fallback;
    },
  );
}

function environmentOf(service: ComposeService): Record<string, string> {
  const env = service.environment ?? {};
  const entries = Array.isArray(env)
    ? env.map((line) => {
        const at = line.indexOf('=');
        return [line.slice(0, at), line.slice(at + 1)] as const;
      })
    : Object.entries(env).map(([key, value]) => [key, String(value ?? '')] as const);
  return Object.fromEntries(entries.map(([key, value]) => [key, interpolate(value)]));
}

function dependsOn(service: ComposeService): Record<string, string | undefined> {
  const deps = service.depends_on ?? {};
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((name) => [name, undefined]));
  return Object.fromEntries(Object.entries(deps).map(([name, dep]) => [name, dep?.condition]));
}

/** nginx.conf without comments, as one string. */
function nginxText(): string {
  return read('nginx.conf')
    .split('\n')
    .map((line) => line.replace(/#.*$/, ''))
    .join('\n');
}

/** The body of the first `<keyword> <name> { ... }` block (no nested blocks inside it). */
function block(text: string, opening: RegExp): string {
  const match = opening.exec(text);
  if (!match) throw new Error(`no block matching ${opening}`);
  const start = match.index + match[0].length;
  const end = text.indexOf('}', start);
  return text.slice(start, end);
}

/** Dockerfile instructions: continuation lines joined, comments dropped. */
function dockerfileInstructions(): { keyword: string; args: string }[] {
  const joined = read('Dockerfile')
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\n/g, ' ');
  return joined
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [keyword, ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}

describe('docker-compose deployment files (docker/)', () => {
  const compose = parse(read('compose.yaml'), { merge: true }) as ComposeFile;
  const services = compose.services;
  const apis = ['api1', 'api2'] as const;

  describe('compose.yaml', () => {
    it('has postgres, redis, two API replicas and a proxy', () => {
      expect(Object.keys(services).sort()).toEqual(
        expect.arrayContaining(['api1', 'api2', 'postgres', 'proxy', 'redis']),
      );
      expect(services.postgres.image).toMatch(/^postgres:15\b/);
      expect(services.redis.image).toMatch(/^redis:7\b/);
      expect(services.proxy.image).toMatch(/^nginx:/);
    });

    it('runs both replicas from one image built with docker/Dockerfile at the repository root', () => {
      const [a, b] = apis.map((name) => services[name]);
      expect(a.build).toEqual(b.build);
      expect(a.image).toBeTruthy();
      expect(a.image).toEqual(b.image);
      const build = a.build as { context: string; dockerfile: string };
      expect(resolve(dockerDir, build.context)).toBe(root);
      expect(existsSync(resolve(root, build.dockerfile))).toBe(true);
      expect(resolve(root, build.dockerfile)).toBe(resolve(dockerDir, 'Dockerfile'));
    });

    it.each(apis)(
      '%s runs in production against PostgreSQL and Redis, behind the proxy',
      (name) => {
        const env = environmentOf(services[name]);
        expect(env.NODE_ENV).toBe('production');
        expect(env.DATABASE_URL).toMatch(/^postgres(ql)?:\/\/[^@]+@postgres:5432\/\w+$/);
        expect(env.REDIS_URL).toMatch(/^redis:\/\/redis:6379\b/);
        expect(env.TRUST_PROXY).toBe('true');
        expect(env.PUBLIC_URL).toMatch(/^https?:\/\//);
        expect(env).not.toHaveProperty('SEED_DEMO');
      },
    );

    it.each(apis)(
      '%s environment is accepted by the API config as a production PostgreSQL + Redis setup',
      (name) => {
        const env = environmentOf(services[name]);
        for (const [key, value] of Object.entries(env)) {
          expect([key, value]).not.toEqual([key, '']); // an empty value fails validation at boot
        }
        const config = loadConfig(env);
        expect(config).toMatchObject({
          isProduction: true,
          seedDemo: false,
          trustProxy: true,
          database: { type: 'postgres' },
          port: 3000,
        });
        expect(config.redisUrl).toBeDefined();
      },
    );

    it.each(apis)('%s waits for healthy postgres and redis', (name) => {
      expect(dependsOn(services[name])).toMatchObject({
        postgres: 'service_healthy',
        redis: 'service_healthy',
      });
    });

    it('postgres and redis have health checks; postgres keeps its data in a named volume', () => {
      expect(JSON.stringify(services.postgres.healthcheck?.test)).toContain('pg_isready');
      expect(JSON.stringify(services.redis.healthcheck?.test)).toContain('redis-cli');
      const pgVolume = (services.postgres.volumes ?? [])
        .map(String)
        .find((v) => v.endsWith(':/var/lib/postgresql/data'));
      expect(pgVolume).toBeDefined();
      expect(Object.keys(compose.volumes ?? {})).toContain(pgVolume!.split(':')[0]);
    });

    it('the database password is the same for postgres and for the replicas', () => {
      const password = interpolate(
        String((services.postgres.environment as Record<string, string>).POSTGRES_PASSWORD),
      );
      const user = String((services.postgres.environment as Record<string, string>).POSTGRES_USER);
      expect(environmentOf(services.api1).DATABASE_URL).toContain(
        `//${user}:${password}@postgres:`,
      );
    });

    it('only the proxy publishes a port, to its nginx listen port, with nginx.conf mounted', () => {
      const published = Object.entries(services).filter(([, s]) => (s.ports ?? []).length > 0);
      expect(published.map(([name]) => name)).toEqual(['proxy']);
      const port = interpolate(String(services.proxy.ports![0]));
      const containerPort = port.split(':').pop();
      expect(nginxText()).toMatch(new RegExp(`\\blisten\\s+${containerPort}\\s*;`));
      const mount = (services.proxy.volumes ?? [])
        .map(String)
        .find((v) => v.includes('nginx.conf'));
      expect(mount).toMatch(/^\.\/nginx\.conf:\/etc\/nginx\/nginx\.conf(:ro)?$/);
      expect(existsSync(resolve(dockerDir, mount!.split(':')[0]))).toBe(true);
      for (const name of apis) expect(Object.keys(dependsOn(services.proxy))).toContain(name);
    });
  });

  describe('nginx.conf (compose proxy)', () => {
    const conf = nginxText();

    it('balances over an upstream holding exactly the compose API replicas on their PORT', () => {
      const upstream = block(conf, /upstream\s+(\w+)\s*\{/);
      const servers = [...upstream.matchAll(/^\s*server\s+([\w.-]+):(\d+)/gm)].map(
        (m) => `${m[1]}:${m[2]}`,
      );
      const port = environmentOf(services.api1).PORT ?? '3000';
      expect(servers.sort()).toEqual(apis.map((name) => `${name}:${port}`));
      const name = /upstream\s+(\w+)/.exec(conf)![1];
      expect(conf).toMatch(new RegExp(`proxy_pass\\s+http://${name}\\s*;`));
    });

    it('is sticky: ip_hash, or a hash on a key derived from a cookie', () => {
      const upstream = block(conf, /upstream\s+\w+\s*\{/);
      const sticky = /^\s*(ip_hash|hash\s+(\$\w+)(\s+consistent)?)\s*;/m.exec(upstream);
      expect(sticky).not.toBeNull();
      if (sticky![1] !== 'ip_hash') {
        const key = sticky![2];
        // Either the cookie itself, or a map from the cookie (with a per-request fallback).
        const direct = key.startsWith('$cookie_');
        const mapped = new RegExp(`map\\s+\\$cookie_(\\w+)\\s+\\${key}\\s*\\{`).exec(conf);
        expect(direct || mapped !== null).toBe(true);
        if (mapped) {
          // ...and the cookie is set when missing, so later requests hash to the same replica.
          expect(conf).toMatch(new RegExp(`add_header\\s+Set-Cookie\\s+\\$\\w+`));
          expect(conf).toContain(`${mapped[1]}=$request_id`);
          expect(
            block(conf, new RegExp(`map\\s+\\$cookie_${mapped[1]}\\s+\\${key}\\s*\\{`)),
          ).toMatch(/''\s+\$request_id\s*;/);
        }
      }
    });

    it('upgrades WebSockets: HTTP/1.1 with Upgrade and Connection headers', () => {
      expect(conf).toMatch(/proxy_http_version\s+1\.1\s*;/);
      expect(conf).toMatch(/proxy_set_header\s+Upgrade\s+\$http_upgrade\s*;/);
      expect(conf).toMatch(
        /proxy_set_header\s+Connection\s+(\$connection_upgrade|"upgrade"|upgrade)\s*;/,
      );
      if (conf.includes('$connection_upgrade'))
        expect(conf).toMatch(/map\s+\$http_upgrade\s+\$connection_upgrade/);
    });

    it('forwards the client address, scheme and Host with its port (socket.io checks Origin against Host)', () => {
      expect(conf).toMatch(/proxy_set_header\s+X-Forwarded-For\s+\$proxy_add_x_forwarded_for\s*;/);
      expect(conf).toMatch(/proxy_set_header\s+X-Forwarded-Proto\s+\$scheme\s*;/);
      expect(conf).toMatch(/proxy_set_header\s+Host\s+\$http_host\s*;/);
    });

    it('keeps socket.io connections open longer than its 25 s ping, unbuffered', () => {
      const io = block(conf, /location\s+\/socket\.io\/\s*\{/);
      expect(io).toMatch(/proxy_pass\s+http:\/\/\w+\s*;/);
      const seconds = /proxy_read_timeout\s+(\d+)(s|m|h)?\s*;/.exec(io);
      expect(seconds).not.toBeNull();
      const factor = { s: 1, m: 60, h: 3600 }[(seconds![2] ?? 's') as 's' | 'm' | 'h'];
      expect(Number(seconds![1]) * factor).toBeGreaterThanOrEqual(60);
      expect(io).toMatch(/proxy_buffering\s+off\s*;/);
    });
  });

  describe('Dockerfile (compose api image)', () => {
    const instructions = dockerfileInstructions();
    const stageStarts = instructions.flatMap((ins, i) => (ins.keyword === 'FROM' ? [i] : []));
    const runtime = instructions.slice(stageStarts[stageStarts.length - 1]);
    const build = instructions.slice(stageStarts[0], stageStarts[stageStarts.length - 1]);
    const args = (list: typeof instructions, keyword: string) =>
      list.filter((ins) => ins.keyword === keyword).map((ins) => ins.args);

    it('has a build stage and a runtime stage, both on Node 20 bookworm-slim', () => {
      expect(stageStarts.length).toBeGreaterThanOrEqual(2);
      const image = /^ARG NODE_IMAGE=(\S+)/m.exec(read('Dockerfile'))?.[1];
      for (const from of args(instructions, 'FROM')) {
        const base = from.split(/\s+/)[0].replace('${NODE_IMAGE}', image ?? '');
        expect(base).toMatch(/^node:20(\.\d+)*-bookworm-slim$/);
      }
    });

    it('builds with a toolchain for the native modules, then prunes dev dependencies', () => {
      const run = args(build, 'RUN').join('\n');
      expect(run).toMatch(/apt-get install[^\n]*python3[^\n]*make[^\n]*g\+\+/);
      expect(run).toMatch(/npm ci\b/);
      expect(run).toMatch(/npm run build\b/);
      expect(run).toMatch(/npm prune --omit=dev\b/);
      expect(args(runtime, 'RUN').join('\n')).not.toMatch(/apt-get install/);
    });

    it('runtime: /app, production, port 3000, data volume, non-root user, health check, the API entry', () => {
      expect(args(runtime, 'WORKDIR')).toContain('/app');
      expect(args(runtime, 'ENV').join(' ')).toMatch(/\bNODE_ENV=production\b/);
      expect(args(runtime, 'EXPOSE')).toContain('3000');
      expect(args(runtime, 'VOLUME').join(' ')).toContain('/app/data');
      const copied = args(runtime, 'COPY').join('\n');
      for (const path of ['package.json', 'node_modules', 'dist'])
        expect(copied).toContain(`/app/${path}`);

      const users = args(runtime, 'USER');
      expect(users.length).toBeGreaterThan(0);
      expect(users[users.length - 1]).not.toMatch(/^(root|0)(:|$)/);
      const userAt = runtime.findIndex((ins) => ins.keyword === 'USER');
      const cmdAt = runtime.findIndex((ins) => ins.keyword === 'CMD');
      expect(userAt).toBeLessThan(cmdAt);

      const health = args(runtime, 'HEALTHCHECK').join(' ');
      expect(health).toMatch(/CMD \["node",/);
      expect(health).toContain('/health');

      const cmd = JSON.parse(args(runtime, 'CMD')[0]) as string[];
      expect(cmd).toEqual(['node', 'dist/apps/api/apps/api/src/main.js']);
      const start = (
        JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
          scripts: Record<string, string>;
        }
      ).scripts.start;
      expect(start).toContain(cmd.join(' ')); // same entry as `npm start`
    });

    it('the build context filter leaves out host installs, build output, data and git', () => {
      const ignore = read('Dockerfile.dockerignore')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#'));
      for (const entry of ['node_modules', 'dist', 'data', '.git', '.nx']) {
        expect(ignore.some((line) => line === entry || line === `**/${entry}`)).toBe(true);
      }
    });
  });
});
