import type { ProseMirrorMarkJSON, ProseMirrorNodeJSON } from './prosemirror-json';

type Inline = ProseMirrorNodeJSON | string;

const inline = (content: readonly Inline[]): ProseMirrorNodeJSON[] =>
  content.map((c) => (typeof c === 'string' ? { type: 'text', text: c } : c));

const withText = (type: string, content: readonly Inline[], attrs?: Record<string, unknown>) => ({
  type,
  ...(attrs ? { attrs } : {}),
  ...(content.length ? { content: inline(content) } : {}),
});

/** A list item from a string (its paragraph), inline nodes' one node, a block, or blocks. */
const listItem = (
  item: string | ProseMirrorNodeJSON | ProseMirrorNodeJSON[],
): ProseMirrorNodeJSON => ({
  type: 'listItem',
  content:
    typeof item === 'string'
      ? [withText('paragraph', [item])]
      : Array.isArray(item)
        ? item
        : [
            item.type === 'text' || item.type === 'hardBreak'
              ? withText('paragraph', [item])
              : item,
          ],
});

const cell = (type: 'tableHeader' | 'tableCell') => (c: string | ProseMirrorNodeJSON) => ({
  type,
  content: [typeof c === 'string' ? withText('paragraph', c ? [c] : []) : c],
});

/**
 * Terse builders of note content in ProseMirror JSON, for seeds and tests:
 * `pm.doc(pm.h2('Aims'), pm.p('Text with ', pm.bold('emphasis')), pm.ul('one', 'two'))`.
 */
export const pm = {
  doc: (...content: ProseMirrorNodeJSON[]): ProseMirrorNodeJSON => ({ type: 'doc', content }),
  p: (...content: Inline[]) => withText('paragraph', content),
  h2: (...content: Inline[]) => withText('heading', content, { level: 2 }),
  h3: (...content: Inline[]) => withText('heading', content, { level: 3 }),
  text: (text: string, ...marks: ProseMirrorMarkJSON[]): ProseMirrorNodeJSON => ({
    type: 'text',
    text,
    ...(marks.length ? { marks } : {}),
  }),
  bold: (text: string) => pm.text(text, { type: 'bold' }),
  italic: (text: string) => pm.text(text, { type: 'italic' }),
  code: (text: string) => pm.text(text, { type: 'code' }),
  link: (text: string, href: string) => pm.text(text, { type: 'link', attrs: { href } }),
  br: (): ProseMirrorNodeJSON => ({ type: 'hardBreak' }),
  hr: (): ProseMirrorNodeJSON => ({ type: 'horizontalRule' }),
  quote: (...content: ProseMirrorNodeJSON[]) => ({ type: 'blockquote', content }),
  ul: (
    ...items: (string | ProseMirrorNodeJSON | ProseMirrorNodeJSON[])[]
  ): ProseMirrorNodeJSON => ({
    type: 'bulletList',
    content: items.map(listItem),
  }),
  ol: (
    ...items: (string | ProseMirrorNodeJSON | ProseMirrorNodeJSON[])[]
  ): ProseMirrorNodeJSON => ({
    type: 'orderedList',
    attrs: { start: 1 },
    content: items.map(listItem),
  }),
  /** A table whose first row is header cells. */
  table: (header: string[], ...rows: (string | ProseMirrorNodeJSON)[][]): ProseMirrorNodeJSON => ({
    type: 'table',
    content: [
      { type: 'tableRow', content: header.map(cell('tableHeader')) },
      ...rows.map((row) => ({ type: 'tableRow', content: row.map(cell('tableCell')) })),
    ],
  }),
};
