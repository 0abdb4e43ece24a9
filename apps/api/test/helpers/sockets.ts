import { socketParser } from '@berne/collab';
import { io, type Socket } from 'socket.io-client';
import type TestAgent from 'supertest/lib/agent';
import { gql, type TestApp } from './test-app';

/** Signs in through GraphQL and returns the session cookie, for socket handshakes. */
export async function sessionCookie(
  t: TestApp,
  email: string,
  password = 'BerneDemo!2026',
): Promise<string> {
  const res = await gql(
    t.agent() as TestAgent,
    'mutation($i: LoginInput!) { login(input: $i) { id } }',
    {
      i: { email, password },
    },
  );
  const header = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  return header.map((c) => c.split(';')[0]).join('; ');
}

export function portOf(t: TestApp): number {
  return (t.app.getHttpServer().address() as { port: number }).port;
}

/** A connected socket.io client on a namespace, or the connect error's message. */
export async function connect(t: TestApp, namespace: string, cookie?: string): Promise<Socket> {
  const socket = io(`http://127.0.0.1:${portOf(t)}${namespace}`, {
    parser: socketParser,
    transports: ['websocket'],
    extraHeaders: cookie ? { cookie } : {},
    reconnection: false,
    forceNew: true,
  });
  await new Promise<void>((ok, fail) => {
    socket.once('connect', () => ok());
    socket.once('connect_error', (e) => {
      socket.close();
      fail(e);
    });
  });
  return socket;
}

export async function eventually(
  check: () => boolean | Promise<boolean>,
  what: string,
  ms = 5000,
): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}
