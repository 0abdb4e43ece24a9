import { randomUUID } from 'node:crypto';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { Response } from 'superagent';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { pm, proseMirrorJSONToYUpdate, type ProseMirrorNodeJSON } from '@berne/collab/server';
import { AuditEntryEntity } from '../src/audit/audit-entry.entity';
import { DocUpdateEntity } from '../src/collab/doc-update.entity';
import { TypeOrmCollabStorage } from '../src/collab/typeorm-collab.storage';
import { pdfPages } from '../src/modules/briefing-notes/export/__tests__/pdf-text';
import {
  DEMO_BRIEFING_NOTES,
  seedBriefingNotes,
} from '../src/modules/briefing-notes/briefing-notes.seed';
import { createUser, randomId, signIn } from './helpers/factories';
import { demo, gql, startTestApp, type TestApp } from './helpers/test-app';

const [PARTNERS_EU, , PRIVATE_EU, RESTRICTED_SEC] = DEMO_BRIEFING_NOTES.map((n) => n.id);
const RESTRICTED_TITLE = DEMO_BRIEFING_NOTES[3].title;
const PRIVATE_TITLE = DEMO_BRIEFING_NOTES[2].title;

const MARKING = {
  PARTNERS: 'PARTNERS — Berne Process partners only',
  PARTNER_PRIVATE_EU: 'PARTNER PRIVATE — European Union only',
  RESTRICTED: 'RESTRICTED — named and cleared readers only',
};

const CREATE = `mutation Create($input: CreateBriefingNoteInput!) { createBriefingNote(input: $input) { id title } }`;

/** Collects a binary body (supertest only buffers text and JSON by itself). */
function binary(res: Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('briefing note export (GET /api/briefing-notes/:id/export/:format)', () => {
  let t: TestApp;
  let ds: DataSource;
  const as: Record<string, TestAgent> = {};
  let longNote: { id: string; title: string };

  const download = (agent: TestAgent, id: string, format: string) =>
    agent.get(`/api/briefing-notes/${id}/export/${format}`).buffer(true).parse(binary);

  const exportsOf = (resourceId: string) =>
    ds.getRepository(AuditEntryEntity).find({
      where: { resourceId, action: 'briefing-note.exported' },
      order: { id: 'ASC' },
    });

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '1000' });
    ds = t.app.get(DataSource);
    const guest = await createUser(t, { role: 'GUEST', partnerCode: null, label: 'guest' });
    const [secretariat, euDiplomat, usDiplomat, caCoordinator, guestAgent] = await Promise.all([
      t.as(demo.secretariat),
      t.as(demo.euDiplomat),
      t.as(demo.usDiplomat),
      t.as(demo.caCoordinator),
      signIn(t, guest.email, guest.password).then((s) => s.agent),
    ]);
    Object.assign(as, { secretariat, euDiplomat, usDiplomat, caCoordinator, guest: guestAgent });

    // A restricted note long enough for several pages, its content stored as the editor would.
    const created = await gql(as.secretariat, CREATE, {
      input: { title: `Long restricted note ${randomId()}`, classification: 'RESTRICTED' },
    });
    expect(created.body.errors).toBeUndefined();
    longNote = created.body.data.createBriefingNote;
    const sections: ProseMirrorNodeJSON[] = [];
    for (let s = 1; s <= 8; s++) {
      sections.push(
        pm.h2(`Section ${s}`),
        ...Array.from({ length: 6 }, (_, i) =>
          pm.p(
            `Paragraph ${s}.${i + 1}: the partners reviewed the follow-up to the Berne session `,
            'and agreed to raise the outstanding questions again in Brussels.',
          ),
        ),
        pm.ul(`Point ${s}.a`, `Point ${s}.b`),
      );
    }
    await t.app
      .get(TypeOrmCollabStorage)
      .append(`briefing-note:${longNote.id}`, [proseMirrorJSONToYUpdate(pm.doc(...sections))]);
  });
  afterAll(() => t.close());

  describe('formats', () => {
    it('Markdown: marking on the first and last line, metadata, then the seeded text and structure', async () => {
      const res = await download(as.usDiplomat, PARTNERS_EU, 'md');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/markdown; charset=utf-8');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="Berne-session-death-penalty-statistics-talking-points.md"; ' +
          "filename*=UTF-8''Berne%20session%20%E2%80%94%20death%20penalty%20statistics%20talking%20points.md",
      );
      const text = (res.body as Buffer).toString('utf8');
      const lines = text.trimEnd().split('\n');
      expect(lines[0]).toBe(MARKING.PARTNERS);
      expect(lines[lines.length - 1]).toBe(MARKING.PARTNERS);
      expect(text).toContain('classification: PARTNERS\n');
      expect(text).toContain('owner_partner_name: "European Union"');
      expect(text).toContain('exported_by: "Daniel Okafor"');
      expect(text).toContain('# Berne session — death penalty statistics talking points');
      expect(text).toContain('## Key messages');
      expect(text).toContain('### Indicators to raise');
      expect(text).toContain('- Publish yearly figures on death sentences and executions.');
      // A nested list stays nested.
      expect(text).toMatch(/\n {2}- follow up on the pending visit request;\n/);
      expect(text).toContain(
        '[article 6 of the ICCPR](https://www.ohchr.org/en/instruments-mechanisms/instruments/international-covenant-civil-and-political-rights)',
      );
      expect(text).toContain('**Tone:** factual and *non-confrontational*');
      expect(text).toContain(
        '| Indicator | Status | Follow-up |\n| --- | --- | --- |\n| Yearly number of executions | Not published | Ask again at the Brussels round |',
      );
    });

    it('DOCX: marking in every header and footer part; title, owner, date, exporter and body read back', async () => {
      const res = await download(as.euDiplomat, PRIVATE_EU, 'docx');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="EU-delegation-draft-minority-rights-in-Xinjiang\.docx"; filename\*=UTF-8''/,
      );
      expect(res.headers['cache-control']).toBe('no-store');
      const buffer = res.body as Buffer;

      const zip = await JSZip.loadAsync(buffer);
      const headers = Object.keys(zip.files).filter((n) => /^word\/header\d*\.xml$/.test(n));
      const footers = Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n));
      expect(headers.length).toBeGreaterThanOrEqual(1);
      expect(footers.length).toBeGreaterThanOrEqual(1);
      for (const part of [...headers, ...footers]) {
        expect(await zip.file(part)!.async('string')).toContain(MARKING.PARTNER_PRIVATE_EU);
      }
      const footer = await zip.file(footers[0])!.async('string');
      expect(footer).toMatch(/PAGE/);
      expect(footer).toMatch(/NUMPAGES/);
      // Every section uses them: one default header and footer, no first-page variant.
      const documentXml = await zip.file('word/document.xml')!.async('string');
      expect(documentXml).toMatch(/<w:headerReference w:type="default"/);
      expect(documentXml).toMatch(/<w:footerReference w:type="default"/);
      expect(documentXml).not.toMatch(/<w:titlePg/);

      const { value: raw } = await mammoth.extractRawText({ buffer });
      expect(raw).toContain(PRIVATE_TITLE);
      expect(raw).toContain('Owner partner: European Union');
      expect(raw).toMatch(/Exported: \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC by Eleanor Vance/);
      expect(raw).toContain('Unrestricted access for independent observers.');
      const { value: html } = await mammoth.convertToHtml({ buffer });
      expect(html).toContain('<h2>Draft EU position</h2>');
      expect(html).toContain('<h3>Open questions</h3>');
      expect(html).toContain('<em>Working draft — not yet agreed within the delegation.</em>');
      expect(html).toMatch(/<a href="https:\/\/www\.ohchr\.org\/[^"]+">the ICESCR<\/a>/);
      expect(html).toMatch(
        /<ul><li>Unrestricted access for independent observers\.<\/li><li>Use of minority languages/,
      );
      expect(html).toMatch(
        /<table>.*Joint statement with other partners\?.*Political desk.*<\/table>/s,
      );
    });

    it('PDF: 3+ pages, each carrying the marking and "Page X of Y"; the text is all there', async () => {
      const res = await download(as.secretariat, longNote.id, 'pdf');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="Long-restricted-note-[0-9a-f]+\.pdf"/,
      );
      const pages = await pdfPages(res.body as Buffer);
      expect(pages.length).toBeGreaterThanOrEqual(3);
      for (const page of pages) {
        expect(page.text).toContain(MARKING.RESTRICTED);
        expect(page.text).toContain(`Page ${page.num} of ${pages.length}`);
      }
      const all = pages.map((p) => p.text).join('\n');
      expect(pages[0].text).toContain(longNote.title);
      expect(pages[0].text).toContain('Owner partner: Berne Process Secretariat');
      expect(pages[0].text).toContain('Margrit Aebischer');
      for (let s = 1; s <= 8; s++) expect(all).toContain(`Section ${s}`);
      expect(all).toContain('Paragraph 8.6: the partners reviewed');
      expect(all).toContain('Point 8.b');
    });

    it('exports the latest stored content, edits included', async () => {
      const title = `Edited note ${randomId()}`;
      const created = await gql(as.caCoordinator, CREATE, {
        input: { title, classification: 'PARTNERS' },
      });
      const { id } = created.body.data.createBriefingNote;
      const empty = await download(as.caCoordinator, id, 'md');
      expect(empty.status).toBe(200);
      expect((empty.body as Buffer).toString()).not.toContain('Added later');
      await t.app
        .get(TypeOrmCollabStorage)
        .append(`briefing-note:${id}`, [proseMirrorJSONToYUpdate(pm.doc(pm.p('Added later')))]);
      const after = await download(as.caCoordinator, id, 'md');
      expect((after.body as Buffer).toString()).toContain('\nAdded later\n');
    });
  });

  describe('who may export', () => {
    it('anonymous callers get 401', async () => {
      const res = await t.agent().get(`/api/briefing-notes/${PARTNERS_EU}/export/pdf`);
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ code: 'UNAUTHENTICATED', message: expect.any(String) });
    });

    it('an NGO guest gets 404 for a note not shared with it', async () => {
      const guest = await as.guest.get(`/api/briefing-notes/${PARTNERS_EU}/export/md`);
      expect(guest.status).toBe(404);
      expect(guest.body).toEqual({
        code: 'NOT_FOUND',
        message: 'This briefing note does not exist or you do not have access to it.',
      });
    });

    it('an uncleared diplomat gets the same 404 for a RESTRICTED note as for a missing one, without its title', async () => {
      const res = await as.usDiplomat.get(`/api/briefing-notes/${RESTRICTED_SEC}/export/pdf`);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.text).not.toContain(RESTRICTED_TITLE);
      expect(res.text).not.toContain('Individual cases');
      expect(res.headers['content-disposition']).toBeUndefined();
      const missing = await as.usDiplomat.get(`/api/briefing-notes/${randomUUID()}/export/pdf`);
      expect(missing.status).toBe(404);
      expect(missing.body).toEqual(res.body);
    });

    it('another partner gets 404 for a PARTNER_PRIVATE note', async () => {
      for (const who of ['usDiplomat', 'caCoordinator', 'secretariat']) {
        const res = await as[who].get(`/api/briefing-notes/${PRIVATE_EU}/export/docx`);
        expect(res.status).toBe(404);
        expect(res.text).not.toContain(PRIVATE_TITLE);
      }
    });

    it('nothing is audited as exported for refused requests', async () => {
      const before = await exportsOf(RESTRICTED_SEC);
      await as.usDiplomat.get(`/api/briefing-notes/${RESTRICTED_SEC}/export/md`);
      expect(await exportsOf(RESTRICTED_SEC)).toHaveLength(before.length);
    });
  });

  describe('bad requests', () => {
    it('an unknown format is a 400 with a sentence saying what is accepted', async () => {
      const res = await as.secretariat.get(`/api/briefing-notes/${PARTNERS_EU}/export/html`);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        code: 'BAD_USER_INPUT',
        message: '"html" is not an export format: choose md, docx or pdf.',
      });
    });

    it('a malformed id is a 400', async () => {
      const res = await as.secretariat.get('/api/briefing-notes/not-a-note/export/pdf');
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        code: 'BAD_USER_INPUT',
        message: 'This is not a briefing note id: a note id is a UUID.',
      });
    });

    it('the format is case-insensitive and the id may be upper case', async () => {
      const res = await download(as.secretariat, PARTNERS_EU.toUpperCase(), 'MD');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/markdown; charset=utf-8');
    });
  });

  describe('audit', () => {
    it('records each export with its format; titles only of PUBLIC and PARTNERS notes', async () => {
      const [last] = await ds
        .getRepository(AuditEntryEntity)
        .find({ order: { id: 'DESC' }, take: 1 });
      const since = async (id: string) => (await exportsOf(id)).filter((e) => e.id > last.id);
      await download(as.euDiplomat, PARTNERS_EU, 'pdf');
      await download(as.euDiplomat, PRIVATE_EU, 'md');
      await download(as.euDiplomat, RESTRICTED_SEC, 'docx');
      const { id: euId } = (await gql(as.euDiplomat, '{ me { id } }')).body.data.me;

      const partners = await since(PARTNERS_EU);
      expect(partners.map((e) => e.actorId)).toEqual([euId]);
      expect(partners.map((e) => JSON.parse(e.details!))).toEqual([
        {
          format: 'pdf',
          classification: 'PARTNERS',
          bytes: expect.any(Number),
          title: DEMO_BRIEFING_NOTES[0].title,
        },
      ]);
      for (const [id, format, classification] of [
        [PRIVATE_EU, 'md', 'PARTNER_PRIVATE'],
        [RESTRICTED_SEC, 'docx', 'RESTRICTED'],
      ]) {
        const entries = await since(id);
        expect(entries).toHaveLength(1);
        expect(entries[0].actorId).toBe(euId);
        expect(entries[0].resourceType).toBe('briefing-note');
        expect(entries[0].outcome).toBe('SUCCESS');
        expect(JSON.parse(entries[0].details!)).toEqual({
          format,
          classification,
          bytes: expect.any(Number),
        });
        expect(entries[0].details).not.toContain(
          DEMO_BRIEFING_NOTES.find((n) => n.id === id)!.title,
        );
      }
      // Exporting a RESTRICTED note goes through the policy's 'export' action: audited as such.
      const exportsAudited = await ds.getRepository(AuditEntryEntity).find({
        where: { resourceId: RESTRICTED_SEC, action: 'restricted.export', actorId: euId },
      });
      expect(exportsAudited.length).toBeGreaterThanOrEqual(1);
    });
  });

  describe('demo content', () => {
    it('every demo note has content, seeded once: seeding again adds no update', async () => {
      const docIds = DEMO_BRIEFING_NOTES.map((n) => `briefing-note:${n.id}`);
      const count = () =>
        ds.getRepository(DocUpdateEntity).count({ where: docIds.map((docId) => ({ docId })) });
      const before = await count();
      expect(before).toBeGreaterThanOrEqual(DEMO_BRIEFING_NOTES.length);
      expect(await seedBriefingNotes(ds)).toBe(0);
      expect(await count()).toBe(before);
      const storage = t.app.get(TypeOrmCollabStorage);
      for (const docId of docIds) {
        const stored = await storage.load(docId);
        expect(stored.updates.length + (stored.snapshot ? 1 : 0)).toBeGreaterThan(0);
      }
    });
  });
});
