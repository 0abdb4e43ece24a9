import type { PartnerCode } from '@berne/domain';
import { agendaItemPath, agendaOutcome } from '../agenda-outcome';

const names: Partial<Record<PartnerCode, string>> = {
  HU: 'Hungary',
  CH: 'Switzerland',
  CA: 'Canada',
};
const name = (code: PartnerCode) => names[code] ?? code;

describe('agendaOutcome', () => {
  it('says the state and who objected or reserved, objections first; agreements are left out', () => {
    expect(
      agendaOutcome(
        'DEFERRED',
        [
          { partnerCode: 'CH', position: 'RESERVATION', text: 'Only as a question.' },
          { partnerCode: 'CA', position: 'AGREE', text: null },
          { partnerCode: 'HU', position: 'OBJECTION', text: 'Not yet.' },
        ],
        name,
      ),
    ).toEqual({
      state: 'DEFERRED',
      summary: 'Deferred; objection by Hungary; reservation by Switzerland',
      positions: [
        { partnerCode: 'HU', position: 'OBJECTION', text: 'Not yet.' },
        { partnerCode: 'CH', position: 'RESERVATION', text: 'Only as a question.' },
      ],
    });
    expect(agendaOutcome('IN_CONSULTATION', [], name)).toEqual({
      state: 'IN_CONSULTATION',
      summary: 'In consultation',
      positions: [],
    });
  });

  it('points at the item on its meeting’s agenda', () => {
    expect(agendaItemPath('m1', 'i1')).toBe('/meetings/m1/agenda?item=i1');
  });
});
