import * as Y from 'yjs';
import { pm } from '../document/builders';
import { NOTE_BODY_FIELD, noteEditorExtensions, noteSchema } from '../document/note-schema';
import { proseMirrorJSONToPlainText } from '../document/plain-text';
import { safeHref, tableGrid, type ProseMirrorNodeJSON } from '../document/prosemirror-json';
import {
  proseMirrorJSONFromStored,
  proseMirrorJSONFromUpdates,
  proseMirrorJSONToYUpdate,
  yDocToProseMirrorJSON,
} from '../document/y-prosemirror';

const NOTE = pm.doc(
  pm.h2('Berne session'),
  pm.p(
    'Talking points on the ',
    pm.bold('ICCPR'),
    ' and ',
    pm.link('CAT', 'https://www.ohchr.org/'),
  ),
  pm.ul('Berne', [pm.p('Brussels'), pm.ol('first', 'second')]),
  pm.quote(pm.p('Quoted', pm.br(), 'twice')),
  pm.hr(),
  pm.table(['Instrument', 'Status'], ['ICESCR', 'ratified']),
);

/** The JSON with attributes the schema fills in by default, for comparing with what Yjs gives back. */
const normalised = (json: ProseMirrorNodeJSON) => noteSchema().nodeFromJSON(json).toJSON();

describe('the note schema', () => {
  it('has what the editor offers and nothing it leaves out', () => {
    const schema = noteSchema();
    expect(Object.keys(schema.nodes).sort()).toEqual(
      [
        'blockquote',
        'bulletList',
        'doc',
        'hardBreak',
        'heading',
        'horizontalRule',
        'listItem',
        'orderedList',
        'paragraph',
        'table',
        'tableCell',
        'tableHeader',
        'tableRow',
        'text',
      ].sort(),
    );
    expect(Object.keys(schema.marks).sort()).toEqual(
      ['bold', 'code', 'italic', 'link', 'strike', 'underline'].sort(),
    );
    expect(noteSchema()).toBe(schema);
  });

  it('hands out fresh extension instances each time (one list per editor)', () => {
    const a = noteEditorExtensions();
    const b = noteEditorExtensions();
    expect(a.map((e) => e.name)).toEqual([
      'starterKit',
      'table',
      'tableRow',
      'tableHeader',
      'tableCell',
    ]);
    expect(a[0]).not.toBe(b[0]);
  });
});

describe('ProseMirror JSON and Yjs', () => {
  it('round-trips a note through one Yjs update', () => {
    const update = proseMirrorJSONToYUpdate(NOTE);
    expect(update).toBeInstanceOf(Uint8Array);
    const back = proseMirrorJSONFromUpdates([update]);
    expect(normalised(back)).toEqual(normalised(NOTE));
  });

  it('writes into the `body` field the editor binds to, or another field on request', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, proseMirrorJSONToYUpdate(NOTE));
    expect(NOTE_BODY_FIELD).toBe('body');
    expect(doc.getXmlFragment('body').length).toBe(NOTE.content!.length);
    expect(yDocToProseMirrorJSON(doc).content![0]).toMatchObject({
      type: 'heading',
      attrs: { level: 2 },
    });

    const other = new Y.Doc();
    Y.applyUpdate(other, proseMirrorJSONToYUpdate(pm.doc(pm.p('x')), 'draft'));
    expect(other.getXmlFragment('body').length).toBe(0);
    expect(yDocToProseMirrorJSON(other, 'draft')).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }],
    });
  });

  it('reads an empty or missing fragment as an empty document', () => {
    expect(proseMirrorJSONFromUpdates([])).toEqual({ type: 'doc', content: [] });
    expect(proseMirrorJSONFromStored({ snapshot: null, updates: [] })).toEqual({
      type: 'doc',
      content: [],
    });
  });

  it('reads a stored document: snapshot first, then later edits in any order', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, proseMirrorJSONToYUpdate(pm.doc(pm.p('one'))));
    const snapshot = Y.encodeStateAsUpdate(doc);
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    const body = doc.getXmlFragment('body');
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('two')]);
    body.insert(1, [paragraph]);
    ((body.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(3, '!');
    expect(updates).toHaveLength(2);

    const expected = { type: 'doc', content: [pm.p('one!'), pm.p('two')] };
    expect(proseMirrorJSONFromStored({ snapshot, updates })).toEqual(expected);
    expect(proseMirrorJSONFromStored({ snapshot, updates: [...updates].reverse() })).toEqual(
      expected,
    );
  });

  it('refuses content the editor could not hold, saying what is wrong', () => {
    expect(() => proseMirrorJSONToYUpdate(pm.doc({ type: 'image', attrs: { src: 'x' } }))).toThrow(
      /image/,
    );
    // A list item must start with a paragraph.
    expect(() =>
      proseMirrorJSONToYUpdate(
        pm.doc({ type: 'bulletList', content: [{ type: 'listItem', content: [] }] }),
      ),
    ).toThrow(RangeError);
    expect(() =>
      proseMirrorJSONToYUpdate(pm.doc(pm.text('bare text') as ProseMirrorNodeJSON)),
    ).toThrow(RangeError);
  });

  it('turns a stored document into Markdown and plain text end to end', async () => {
    const { proseMirrorJSONToMarkdown } = await import('../document/markdown');
    const json = proseMirrorJSONFromUpdates([proseMirrorJSONToYUpdate(NOTE)]);
    expect(proseMirrorJSONToMarkdown(json)).toBe(
      [
        '## Berne session',
        '',
        'Talking points on the **ICCPR** and [CAT](https://www.ohchr.org/)',
        '',
        '- Berne',
        '- Brussels',
        '  1. first',
        '  2. second',
        '',
        '> Quoted\\',
        '> twice',
        '',
        '---',
        '',
        '| Instrument | Status |',
        '| --- | --- |',
        '| ICESCR | ratified |',
      ].join('\n'),
    );
    expect(proseMirrorJSONToPlainText(json)).toBe(
      [
        'Berne session',
        'Talking points on the ICCPR and CAT',
        '- Berne',
        '- Brussels',
        '  1. first',
        '  2. second',
        'Quoted',
        'twice',
        'Instrument\tStatus',
        'ICESCR\tratified',
      ].join('\n'),
    );
  });
});

describe('plain text', () => {
  it('is empty for an empty note and keeps the text of unknown nodes', () => {
    expect(proseMirrorJSONToPlainText(pm.doc())).toBe('');
    expect(
      proseMirrorJSONToPlainText(
        pm.doc({ type: 'callout', content: [pm.p('inside')] }, pm.p('after')),
      ),
    ).toBe('inside\nafter');
  });

  it('puts a cell on one line even when it holds breaks or lists', () => {
    expect(
      proseMirrorJSONToPlainText(
        pm.doc(pm.table(['A', 'B'], [pm.p('x', pm.br(), 'y'), pm.ul('p', 'q')])),
      ),
    ).toBe('A\tB\nx y\t- p - q');
  });
});

describe('helpers', () => {
  it('accepts http, https and mailto links only', () => {
    expect(safeHref('https://www.ohchr.org/en')).toBe('https://www.ohchr.org/en');
    expect(safeHref(' http://example.org ')).toBe('http://example.org');
    expect(safeHref('mailto:secretariat@berne.example')).toBe('mailto:secretariat@berne.example');
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,x',
      '/relative',
      'ohchr.org',
      '',
      null,
      42,
    ]) {
      expect(safeHref(bad)).toBeNull();
    }
  });

  it('lays a table out on a rectangular grid, honouring spans', () => {
    const cell = (text: string, attrs?: Record<string, unknown>, type = 'tableCell') => ({
      type,
      ...(attrs ? { attrs } : {}),
      content: [pm.p(text)],
    });
    const grid = tableGrid({
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [cell('H1', undefined, 'tableHeader'), cell('H2', undefined, 'tableHeader')],
        },
        { type: 'tableRow', content: [cell('tall', { rowspan: 2 }), cell('b')] },
        { type: 'tableRow', content: [cell('c'), cell('wide', { colspan: 2 })] },
      ],
    });
    expect(grid.columns).toBe(4);
    expect(grid.headerRows).toBe(1);
    const shape = grid.rows.map((row) =>
      row.map((slot) =>
        slot === 'spanned' || slot === null ? slot : slot.cell.content![0].content![0].text,
      ),
    );
    expect(shape).toEqual([
      ['H1', 'H2', null, null],
      ['tall', 'b', null, null],
      ['spanned', 'c', 'wide', 'spanned'],
    ]);
  });
});
