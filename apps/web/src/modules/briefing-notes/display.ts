import { PARTNERS, type PartnerReference } from '@berne/domain';
import type { Language } from '../../i18n/language';

export interface BilingualName {
  name: string;
  nameFr: string;
}

/** A theme's (or partner's) name in the interface language. */
export function localName(item: BilingualName, language: Language): string {
  return language === 'fr' ? item.nameFr : item.name;
}

/** "Eleanor Vance, Geneviève Tremblay" — authors in the order the API gives (creator first). */
export function authorNames(authors: readonly { displayName: string }[]): string {
  return authors.map((a) => a.displayName).join(', ');
}

export type ShortcutPlatform = 'mac' | 'other';

/** The platform's modifier keys, for shortcut hints in button titles. */
export function shortcutPlatform(platform: string | undefined): ShortcutPlatform {
  return platform && /mac|iphone|ipad/i.test(platform) ? 'mac' : 'other';
}

/**
 * A ProseMirror key binding ("Mod-Shift-z") as people read it: "Ctrl+Shift+Z" or "⌘⇧Z", and as
 * `aria-keyshortcuts` wants it ("Control+Shift+Z" / "Meta+Shift+Z").
 */
export function describeShortcut(
  binding: string,
  platform: ShortcutPlatform,
): { label: string; aria: string } {
  const parts = binding.split('-');
  const key = parts.pop() ?? '';
  const keyLabel = key.length === 1 ? key.toUpperCase() : key;
  const mac = platform === 'mac';
  const names = parts.map((modifier) => {
    switch (modifier) {
      case 'Mod':
        return mac ? { label: '⌘', aria: 'Meta' } : { label: 'Ctrl', aria: 'Control' };
      case 'Shift':
        return mac ? { label: '⇧', aria: 'Shift' } : { label: 'Shift', aria: 'Shift' };
      case 'Alt':
        return mac ? { label: '⌥', aria: 'Alt' } : { label: 'Alt', aria: 'Alt' };
      default:
        return { label: modifier, aria: modifier };
    }
  });
  const labels = [...names.map((n) => n.label), keyLabel];
  return {
    label: mac ? labels.join('') : labels.join('+'),
    aria: [...names.map((n) => n.aria), keyLabel].join('+'),
  };
}

const SAFE_LINK = /^(https?:\/\/|mailto:)\S+$/i;

/**
 * The address a link will point to, or null when it is not one the editor accepts. A bare
 * domain ("un.org/en") becomes an https address.
 */
export function normaliseLink(raw: string): string | null {
  const text = raw.trim();
  if (!text) return null;
  if (SAFE_LINK.test(text)) return text;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return null; // another scheme: javascript:, data:…
  const candidate = `https://${text.replace(/^\/+/, '')}`;
  return /^https:\/\/[^\s/]+\.[^\s/]+/.test(candidate) ? candidate : null;
}

/** The partner record of a code (for names and colours), or null for none or an unknown code. */
export function partnerOf(code: string | null | undefined): PartnerReference | null {
  return PARTNERS.find((p) => p.code === code) ?? null;
}

/** "Eleanor Vance (European Union)" — a person with their delegation, in the interface language. */
export function personWithPartner(
  person: { displayName: string; partnerCode?: string | null },
  language: Language,
): string {
  const partner = partnerOf(person.partnerCode);
  return partner ? `${person.displayName} (${localName(partner, language)})` : person.displayName;
}
