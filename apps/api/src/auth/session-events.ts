import { Injectable } from '@nestjs/common';
import { EventEmitter } from 'node:events';

export interface SessionsEnded {
  userId: string;
  sessionIds: string[];
  reason: 'logout' | 'password-changed' | 'password-reset' | 'account-disabled' | 'expired';
}

/** In-process notice that sessions ended, so the realtime layer can close their sockets. */
@Injectable()
export class SessionEvents {
  private readonly emitter = new EventEmitter();

  emitEnded(event: SessionsEnded): void {
    this.emitter.emit('ended', event);
  }

  onEnded(listener: (event: SessionsEnded) => void): () => void {
    this.emitter.on('ended', listener);
    return () => this.emitter.off('ended', listener);
  }
}
