import {
  authorNames,
  describeShortcut,
  localName,
  normaliseLink,
  shortcutPlatform,
} from '../display';

describe('briefing note display helpers', () => {
  it('names themes in the interface language', () => {
    const theme = { name: 'Organ transplants', nameFr: "Transplantations d'organes" };
    expect(localName(theme, 'en')).toBe('Organ transplants');
    expect(localName(theme, 'fr')).toBe("Transplantations d'organes");
  });

  it('lists authors in the order given, creator first', () => {
    expect(authorNames([{ displayName: 'Eleanor Vance' }, { displayName: 'Daniel Okafor' }])).toBe(
      'Eleanor Vance, Daniel Okafor',
    );
    expect(authorNames([])).toBe('');
  });

  it('spells shortcuts for the platform and for aria-keyshortcuts', () => {
    expect(describeShortcut('Mod-b', 'other')).toEqual({ label: 'Ctrl+B', aria: 'Control+B' });
    expect(describeShortcut('Mod-Shift-z', 'other')).toEqual({
      label: 'Ctrl+Shift+Z',
      aria: 'Control+Shift+Z',
    });
    expect(describeShortcut('Mod-Alt-2', 'mac')).toEqual({ label: '⌘⌥2', aria: 'Meta+Alt+2' });
    expect(shortcutPlatform('MacIntel')).toBe('mac');
    expect(shortcutPlatform('Linux x86_64')).toBe('other');
    expect(shortcutPlatform(undefined)).toBe('other');
  });

  it('accepts web and mail links only', () => {
    expect(normaliseLink('https://www.ohchr.org/en')).toBe('https://www.ohchr.org/en');
    expect(normaliseLink('mailto:secretariat@berne.example')).toBe(
      'mailto:secretariat@berne.example',
    );
    expect(normaliseLink('ohchr.org/en/treaty-bodies')).toBe('https://ohchr.org/en/treaty-bodies');
    expect(normaliseLink('javascript:alert(1)')).toBeNull();
    expect(normaliseLink('data:text/html,hi')).toBeNull();
    expect(normaliseLink('not a link')).toBeNull();
    expect(normaliseLink('  ')).toBeNull();
  });
});
