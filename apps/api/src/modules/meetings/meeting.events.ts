import { Injectable } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import type { Classification, PartnerCode } from '@berne/domain';

export interface MeetingChange {
  /** 'meeting', 'scheduling-poll', 'action-item', 'delegation'. */
  type: string;
  id: string;
  /** Who may read it decides who hears about it. */
  classification: Classification;
  ownerPartner: PartnerCode | null;
  /** Who did it (display name), for screens that say so. */
  by?: string;
}

/** In-process announcements of changes, relayed to open screens by the live layer. */
@Injectable()
export class MeetingEvents {
  private readonly emitter = new EventEmitter();

  changed(change: MeetingChange): void {
    this.emitter.emit('changed', change);
  }

  onChanged(listener: (change: MeetingChange) => void): () => void {
    this.emitter.on('changed', listener);
    return () => this.emitter.off('changed', listener);
  }
}
