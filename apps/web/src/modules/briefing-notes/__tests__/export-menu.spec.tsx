import { MantineProvider } from '@mantine/core';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { resources } from '../../../i18n/i18n';
import { ExportMenu, NOTE_EXPORT_FORMATS, noteExportHref } from '../components/ExportMenu';

const NOTE_ID = '5f0c1a52-7d1e-4c43-9b1a-0b7e2d9a1001';

async function render(language: 'en' | 'fr', opened: boolean): Promise<string> {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({ resources, lng: language, fallbackLng: 'en' });
  return renderToStaticMarkup(
    <MantineProvider>
      <I18nextProvider i18n={i18n}>
        <ExportMenu noteId={NOTE_ID} defaultOpened={opened} withinPortal={false} />
      </I18nextProvider>
    </MantineProvider>,
  );
}

describe('ExportMenu', () => {
  it('points each format at the API export route', () => {
    expect(NOTE_EXPORT_FORMATS).toEqual(['pdf', 'docx', 'md']);
    expect(noteExportHref(NOTE_ID, 'pdf')).toBe(`/api/briefing-notes/${NOTE_ID}/export/pdf`);
    expect(noteExportHref('a/b?c', 'md')).toBe('/api/briefing-notes/a%2Fb%3Fc/export/md');
  });

  it('is a button announcing a menu, closed at first', async () => {
    const html = await render('en', false);
    expect(html).toMatch(/<button[^>]*aria-haspopup="menu"[^>]*>/);
    expect(html).toMatch(/<button[^>]*aria-expanded="false"/);
    expect(html).toContain('Export');
    expect(html).not.toContain('role="menuitem"');
  });

  it('opens to three download links, in English and in French', async () => {
    const html = await render('en', true);
    const items = [...html.matchAll(/<a [^>]*role="menuitem"[^>]*>/g)].map((m) => m[0]);
    expect(items).toHaveLength(3);
    NOTE_EXPORT_FORMATS.forEach((format, i) => {
      expect(items[i]).toContain(`href="${noteExportHref(NOTE_ID, format)}"`);
      expect(items[i]).toContain('download=""');
    });
    for (const label of ['PDF', 'Word (DOCX)', 'Markdown', 'Download this note as']) {
      expect(html).toContain(label);
    }
    expect(html).toContain('role="menu"');

    const french = await render('fr', true);
    expect(french).toContain('Exporter');
    expect(french).toContain('Télécharger cette note en');
  });
});
