import * as Y from 'yjs';

/** Block elements whose text is one line of a version's text (for diffs and previews). */
const LINE_BLOCKS = new Set(['paragraph', 'heading', 'tableHeader', 'tableCell']);
const PREFIX: Record<string, (el: Y.XmlElement) => string> = {
  heading: (el) => `${'#'.repeat(Number(el.getAttribute('level') ?? 2))} `,
};

function textOf(node: Y.XmlText): string {
  return (node.toDelta() as { insert: unknown }[])
    .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
    .join('');
}

function walk(node: Y.XmlElement | Y.XmlText | Y.XmlFragment, lines: string[], listDepth: number) {
  if (node instanceof Y.XmlText) {
    lines.push(textOf(node));
    return;
  }
  const name = node instanceof Y.XmlElement ? node.nodeName : '';
  const children = node.toArray() as (Y.XmlElement | Y.XmlText)[];
  if (node instanceof Y.XmlElement && LINE_BLOCKS.has(name)) {
    const text = children
      .map((c) => (c instanceof Y.XmlText ? textOf(c) : c.nodeName === 'hardBreak' ? ' ' : ''))
      .join('');
    lines.push(`${PREFIX[name]?.(node) ?? ''}${text}`);
    return;
  }
  if (name === 'listItem') {
    const before = lines.length;
    for (const child of children) walk(child, lines, listDepth);
    if (lines.length > before) lines[before] = `${'  '.repeat(listDepth)}- ${lines[before]}`;
    return;
  }
  if (name === 'horizontalRule') {
    lines.push('---');
    return;
  }
  const depth = name === 'bulletList' || name === 'orderedList' ? listDepth + 1 : listDepth;
  for (const child of children) walk(child, lines, depth);
}

/** The lines of text of a note's content (field `body`), one per paragraph, heading or cell. */
export function versionLines(state: Uint8Array): string[] {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    const lines: string[] = [];
    walk(doc.getXmlFragment('body'), lines, -1);
    return lines;
  } finally {
    doc.destroy();
  }
}
