import { PARTNERS, PARTNER_CODES, isPartnerCode } from '../partners';
import { THEMES, UN_INSTRUMENTS } from '../themes';
import { CLASSIFICATIONS, ROLES, isClassification, isRole } from '../access';

describe('reference data', () => {
  it('lists the eleven Berne Process members plus the secretariat, once each', () => {
    expect(PARTNERS.map((p) => p.code).sort()).toEqual([...PARTNER_CODES].sort());
    expect(PARTNERS.filter((p) => p.code !== 'SECRETARIAT')).toHaveLength(11);
  });

  it('gives every partner a valid IANA time zone of its capital', () => {
    for (const p of PARTNERS) {
      expect(() => new Intl.DateTimeFormat('en', { timeZone: p.timeZone })).not.toThrow();
    }
    expect(PARTNERS.find((p) => p.code === 'AU')?.timeZone).toBe('Australia/Sydney');
    expect(PARTNERS.find((p) => p.code === 'US')?.timeZone).toBe('America/New_York');
  });

  it('has unique theme codes with English and French names', () => {
    const codes = THEMES.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const t of THEMES) {
      expect(t.name.length).toBeGreaterThan(3);
      expect(t.nameFr.length).toBeGreaterThan(3);
    }
    expect(UN_INSTRUMENTS.map((u) => u.code)).toEqual(expect.arrayContaining(['ICCPR', 'ICESCR', 'CAT']));
  });

  it('recognises its own codes and refuses others', () => {
    expect(isPartnerCode('EU')).toBe(true);
    expect(isPartnerCode('CN')).toBe(false);
    expect(ROLES.every(isRole)).toBe(true);
    expect(isRole('ADMIN')).toBe(false);
    expect(CLASSIFICATIONS.every(isClassification)).toBe(true);
    expect(isClassification('SECRET')).toBe(false);
  });
});
