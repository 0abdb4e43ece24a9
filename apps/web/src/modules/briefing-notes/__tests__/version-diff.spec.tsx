import { renderToStaticMarkup } from 'react-dom/server';
import { MantineProvider } from '@mantine/core';
import { createInstance } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import en from '../../../i18n/en.json';
import fr from '../../../i18n/fr.json';
import { VersionDiffLines } from '../components/VersionDiffLines';
import { diffLineView } from '../versions';

async function render(lines: { change: string; text: string }[], lng: 'en' | 'fr' = 'en') {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({
    lng,
    resources: { en: { translation: en }, fr: { translation: fr } },
    interpolation: { escapeValue: false },
  });
  const html = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <MantineProvider>
        <VersionDiffLines lines={lines} />
      </MantineProvider>
    </I18nextProvider>,
  );
  // Read the list as a screen reader would, one line per item, without the hidden signs.
  const items = [...html.matchAll(/<li[^>]*data-change="(\w+)"[^>]*>(.*?)<\/li>/g)].map(
    ([, change, inner]) => ({
      change,
      sign: /<span class="version-diff__sign" aria-hidden="true">([^<]*)<\/span>/.exec(inner)?.[1],
      spoken: inner
        .replace(/<span class="version-diff__sign" aria-hidden="true">[^<]*<\/span>/, '')
        .replace(/<[^>]+>/g, '')
        .replace(/&#x27;/g, "'"),
    }),
  );
  return { html, items };
}

describe('a version diff, line by line', () => {
  const lines = [
    { change: 'SAME', text: '## Talking points' },
    { change: 'REMOVED', text: 'The EU will ask for numbers.' },
    { change: 'ADDED', text: 'The EU will ask for the annual number of executions.' },
    { change: 'SAME', text: '' },
  ];

  it('marks added and removed lines with a sign, a colour class and a spoken word', async () => {
    const { html, items } = await render(lines);
    expect(items).toEqual([
      { change: 'same', sign: '', spoken: '## Talking points' },
      { change: 'removed', sign: '−', spoken: 'removed: The EU will ask for numbers.' },
      {
        change: 'added',
        sign: '+',
        spoken: 'added: The EU will ask for the annual number of executions.',
      },
      // An empty line keeps its height.
      { change: 'same', sign: '', spoken: '\u00a0' },
    ]);
    expect(html).toContain('version-diff__line--added');
    expect(html).toContain('version-diff__line--removed');
    expect(html).toMatch(/<ol[^>]*aria-label="Line-by-line comparison"/);
  });

  it('says what changed in French too', async () => {
    const { items } = await render(lines, 'fr');
    expect(items[1].spoken).toBe('supprimé : The EU will ask for numbers.');
    expect(items[2].spoken.startsWith('ajouté : ')).toBe(true);
  });

  it('treats an unknown change as unchanged rather than guessing', () => {
    expect(diffLineView('MOVED')).toEqual({ change: 'same', sign: '', label: null });
    expect(diffLineView('REMOVED').sign).toBe('\u2212');
  });
});
