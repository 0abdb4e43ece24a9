import { PARTNERS, ROLES } from '@berne/domain';
import en from '../../../i18n/en.json';
import fr from '../../../i18n/fr.json';
import {
  formatDateTime,
  identityLine,
  partnerName,
  roleLabelKey,
  timeInZone,
} from '../partner-display';

const eu = PARTNERS.find((p) => p.code === 'EU')!;

describe('partner display', () => {
  it('names partners in the interface language', () => {
    expect(partnerName(eu, 'en')).toBe('European Union');
    expect(partnerName(eu, 'fr')).toBe('Union européenne');
  });

  it('builds the header identity line', () => {
    expect(
      identityLine({
        displayName: 'Eleanor Vance',
        partner: 'European Union',
        role: en.roles.DIPLOMAT,
      }),
    ).toBe('Eleanor Vance · European Union · Diplomat');
    expect(identityLine({ displayName: 'Guest Person', partner: null, role: en.roles.GUEST })).toBe(
      'Guest Person · Guest',
    );
  });

  it('has a translated label for every role', () => {
    for (const role of ROLES) {
      const key = roleLabelKey(role).split('.')[1] as keyof typeof en.roles;
      expect(en.roles[key]).toBeTruthy();
      expect(fr.roles[key]).toBeTruthy();
    }
    expect(fr.roles.DIPLOMAT).toBe('Diplomate');
  });

  it("tells the time in every partner's capital", () => {
    const instant = new Date('2026-06-01T12:00:00Z');
    for (const partner of PARTNERS) {
      expect(timeInZone(instant, partner.timeZone, 'en')).not.toBe('');
    }
    expect(timeInZone(instant, 'Europe/Brussels', 'en')).toMatch(/14:00/);
    expect(timeInZone(instant, 'America/New_York', 'fr')).toMatch(/08:00/);
    expect(timeInZone(instant, 'Not/AZone', 'en')).toBe('');
  });

  it('formats timestamps and tolerates missing ones', () => {
    expect(formatDateTime('2026-06-01T12:00:00Z', 'en')).toMatch(/2026/);
    expect(formatDateTime(null, 'en')).toBe('');
    expect(formatDateTime('garbage', 'fr')).toBe('');
  });
});
