import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { COLLAB_EVENTS, socketParser, type JoinAnswer } from '@berne/collab';

/** Helpers for tests that run the built server (dist/apps/api) as real processes. */
export const MAIN = resolve(__dirname, '../../../../dist/apps/api/apps/api/src/main.js');
const PASSWORD = 'BerneDemo!2026';

export async function freePort(): Promise<number> {
  return new Promise((ok) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => ok(port));
    });
  });
}

export interface Server {
  url: string;
  child: ChildProcess;
  output: () => string;
}

export async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [MAIN], {
    cwd: resolve(__dirname, '../../../..'),
    env: {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: 'error',
      PORT: String(port),
      HOST: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (output += d));
  child.stderr?.on('data', (d: Buffer) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // starting
    }
    if (Date.now() > deadline) throw new Error(`server did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url, child, output: () => output };
}

export async function graphql(url: string, query: string, variables: object, cookie = '') {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  return {
    body: (await res.json()) as {
      data?: Record<string, { id?: string; docName?: string }>;
      errors?: unknown[];
    },
    cookie: res.headers.get('set-cookie') ?? '',
  };
}

export async function signIn(url: string, email = 'eu.diplomat@berne.example'): Promise<string> {
  const { cookie, body } = await graphql(
    url,
    'mutation($i: LoginInput!) { login(input: $i) { id } }',
    {
      i: { email, password: PASSWORD },
    },
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return cookie.split(';')[0];
}

export async function openSocket(url: string, cookie: string, docName: string): Promise<Socket> {
  const socket = io(`${url}/collab`, {
    parser: socketParser,
    transports: ['websocket'],
    extraHeaders: { cookie },
    reconnection: false,
    forceNew: true,
  });
  await new Promise<void>((ok, fail) => {
    socket.once('connect', () => ok());
    socket.once('connect_error', fail);
  });
  const answer = await new Promise<JoinAnswer>((ok) =>
    socket.emit(COLLAB_EVENTS.join, docName, ok),
  );
  if (!answer.ok) throw new Error(`join failed: ${answer.code}`);
  return socket;
}
