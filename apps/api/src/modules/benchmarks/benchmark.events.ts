import { Injectable } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import type { Classification, PartnerCode } from '@berne/domain';

export interface BenchmarkChange {
  /** 'benchmark', 'assessment', 'aligned-objective', 'conflict'. */
  type: string;
  id: string;
  /** The benchmark an assessment or a flag belongs to, for screens showing that benchmark. */
  benchmarkId?: string;
  /** Who may read it decides who hears about it; null: nobody is told (unreadable together). */
  audience: { classification: Classification; ownerPartner: PartnerCode | null } | null;
  /** Who did it (display name), for screens that say so. */
  by?: string;
}

/** In-process announcements of benchmark changes, relayed to open screens by the live layer. */
@Injectable()
export class BenchmarkEvents {
  private readonly emitter = new EventEmitter();

  changed(change: BenchmarkChange): void {
    this.emitter.emit('changed', change);
  }

  onChanged(listener: (change: BenchmarkChange) => void): () => void {
    this.emitter.on('changed', listener);
    return () => this.emitter.off('changed', listener);
  }
}
