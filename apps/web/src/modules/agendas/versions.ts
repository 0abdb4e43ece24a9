import type { AgendaItemState, ConsentPosition, PartnerCode } from '@berne/domain';
import { isAgendaItemState, isConsentPosition } from './display';

/** One item of a locked version, as the API stored it when the chair locked the agenda. */
export interface SnapshotItem {
  id: string;
  title: string;
  state: AgendaItemState;
  minutes: number;
  proposingPartner: PartnerCode | string;
  themeCodes: string[];
  consents: { partnerCode: string; position: ConsentPosition; text: string | null }[];
}

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Reads a version's `snapshot` (JSON: the items in order with each partner's position). Malformed
 * entries are left out rather than failing the whole view.
 */
export function parseSnapshot(json: string): SnapshotItem[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  const items: SnapshotItem[] = [];
  for (const entry of raw) {
    if (!isObject(entry) || typeof entry['title'] !== 'string') continue;
    const state = entry['state'];
    if (!isAgendaItemState(state)) continue;
    const consents = Array.isArray(entry['consents']) ? entry['consents'] : [];
    items.push({
      id: typeof entry['id'] === 'string' ? entry['id'] : `${items.length}`,
      title: entry['title'],
      state,
      minutes: typeof entry['minutes'] === 'number' ? entry['minutes'] : 0,
      proposingPartner:
        typeof entry['proposingPartner'] === 'string' ? entry['proposingPartner'] : '',
      themeCodes: Array.isArray(entry['themeCodes'])
        ? entry['themeCodes'].filter((c): c is string => typeof c === 'string')
        : [],
      consents: consents.filter(isObject).flatMap((c) =>
        typeof c['partnerCode'] === 'string' && isConsentPosition(c['position'])
          ? [
              {
                partnerCode: c['partnerCode'],
                position: c['position'],
                text: typeof c['text'] === 'string' ? c['text'] : null,
              },
            ]
          : [],
      ),
    });
  }
  return items;
}
