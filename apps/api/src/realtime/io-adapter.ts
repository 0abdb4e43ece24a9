import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Server, ServerOptions } from 'socket.io';
import { socketParser } from '@berne/collab';
import type { RedisClient } from '../redis/redis.module';

/**
 * socket.io with the Redis adapter when REDIS_URL is set, so a broadcast or a disconnect issued on
 * one replica reaches sockets held by every other replica.
 */
export class PortalIoAdapter extends IoAdapter {
  private adapterFactory?: ReturnType<typeof createAdapter>;
  private clients: RedisClient[] = [];

  constructor(
    app: INestApplicationContext,
    private readonly redis: RedisClient | null,
    private readonly redisPrefix: string,
  ) {
    super(app);
  }

  async connectRedis(): Promise<void> {
    if (!this.redis) return;
    const pub = this.redis.duplicate();
    const sub = this.redis.duplicate();
    await Promise.all([pub.connect(), sub.connect()]);
    this.clients = [pub, sub] as RedisClient[];
    this.adapterFactory = createAdapter(pub, sub, { key: `${this.redisPrefix}:socket.io` });
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, {
      ...(options as ServerOptions),
      // Same-origin only: the web app is served by this process. No CORS for sockets.
      cors: undefined,
      maxHttpBufferSize: 1_000_000,
      // One WebSocket frame per packet (see socketParser); every client uses the same.
      parser: socketParser,
      allowRequest: (req, callback) => {
        const origin = req.headers.origin;
        const host = req.headers.host;
        if (!origin || !host) {
          callback(null, true);
          return;
        }
        let sameOrigin = false;
        try {
          sameOrigin = new URL(origin).host === host;
        } catch {
          // "null" (sandboxed pages) or garbage: not our origin.
        }
        callback(null, sameOrigin);
      },
    }) as Server;
    if (this.adapterFactory) server.adapter(this.adapterFactory);
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    await Promise.all(this.clients.filter((c) => c.isOpen).map((c) => c.quit()));
  }
}
