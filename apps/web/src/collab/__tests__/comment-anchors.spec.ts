import * as Y from 'yjs';
import { getSchema } from '@tiptap/core';
import type { Node as PmNode, Schema } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import {
  initProseMirrorDoc,
  prosemirrorJSONToYXmlFragment,
  ySyncPlugin,
  ySyncPluginKey,
} from '@tiptap/y-tiptap';
import { noteContentExtensions } from '../../modules/briefing-notes/editor-extensions';
import { anchorOfRange, resolveAnchor, type YBinding } from '../comment-anchors';
import {
  commentHighlightsKey,
  commentHighlightsPlugin,
  setHighlightedThreads,
} from '../comment-highlights';

const schema: Schema = getSchema(noteContentExtensions());

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** Two browsers' copies of one note, kept in sync by hand (as the server would relay them). */
function twoDocs(paragraphs: string[], options: { gc?: boolean } = {}) {
  const a = new Y.Doc(options);
  const b = new Y.Doc(options);
  prosemirrorJSONToYXmlFragment(
    schema,
    { type: 'doc', content: paragraphs.map(paragraph) },
    a.getXmlFragment('body'),
  );
  const sync = () => {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  };
  sync();
  return { a, b, sync };
}

/** What the editor shows of a Y.Doc, with the map y-tiptap keeps between the two. */
function render(doc: Y.Doc): { pm: PmNode; binding: YBinding } {
  const type = doc.getXmlFragment('body');
  const { doc: pm, mapping } = initProseMirrorDoc(type, schema);
  return { pm, binding: { doc, type, mapping } };
}

/** The editor range of the first occurrence of `text`. */
function rangeOf(pm: PmNode, text: string): { from: number; to: number } {
  let found: { from: number; to: number } | null = null;
  pm.descendants((node, pos) => {
    if (found || !node.isText) return !found;
    const index = node.text!.indexOf(text);
    if (index >= 0) found = { from: pos + index, to: pos + index + text.length };
    return false;
  });
  if (!found) throw new Error(`"${text}" is not in the document`);
  return found;
}

function textAt(pm: PmNode, range: { from: number; to: number } | null): string | null {
  return range ? pm.textBetween(range.from, range.to, ' ') : null;
}

const firstText = (doc: Y.Doc, paragraphIndex = 0) =>
  (doc.getXmlFragment('body').get(paragraphIndex) as Y.XmlElement).get(0) as Y.XmlText;

describe('comment anchors (Yjs relative positions in the `body` fragment)', () => {
  const quote = 'the annual number of executions';
  const sentence = `The EU will ask for ${quote} in each country.`;

  it('keep pointing at the same text when another person types before it', () => {
    const { a, b, sync } = twoDocs(['Opening remarks.', sentence]);
    const before = render(a);
    const anchor = anchorOfRange(before.binding, rangeOf(before.pm, quote));
    expect(textAt(before.pm, resolveAnchor(before.binding, anchor))).toBe(quote);

    // In the other browser: a new first paragraph, and words inserted before the quote.
    const body = b.getXmlFragment('body');
    const added = new Y.XmlElement('paragraph');
    added.insert(0, [new Y.XmlText('Brussels round')]);
    body.insert(0, [added]);
    firstText(b, 2).insert('The EU will ask for '.length, 'precise figures on ');
    sync();

    const after = render(a);
    const range = resolveAnchor(after.binding, anchor);
    expect(textAt(after.pm, range)).toBe(quote);
    expect(range!.from).toBeGreaterThan(rangeOf(before.pm, quote).from);
  });

  it('leave text typed right before or right after the range outside it', () => {
    const { a, b, sync } = twoDocs([sentence]);
    const before = render(a);
    const anchor = anchorOfRange(before.binding, rangeOf(before.pm, quote));
    const start = sentence.indexOf(quote);
    firstText(b).insert(start + quote.length, ' (per year)');
    firstText(b).insert(start, 'exactly ');
    sync();

    const after = render(a);
    expect(textAt(after.pm, resolveAnchor(after.binding, anchor))).toBe(quote);
  });

  it('hold on the very first words of the note, even when someone types before them', () => {
    const { a, b, sync } = twoDocs(['Revised: the opening line.', 'More.']);
    const before = render(a);
    const anchor = anchorOfRange(before.binding, rangeOf(before.pm, 'Revised'));
    expect(textAt(before.pm, resolveAnchor(before.binding, anchor))).toBe('Revised');

    firstText(b).insert(0, 'Draft. ');
    sync();
    const after = render(a);
    expect(textAt(after.pm, resolveAnchor(after.binding, anchor))).toBe('Revised');
  });

  it('grow with text typed inside the range', () => {
    const { a, b, sync } = twoDocs([sentence]);
    const before = render(a);
    const anchor = anchorOfRange(before.binding, rangeOf(before.pm, quote));
    firstText(b).insert(sentence.indexOf('number'), 'total ');
    sync();

    const after = render(a);
    expect(textAt(after.pm, resolveAnchor(after.binding, anchor))).toBe(
      'the annual total number of executions',
    );
  });

  it.each([true, false])(
    'are detached when the text, or its whole paragraph, is deleted (gc: %s)',
    (gc) => {
      const { a, b, sync } = twoDocs(['Keep this.', sentence, 'A middle line.', 'The end.'], {
        gc,
      });
      const before = render(a);
      const inSentence = anchorOfRange(before.binding, rangeOf(before.pm, quote));
      const inMiddle = anchorOfRange(before.binding, rangeOf(before.pm, 'middle line'));

      firstText(b, 1).delete(sentence.indexOf(quote), quote.length);
      b.getXmlFragment('body').delete(2, 1);
      sync();

      const after = render(a);
      expect(resolveAnchor(after.binding, inSentence)).toBeNull();
      expect(resolveAnchor(after.binding, inMiddle)).toBeNull();
      expect(after.pm.textContent).toContain('The end.');
    },
  );

  it('are detached when they are not anchors of this document at all', () => {
    const { a } = twoDocs([sentence]);
    const { binding } = render(a);
    expect(resolveAnchor(binding, { anchorStart: 'not json', anchorEnd: '{}' })).toBeNull();
    const foreign = { item: { client: 12345, clock: 3 }, type: null, tname: null, assoc: 0 };
    expect(
      resolveAnchor(binding, {
        anchorStart: JSON.stringify(foreign),
        anchorEnd: JSON.stringify({ ...foreign, item: { client: 12345, clock: 9 } }),
      }),
    ).toBeNull();
  });
});

describe('comment highlights in a ProseMirror state bound to Yjs', () => {
  /**
   * An editor state as TipTap's Collaboration extension makes it (y-tiptap's sync plugin), with
   * the highlights plugin. Remote changes are applied the way y-tiptap applies them: the map is
   * rebuilt, then the document is replaced in a transaction marked as a Yjs change.
   */
  function boundState(doc: Y.Doc) {
    const type = doc.getXmlFragment('body');
    const first = initProseMirrorDoc(type, schema);
    const mapping = new Map(first.mapping);
    let state = EditorState.create({
      schema,
      doc: first.doc,
      plugins: [ySyncPlugin(type, { mapping }), commentHighlightsPlugin()],
    });
    return {
      get state() {
        return state;
      },
      apply(tr: ReturnType<EditorState['tr']['setMeta']>) {
        state = state.apply(tr);
      },
      remoteChange() {
        const next = initProseMirrorDoc(type, schema);
        mapping.clear();
        for (const [key, value] of next.mapping) mapping.set(key, value);
        const tr = state.tr.replaceWith(0, state.doc.content.size, next.doc.content);
        state = state.apply(tr.setMeta(ySyncPluginKey, { isChangeOrigin: true }));
      },
    };
  }

  const highlighted = (state: EditorState) => {
    const plugin = commentHighlightsKey.getState(state)!;
    return plugin.decorations.find().map((d) => ({
      id: (d.spec as { threadId: string }).threadId,
      text: state.doc.textBetween(d.from, d.to),
    }));
  };

  it('keeps the highlighted text unchanged through concurrent edits and one’s own typing', () => {
    const quote = 'death penalty';
    const { a, b, sync } = twoDocs(['Talking points on the death penalty in Brussels.']);
    const editor = boundState(a);
    const anchor = anchorOfRange(
      {
        doc: a,
        type: a.getXmlFragment('body'),
        mapping: ySyncPluginKey.getState(editor.state).binding.mapping,
      },
      rangeOf(editor.state.doc, quote),
    );
    editor.apply(setHighlightedThreads(editor.state.tr, [{ id: 't1', ...anchor }]));
    expect(highlighted(editor.state)).toEqual([{ id: 't1', text: quote }]);

    // Someone else inserts text before the range: the highlight follows its text.
    firstText(b).insert(0, 'Revised: ');
    sync();
    editor.remoteChange();
    expect(highlighted(editor.state)).toEqual([{ id: 't1', text: quote }]);
    expect(editor.state.doc.textContent.startsWith('Revised: ')).toBe(true);

    // One's own typing before it is mapped through the transaction.
    editor.apply(editor.state.tr.insertText('Draft. ', 1));
    expect(highlighted(editor.state)).toEqual([{ id: 't1', text: quote }]);

    // A resolved thread is still located but no longer highlighted.
    editor.apply(setHighlightedThreads(editor.state.tr, [{ id: 't1', ...anchor, resolved: true }]));
    expect(highlighted(editor.state)).toEqual([]);
    expect(commentHighlightsKey.getState(editor.state)!.ranges.has('t1')).toBe(true);
  });
});
