import type { AddressInfo } from 'node:net';
import { io, type Socket } from 'socket.io-client';
import { LIVE_EVENTS, SOCKET_NAMESPACES } from '@berne/domain';
import { createUser, signIn } from './helpers/factories';
import { demo, gql, startTestApp, type TestApp } from './helpers/test-app';
import { socketParser } from '@berne/collab';

/** What a socket went through, in order: connected, events received, disconnected. */
interface Watched {
  socket: Socket;
  ended: Promise<{ reason: string }>;
  disconnected: Promise<string>;
}

describe('socket.io /live', () => {
  let t: TestApp;
  let url: string;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '1000' });
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    url = `http://127.0.0.1:${port}${SOCKET_NAMESPACES.live}`;
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.disconnect();
  });
  afterAll(() => t.close());

  function open(cookie?: string): Socket {
    const socket = io(url, {
      parser: socketParser,
      transports: ['websocket'],
      extraHeaders: cookie ? { cookie } : {},
      reconnection: false,
      forceNew: true,
    });
    sockets.push(socket);
    return socket;
  }

  /** Resolves once connected, or rejects with the server's connect_error. */
  function connect(cookie?: string): Promise<Watched> {
    const socket = open(cookie);
    const ended = new Promise<{ reason: string }>((resolve) =>
      socket.once(LIVE_EVENTS.sessionEnded, resolve),
    );
    const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    return new Promise((resolve, reject) => {
      socket.once('connect', () => resolve({ socket, ended, disconnected }));
      socket.once('connect_error', reject);
    });
  }

  it('refuses an anonymous connection with UNAUTHENTICATED', async () => {
    await expect(connect()).rejects.toMatchObject({
      message: 'UNAUTHENTICATED',
      data: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses a cookie that opens no session', async () => {
    await expect(connect('berne_sid=not-a-real-session-token')).rejects.toMatchObject({
      message: 'UNAUTHENTICATED',
    });
  });

  it('accepts a signed-in session', async () => {
    const { cookie } = await signIn(t, demo.euDiplomat, 'BerneDemo!2026');
    const { socket } = await connect(cookie);
    expect(socket.connected).toBe(true);
  });

  it("ends the socket when its session logs out, leaving the same user's other sessions open", async () => {
    const user = await createUser(t, { partnerCode: 'EU' });
    const a = await signIn(t, user.email, user.password);
    const b = await signIn(t, user.email, user.password);
    const socketA = await connect(a.cookie);
    const socketB = await connect(b.cookie);

    await gql(a.agent, 'mutation { logout }');
    await expect(socketA.ended).resolves.toEqual({ reason: 'logout' });
    await expect(socketA.disconnected).resolves.toBe('io server disconnect');

    // B was still open: it is the logout of B's own session that ends it.
    expect(socketB.socket.connected).toBe(true);
    await gql(b.agent, 'mutation { logout }');
    await expect(socketB.ended).resolves.toEqual({ reason: 'logout' });
    await expect(socketB.disconnected).resolves.toBe('io server disconnect');

    // The ended session cannot open a new socket.
    await expect(connect(a.cookie)).rejects.toMatchObject({ message: 'UNAUTHENTICATED' });
  });

  it('ends every socket of a user the secretariat disables', async () => {
    const user = await createUser(t, { partnerCode: 'US' });
    const first = await signIn(t, user.email, user.password);
    const second = await signIn(t, user.email, user.password);
    const sockets = [await connect(first.cookie), await connect(second.cookie)];

    const secretariat = await t.as(demo.secretariat);
    const res = await gql(
      secretariat,
      'mutation($i: SetUserDisabledInput!) { setUserDisabled(input: $i) { disabled } }',
      {
        i: { userId: user.id, disabled: true },
      },
    );
    expect(res.body.data.setUserDisabled.disabled).toBe(true);

    for (const s of sockets) {
      await expect(s.ended).resolves.toEqual({ reason: 'account-disabled' });
      await expect(s.disconnected).resolves.toBe('io server disconnect');
    }
    await expect(connect(first.cookie)).rejects.toMatchObject({ message: 'UNAUTHENTICATED' });
  });

  it("ends the sockets of the user's other sessions when the password changes", async () => {
    const user = await createUser(t, { partnerCode: 'CA' });
    const changing = await signIn(t, user.email, user.password);
    const other = await signIn(t, user.email, user.password);
    const otherSocket = await connect(other.cookie);

    const res = await gql(
      changing.agent,
      'mutation($i: ChangePasswordInput!) { changePassword(input: $i) }',
      {
        i: { currentPassword: user.password, newPassword: `${user.password}-new` },
      },
    );
    expect(res.body.data.changePassword).toBe(true);
    await expect(otherSocket.ended).resolves.toEqual({ reason: 'password-changed' });
    await expect(otherSocket.disconnected).resolves.toBe('io server disconnect');
  });
});
