import en from '../../../i18n/en.json';
import {
  POSITION_TEXT_MAX,
  canTakePosition,
  checkConsent,
  consentSummary,
  ownPosition,
  positionNeedsText,
} from '../consent';
import { POSITION_CHOICES, positionColor, positionSymbol, stateColor } from '../display';
import { AGENDA_ITEM_STATES, CONSENT_POSITIONS } from '@berne/domain';

const consents = [
  { partnerCode: 'EU' as const, position: 'AGREE' as const },
  {
    partnerCode: 'CA' as const,
    position: 'RESERVATION' as const,
    text: 'Only if the list is sent.',
  },
  { partnerCode: 'HU' as const, position: 'OBJECTION' as const, text: 'Not this round.' },
  { partnerCode: 'US' as const, position: 'NOT_YET' as const },
];

describe('consent summary', () => {
  it('counts each position and names who is awaited and who objects', () => {
    expect(consentSummary(consents)).toEqual({
      total: 4,
      agree: 1,
      reservation: 1,
      objection: 1,
      notYet: 1,
      waitingFor: ['US'],
      objecting: ['HU'],
      consensus: false,
    });
  });

  it('treats a reservation as consent (agreement with a recorded caveat), as the API does', () => {
    const summary = consentSummary([
      { partnerCode: 'EU', position: 'AGREE' },
      { partnerCode: 'CA', position: 'RESERVATION', text: 'Caveat.' },
    ]);
    expect(summary.consensus).toBe(true);
    expect(consentSummary([]).consensus).toBe(false);
  });

  it('finds the caller’s own delegation’s position', () => {
    expect(ownPosition(consents, 'CA')?.position).toBe('RESERVATION');
    expect(ownPosition(consents, null)).toBeNull();
    expect(ownPosition(consents, 'NO')).toBeNull();
  });
});

describe('taking a position', () => {
  it('requires a text for a reservation or an objection, with the API’s sentences', () => {
    expect(positionNeedsText('AGREE')).toBe(false);
    expect(positionNeedsText('NOT_YET')).toBe(false);
    expect(checkConsent('AGREE', '')).toBeNull();
    expect(checkConsent('NOT_YET', '  ')).toBeNull();
    expect(checkConsent('RESERVATION', '  ')).toBe('reservationText');
    expect(checkConsent('OBJECTION', '')).toBe('objectionText');
    expect(checkConsent('OBJECTION', 'Because.')).toBeNull();
    expect(checkConsent('OBJECTION', 'x'.repeat(POSITION_TEXT_MAX + 1))).toBe('textTooLong');
    expect(en.agendas.consent.problems.objectionText).toBe(
      'Explain the objection: the other partners need to read it.',
    );
    expect(en.agendas.consent.problems.reservationText).toBe(
      'Explain the reservation: the other partners need to read it.',
    );
  });

  it('is offered only to a speaker, on an open agenda, for an item still taking positions', () => {
    const open = { status: 'OPEN', speaksFor: 'EU' as const };
    expect(canTakePosition(open, { state: 'IN_CONSULTATION' })).toBe(true);
    expect(canTakePosition(open, { state: 'CONTESTED' })).toBe(true);
    expect(canTakePosition(open, { state: 'DEFERRED' })).toBe(false);
    expect(canTakePosition(open, { state: 'WITHDRAWN' })).toBe(false);
    expect(canTakePosition({ status: 'LOCKED', speaksFor: 'EU' }, { state: 'AGREED' })).toBe(false);
    expect(canTakePosition({ status: 'OPEN', speaksFor: null }, { state: 'PROPOSED' })).toBe(false);
  });
});

describe('display of states and positions', () => {
  it('gives every position a symbol and words, and offers all four choices', () => {
    expect([...POSITION_CHOICES].sort()).toEqual([...CONSENT_POSITIONS].sort());
    const symbols = CONSENT_POSITIONS.map(positionSymbol);
    expect(new Set(symbols).size).toBe(CONSENT_POSITIONS.length);
    for (const position of CONSENT_POSITIONS) {
      expect(en.agendas.positions[position]).toBeTruthy();
      expect(positionColor(position)).toMatch(/^#[0-9a-f]{6}$/i);
    }
    for (const state of AGENDA_ITEM_STATES) {
      expect(en.agendas.states[state]).toBeTruthy();
      expect(stateColor(state)).toMatch(/^#[0-9a-f]{6}$/i);
    }
  });
});
