import { EventEmitter } from 'node:events';
import { Injectable } from '@nestjs/common';

export interface BriefingNoteAccessChanged {
  noteId: string;
  docName: string;
  reason: 'reclassified' | 'archived' | 'unarchived';
}

/**
 * In-process notice that who may open a note has changed (classification, named readers,
 * archiving), so the collab layer can re-check or close the document's open sockets at once.
 * It fires on the replica that made the change; relaying it to other replicas is the listener's job.
 */
@Injectable()
export class BriefingNoteEvents {
  private readonly emitter = new EventEmitter();

  emitAccessChanged(event: BriefingNoteAccessChanged): void {
    this.emitter.emit('access-changed', event);
  }

  onAccessChanged(listener: (event: BriefingNoteAccessChanged) => void): () => void {
    this.emitter.on('access-changed', listener);
    return () => this.emitter.off('access-changed', listener);
  }
}
