import { randomBytes } from 'node:crypto';
import type { CollabPeerBus } from '@berne/collab/server';
import type { RedisClient } from '../redis/redis.module';

const ID_BYTES = 8;
const KIND_UPDATE = 0;
const KIND_AWARENESS = 1;

/**
 * Redis pub/sub channel per open document: a replica that stored an update (or received a caret
 * move) publishes it, and every other replica holding the document applies it and relays it to its
 * own clients.
 */
export class RedisPeerBus implements CollabPeerBus {
  private readonly replicaId = randomBytes(ID_BYTES);
  private subscriber?: RedisClient;

  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  private channel(docId: string): string {
    return `${this.prefix}:collab:${docId}`;
  }

  private async sub(): Promise<RedisClient> {
    if (!this.subscriber) {
      const client = this.redis.duplicate() as RedisClient;
      this.subscriber = client;
      await client.connect();
    }
    return this.subscriber;
  }

  async publish(docId: string, update: Uint8Array): Promise<void> {
    await this.send(docId, KIND_UPDATE, update);
  }

  async publishAwareness(docId: string, update: Uint8Array): Promise<void> {
    await this.send(docId, KIND_AWARENESS, update);
  }

  /** Message: replica id (8 bytes) · kind (1 byte) · payload. */
  private async send(docId: string, kind: number, payload: Uint8Array): Promise<void> {
    await this.redis.publish(
      this.channel(docId),
      Buffer.concat([this.replicaId, Buffer.of(kind), payload]),
    );
  }

  async subscribe(
    docId: string,
    onUpdate: (update: Uint8Array) => void,
    onAwareness: (update: Uint8Array) => void,
  ): Promise<void> {
    const client = await this.sub();
    await client.subscribe(
      this.channel(docId),
      (message: Buffer) => {
        if (message.subarray(0, ID_BYTES).equals(this.replicaId)) return;
        const payload = new Uint8Array(message.subarray(ID_BYTES + 1));
        if (message[ID_BYTES] === KIND_AWARENESS) onAwareness(payload);
        else onUpdate(payload);
      },
      true,
    );
  }

  async unsubscribe(docId: string): Promise<void> {
    await this.subscriber?.unsubscribe(this.channel(docId));
  }

  async close(): Promise<void> {
    if (this.subscriber?.isOpen) await this.subscriber.quit();
  }
}
