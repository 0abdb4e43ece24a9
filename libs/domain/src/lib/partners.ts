/**
 * The Berne Process partners (seed rec. 12) plus the secretariat that coordinates them.
 * Each carries the IANA time zone of its capital (or seat) so meetings can be shown in local time.
 */
export const PARTNER_CODES = [
  'SECRETARIAT',
  'EU',
  'AU',
  'CA',
  'DE',
  'NL',
  'HU',
  'NO',
  'SE',
  'CH',
  'GB',
  'US',
] as const;

export type PartnerCode = (typeof PARTNER_CODES)[number];

export interface PartnerReference {
  code: PartnerCode;
  name: string;
  nameFr: string;
  capital: string;
  timeZone: string;
  /** A colour for carets and charts; chosen for contrast on white. */
  color: string;
}

export const PARTNERS: readonly PartnerReference[] = [
  { code: 'SECRETARIAT', name: 'Berne Process Secretariat', nameFr: 'Secrétariat du processus de Berne', capital: 'Bern', timeZone: 'Europe/Zurich', color: '#495057' },
  { code: 'EU', name: 'European Union', nameFr: 'Union européenne', capital: 'Brussels', timeZone: 'Europe/Brussels', color: '#1c4fa1' },
  { code: 'AU', name: 'Australia', nameFr: 'Australie', capital: 'Canberra', timeZone: 'Australia/Sydney', color: '#0b7a3e' },
  { code: 'CA', name: 'Canada', nameFr: 'Canada', capital: 'Ottawa', timeZone: 'America/Toronto', color: '#b3261e' },
  { code: 'DE', name: 'Germany', nameFr: 'Allemagne', capital: 'Berlin', timeZone: 'Europe/Berlin', color: '#5c4a00' },
  { code: 'NL', name: 'Netherlands', nameFr: 'Pays-Bas', capital: 'The Hague', timeZone: 'Europe/Amsterdam', color: '#b34700' },
  { code: 'HU', name: 'Hungary', nameFr: 'Hongrie', capital: 'Budapest', timeZone: 'Europe/Budapest', color: '#2d6a4f' },
  { code: 'NO', name: 'Norway', nameFr: 'Norvège', capital: 'Oslo', timeZone: 'Europe/Oslo', color: '#9d0208' },
  { code: 'SE', name: 'Sweden', nameFr: 'Suède', capital: 'Stockholm', timeZone: 'Europe/Stockholm', color: '#005f8f' },
  { code: 'CH', name: 'Switzerland', nameFr: 'Suisse', capital: 'Bern', timeZone: 'Europe/Zurich', color: '#a4133c' },
  { code: 'GB', name: 'United Kingdom', nameFr: 'Royaume-Uni', capital: 'London', timeZone: 'Europe/London', color: '#3a0ca3' },
  { code: 'US', name: 'United States', nameFr: 'États-Unis', capital: 'Washington, D.C.', timeZone: 'America/New_York', color: '#22577a' },
];

export function isPartnerCode(value: string): value is PartnerCode {
  return (PARTNER_CODES as readonly string[]).includes(value);
}
