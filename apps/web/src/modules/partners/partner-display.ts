import type { Role } from '@berne/domain';
import type { Language } from '../../i18n/language';

export interface PartnerNames {
  name: string;
  nameFr: string;
}

/** A partner's name in the interface language. */
export function partnerName(partner: PartnerNames, language: Language): string {
  return language === 'fr' ? partner.nameFr : partner.name;
}

export type RoleLabelKey = `roles.${Role}`;

export function roleLabelKey(role: Role): RoleLabelKey {
  return `roles.${role}`;
}

/** "Eleanor Vance · European Union · Diplomat" — the identity line of the header. */
export function identityLine(parts: {
  displayName: string;
  partner?: string | null;
  role: string;
}): string {
  return [parts.displayName, parts.partner, parts.role]
    .filter((p): p is string => Boolean(p))
    .join(' · ');
}

/** The current time in a partner's capital, e.g. "14:05" or "2:05 PM" depending on locale. */
export function timeInZone(date: Date, timeZone: string, language: Language): string {
  try {
    return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'long',
    }).format(date);
  } catch {
    return '';
  }
}

/** Date and time of an event in the reader's own time zone. */
export function formatDateTime(iso: string | null | undefined, language: Language): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}
