import JSZip from 'jszip';
import pdfmake from 'pdfmake';
import mammoth from 'mammoth';
import { pm } from '@berne/collab/server';
import { classificationMarking } from '../classification-marking';
import { renderDocx } from '../docx.renderer';
import { attachmentDisposition, parseExportFormat, parseNoteId } from '../export-format';
import type { ExportedNote } from '../exported-note';
import { renderMarkdown } from '../markdown.renderer';
import { renderPdf } from '../pdf.renderer';
import { pdfPages } from './pdf-text';

const note = (overrides: Partial<ExportedNote> = {}): ExportedNote => ({
  id: '5f0c1a52-7d1e-4c43-9b1a-0b7e2d9a9999',
  title: 'Berne session — talking points',
  classification: 'PARTNER_PRIVATE',
  marking: classificationMarking('PARTNER_PRIVATE', 'European Union'),
  ownerPartnerCode: 'EU',
  ownerPartnerName: 'European Union',
  exportedAt: new Date('2026-11-27T14:05:00Z'),
  exportedBy: 'Eleanor Vance',
  content: pm.doc(
    pm.h2('Aims'),
    pm.p('See ', pm.link('the ICCPR', 'https://www.ohchr.org/'), ' and ', pm.bold('act'), '.'),
    pm.ul('Berne', [pm.p('Brussels'), pm.ol('first', 'second')]),
    pm.table(['Instrument', 'Status'], ['CAT', 'ratified']),
  ),
  ...overrides,
});

describe('classification markings', () => {
  it('say who may read the file, in one wording for every format', () => {
    expect(classificationMarking('PUBLIC', 'Canada')).toBe('PUBLIC');
    expect(classificationMarking('PARTNERS', 'Canada')).toBe(
      'PARTNERS — Berne Process partners only',
    );
    expect(classificationMarking('PARTNER_PRIVATE', 'Canada')).toBe(
      'PARTNER PRIVATE — Canada only',
    );
    expect(classificationMarking('RESTRICTED', 'Canada')).toBe(
      'RESTRICTED — named and cleared readers only',
    );
  });
});

describe('export request parsing', () => {
  it('accepts md, docx and pdf in any case, and refuses anything else with a sentence', () => {
    expect(parseExportFormat('PDF')).toBe('pdf');
    expect(parseExportFormat('md')).toBe('md');
    expect(() => parseExportFormat('html')).toThrow(
      '"html" is not an export format: choose md, docx or pdf.',
    );
  });

  it('accepts UUIDs only, lower-cased', () => {
    expect(parseNoteId('5F0C1A52-7D1E-4C43-9B1A-0B7E2D9A1001')).toBe(
      '5f0c1a52-7d1e-4c43-9b1a-0b7e2d9a1001',
    );
    for (const bad of ['1', '../etc/passwd', '5f0c1a52-7d1e-4c43-9b1a-0b7e2d9a100']) {
      expect(() => parseNoteId(bad)).toThrow('This is not a briefing note id');
    }
  });

  it('names the attachment after the title: ASCII fallback plus the RFC 5987 form', () => {
    expect(attachmentDisposition('Berne session — Genève’s "notes" / 2026', 'pdf')).toBe(
      'attachment; filename="Berne-session-Geneve-s-notes-2026.pdf"; ' +
        "filename*=UTF-8''Berne%20session%20%E2%80%94%20Gen%C3%A8ve%E2%80%99s%20notes%202026.pdf",
    );
    expect(attachmentDisposition('日本語', 'md')).toBe(
      'attachment; filename="briefing-note.md"; filename*=UTF-8\'\'%E6%97%A5%E6%9C%AC%E8%AA%9E.md',
    );
    expect(attachmentDisposition("it's (fine)*", 'docx')).toContain(
      "filename*=UTF-8''it%27s%20%28fine%29%2A.docx",
    );
  });
});

describe('renderers', () => {
  it('Markdown: the marking is the first and the last line, with metadata and the body between', () => {
    const text = renderMarkdown(note()).toString('utf8');
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('PARTNER PRIVATE — European Union only');
    expect(lines[lines.length - 1]).toBe('PARTNER PRIVATE — European Union only');
    expect(text).toContain(
      '\n---\ntitle: "Berne session — talking points"\nclassification: PARTNER_PRIVATE\n',
    );
    expect(text).toContain('exported_by: "Eleanor Vance"');
    expect(text).toContain('# Berne session — talking points');
    expect(text).toContain('## Aims\n\nSee [the ICCPR](https://www.ohchr.org/) and **act**.');
    expect(text).toContain('- Brussels\n  1. first\n  2. second');
    expect(text).toContain('| Instrument | Status |\n| --- | --- |\n| CAT | ratified |');
  });

  it('DOCX: the marking is in every header and footer part, the body converts back to structure', async () => {
    const buffer = await renderDocx(note());
    const zip = await JSZip.loadAsync(buffer);
    const parts = Object.keys(zip.files).filter((name) =>
      /^word\/(header|footer)\d*\.xml$/.test(name),
    );
    expect(parts.filter((p) => p.includes('header')).length).toBeGreaterThanOrEqual(1);
    expect(parts.filter((p) => p.includes('footer')).length).toBeGreaterThanOrEqual(1);
    for (const part of parts) {
      expect(await zip.file(part)!.async('string')).toContain(
        'PARTNER PRIVATE — European Union only',
      );
    }
    const { value: html } = await mammoth.convertToHtml({ buffer });
    expect(html).toContain('<h1>Berne session — talking points</h1>');
    expect(html).toContain('<h2>Aims</h2>');
    expect(html).toContain('<a href="https://www.ohchr.org/">the ICCPR</a>');
    expect(html).toContain('<strong>act</strong>');
    expect(html).toMatch(
      /<ul><li>Berne<\/li><li>Brussels<ol><li>first<\/li><li>second<\/li><\/ol><\/li><\/ul>/,
    );
    expect(html).toContain(
      '<table><thead><tr><th><p>Instrument</p></th><th><p>Status</p></th></tr></thead>' +
        '<tbody><tr><td><p>CAT</p></td><td><p>ratified</p></td></tr></tbody></table>',
    );
  });

  it('PDF: the marking and "Page X of Y" are on every page', async () => {
    const paragraphs = Array.from({ length: 120 }, (_, i) =>
      pm.p(`Paragraph ${i + 1}: the partners discussed the follow-up at length in Berne.`),
    );
    const buffer = await renderPdf(note({ content: pm.doc(pm.h2('Long'), ...paragraphs) }));
    expect(buffer.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = await pdfPages(buffer);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) {
      expect(page.text).toContain('PARTNER PRIVATE — European Union only');
      expect(page.text).toContain(`Page ${page.num} of ${pages.length}`);
    }
    expect(pages[0].text).toContain('Berne session — talking points');
    expect(pages[pages.length - 1].text).toContain('Paragraph 120');
  });

  it('PDF: pdfmake may neither fetch URLs nor read local files once an export has run', async () => {
    await renderPdf(note({ content: pm.doc(pm.p('x')) }));
    await expect(
      pdfmake
        .createPdf({
          images: { logo: 'https://example.org/logo.png' },
          content: [{ image: 'logo' }],
        })
        .getBuffer(),
    ).rejects.toThrow(/Access to URL denied by resource access policy/);
    await expect(
      pdfmake.createPdf({ content: [{ image: '/etc/hostname' }] }).getBuffer(),
    ).rejects.toThrow(/Access to local file denied by resource access policy/);
  });
});
