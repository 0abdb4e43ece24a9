import { orderedListStart, type ProseMirrorNodeJSON } from './prosemirror-json';

function inlineText(nodes: readonly ProseMirrorNodeJSON[] | undefined, breakWith: string): string {
  let out = '';
  for (const node of nodes ?? []) {
    if (node.type === 'hardBreak') out += breakWith;
    else if (node.type === 'text') out += node.text ?? '';
    else out += inlineText(node.content, breakWith);
  }
  return out;
}

const TEXTBLOCKS = new Set(['paragraph', 'heading', 'codeBlock']);

function lines(nodes: readonly ProseMirrorNodeJSON[] | undefined, inCell: boolean): string[] {
  const out: string[] = [];
  for (const node of nodes ?? []) {
    if (TEXTBLOCKS.has(node.type)) {
      const text = inlineText(node.content, inCell ? ' ' : '\n');
      if (text) out.push(...text.split('\n'));
    } else if (node.type === 'bulletList' || node.type === 'orderedList') {
      let number = orderedListStart(node);
      for (const item of node.content ?? []) {
        const marker = node.type === 'orderedList' ? `${number++}. ` : '- ';
        const body = lines(item.content, inCell);
        const indent = ' '.repeat(marker.length);
        if (body.length === 0) out.push(marker.trimEnd());
        body.forEach((line, i) => out.push(i === 0 ? marker + line : indent + line));
      }
    } else if (node.type === 'tableRow' && !inCell) {
      out.push((node.content ?? []).map((cell) => lines(cell.content, true).join(' ')).join('\t'));
    } else if (node.type === 'horizontalRule') {
      continue;
    } else if (node.content) {
      out.push(...lines(node.content, inCell));
    } else if (node.text) {
      out.push(node.text);
    }
  }
  return out;
}

/**
 * The text of a note, for diffs and search: one line per paragraph, heading, list item and table
 * row (its cells separated by tabs); list items keep their marker (`- `, `1. `), nested ones
 * indented under it; hard breaks start a new line; formatting and links are dropped.
 */
export function proseMirrorJSONToPlainText(doc: ProseMirrorNodeJSON): string {
  return lines(doc.type === 'doc' ? doc.content : [doc], false).join('\n');
}
