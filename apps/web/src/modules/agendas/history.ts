import type { AgendaItemState, ConsentPosition } from '@berne/domain';
import { isAgendaItemState, isConsentPosition } from './display';

export interface HistoryEventLike {
  event: string;
  fromState?: AgendaItemState | null;
  toState?: AgendaItemState | null;
  partnerCode?: string | null;
  detail?: string | null;
}

/** What a history line says, before translation. */
export type HistoryLine =
  | { kind: 'proposed'; partner: string | null }
  | { kind: 'consent'; partner: string | null; position: ConsentPosition; text: string | null }
  | { kind: 'state'; from: AgendaItemState | null; to: AgendaItemState; reason: string | null }
  | { kind: 'edited'; positionsReset: boolean; silenceStopped: boolean }
  | { kind: 'silenceOpened'; deadline: string | null }
  | { kind: 'silenceAgreed' }
  | { kind: 'silenceBroken' }
  | { kind: 'other'; event: string; detail: string | null };

/** Reads the API's history event (its `detail` carries the position and text, or why). */
export function historyLine(e: HistoryEventLike): HistoryLine {
  switch (e.event) {
    case 'proposed':
      return { kind: 'proposed', partner: e.partnerCode ?? null };
    case 'consent': {
      const match = /^([A-Z_]+)(?::\s*([\s\S]*))?$/.exec(e.detail ?? '');
      const position = match?.[1];
      if (isConsentPosition(position)) {
        return {
          kind: 'consent',
          partner: e.partnerCode ?? null,
          position,
          text: match?.[2]?.trim() || null,
        };
      }
      break;
    }
    case 'state':
      if (isAgendaItemState(e.toState)) {
        return {
          kind: 'state',
          from: e.fromState ?? null,
          to: e.toState,
          reason: e.detail?.trim() || null,
        };
      }
      break;
    case 'edited':
      return {
        kind: 'edited',
        positionsReset: (e.detail ?? '').includes('positions reset'),
        silenceStopped: (e.detail ?? '').includes('silence procedure stopped'),
      };
    case 'silence-opened': {
      const at = e.detail && !Number.isNaN(Date.parse(e.detail)) ? e.detail : null;
      return { kind: 'silenceOpened', deadline: at };
    }
    case 'silence-agreed':
      return { kind: 'silenceAgreed' };
    case 'silence-broken':
      return { kind: 'silenceBroken' };
  }
  return { kind: 'other', event: e.event, detail: e.detail ?? null };
}
