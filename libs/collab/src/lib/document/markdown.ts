import {
  headingLevel,
  orderedListStart,
  safeHref,
  tableGrid,
  type ProseMirrorMarkJSON,
  type ProseMirrorNodeJSON,
} from './prosemirror-json';

interface Context {
  /** Inside a GFM table cell: one line only (`<br>` for breaks), pipes escaped even in code. */
  inTable: boolean;
  /** Inside a heading: one line only (breaks become spaces). */
  singleLine: boolean;
}

const BLOCK: Context = { inTable: false, singleLine: false };

/** Marks Markdown can express, outermost first (ProseMirror's own order for these marks). */
const MARK_ORDER = ['link', 'bold', 'italic', 'strike'] as const;
type MarkdownMark = (typeof MARK_ORDER)[number];
const DELIMITER: Record<Exclude<MarkdownMark, 'link'>, string> = {
  bold: '**',
  italic: '*',
  strike: '~~',
};

interface OpenMark {
  type: MarkdownMark;
  href?: string;
}

const sameMark = (a: OpenMark, b: OpenMark) => a.type === b.type && a.href === b.href;

/** The marks of a text node that Markdown can express, outermost first (unsafe links dropped). */
function markdownMarks(marks: readonly ProseMirrorMarkJSON[] | undefined): OpenMark[] {
  const out: OpenMark[] = [];
  for (const type of MARK_ORDER) {
    const mark = marks?.find((m) => m.type === type);
    if (!mark) continue;
    if (type === 'link') {
      const href = safeHref(mark.attrs?.href);
      if (href) out.push({ type, href });
    } else {
      out.push({ type });
    }
  }
  return out;
}

/** A link destination Markdown reads back unchanged: no spaces, brackets or parentheses. */
const linkDestination = (href: string) =>
  href.replace(/[\s()<>\\]/g, (c) =>
    c === '(' ? '%28' : c === ')' ? '%29' : encodeURIComponent(c),
  );

const opener = (mark: OpenMark) => (mark.type === 'link' ? '[' : DELIMITER[mark.type]);
const closer = (mark: OpenMark) =>
  mark.type === 'link' ? `](${linkDestination(mark.href ?? '')})` : DELIMITER[mark.type];

/**
 * Escapes text so Markdown shows it literally: inline syntax everywhere, and what would start a
 * block (heading, list item, setext underline) when it opens a line.
 */
export function escapeMarkdownText(text: string, atLineStart = false): string {
  let out = text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]<>~|]/g, '\\$&')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
  if (atLineStart) {
    if (/^(#|[-+](\s|$)|[-=]+\s*$)/.test(out)) out = `\\${out}`;
    else out = out.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
  }
  return out;
}

/** A code span whose fence is longer than any run of backticks inside it. */
function codeSpan(text: string, context: Context): string {
  let content = text.replace(/[\r\n]+/g, ' ');
  if (context.inTable) content = content.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^`|`$/.test(content) || /^ .*[^ ].* $/.test(content) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/**
 * The inline content of a textblock. Marks are opened and closed as a stack (so `**a *b* c**`
 * stays one bold run), and whitespace at their edges is moved outside the delimiters, where
 * CommonMark needs it. Hard breaks close every mark: nothing spans lines.
 */
function inline(nodes: readonly ProseMirrorNodeJSON[] | undefined, context: Context): string {
  let out = '';
  const stack: OpenMark[] = [];
  let pendingSpace = '';
  let lineStart = true;

  const write = (text: string) => {
    if (!text) return;
    out += text;
    lineStart = false;
  };
  const closeTo = (depth: number) => {
    while (stack.length > depth) out += closer(stack.pop()!);
  };
  const flushSpace = () => {
    if (pendingSpace && !lineStart) write(pendingSpace);
    pendingSpace = '';
  };
  const openFrom = (marks: OpenMark[]) => {
    let keep = 0;
    while (keep < stack.length && keep < marks.length && sameMark(stack[keep], marks[keep])) keep++;
    closeTo(keep);
    flushSpace();
    for (const mark of marks.slice(keep)) {
      write(opener(mark));
      stack.push(mark);
    }
  };

  for (const node of nodes ?? []) {
    if (node.type === 'hardBreak') {
      closeTo(0);
      pendingSpace = '';
      if (context.inTable) write('<br>');
      else if (context.singleLine) pendingSpace = ' ';
      else {
        out += '\\\n';
        lineStart = true;
      }
      continue;
    }
    if (node.type !== 'text') {
      // An inline node this renderer does not know: keep its text.
      if (node.content) {
        openFrom([]);
        write(inline(node.content, context));
      }
      continue;
    }
    const text = node.text ?? '';
    const marks = markdownMarks(node.marks);
    if (node.marks?.some((m) => m.type === 'code')) {
      openFrom(marks);
      write(codeSpan(text, context));
      continue;
    }
    const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
    if (!core) {
      pendingSpace += text;
      continue;
    }
    // Closing delimiters go before the space, opening ones after it.
    let keep = 0;
    while (keep < stack.length && keep < marks.length && sameMark(stack[keep], marks[keep])) keep++;
    closeTo(keep);
    pendingSpace += lead;
    openFrom(marks);
    write(escapeMarkdownText(core, lineStart));
    pendingSpace = trail;
  }
  closeTo(0);
  return out;
}

const isList = (node: ProseMirrorNodeJSON) =>
  node.type === 'bulletList' || node.type === 'orderedList';

/**
 * Renders sibling blocks. Adjacent lists of the same kind would merge into one in Markdown, so
 * every other one uses the alternative marker (`*` / `)`). In a tight list item, a paragraph is
 * followed directly by its nested list; everything else is separated by a blank line.
 */
function blocks(
  nodes: readonly ProseMirrorNodeJSON[] | undefined,
  context: Context,
  tight = false,
): string[] {
  const out: string[] = [];
  let previous: ProseMirrorNodeJSON | null = null;
  let alternate = false;
  for (const node of nodes ?? []) {
    alternate = previous?.type === node.type && isList(node) ? !alternate : false;
    const lines = block(node, context, alternate);
    if (lines.length === 0) continue;
    if (previous && !(tight && previous.type === 'paragraph' && isList(node))) out.push('');
    out.push(...lines);
    previous = node;
  }
  return out;
}

function block(node: ProseMirrorNodeJSON, context: Context, alternate: boolean): string[] {
  switch (node.type) {
    case 'paragraph': {
      const text = inline(node.content, context);
      return text ? text.split('\n') : [];
    }
    case 'heading': {
      const text = inline(node.content, { ...context, singleLine: true });
      if (!text) return [];
      return context.inTable ? [text] : [`${'#'.repeat(headingLevel(node))} ${text}`];
    }
    case 'blockquote':
      return blocks(node.content, context).map((line) => (line ? `> ${line}` : '>'));
    case 'bulletList':
    case 'orderedList':
      return list(node, context, alternate);
    case 'horizontalRule':
      return ['---'];
    case 'table':
      return context.inTable ? blocks(node.content, context) : table(node);
    case 'tableRow':
    case 'tableCell':
    case 'tableHeader':
      return blocks(node.content, context);
    case 'codeBlock': {
      const text = (node.content ?? []).map((n) => n.text ?? '').join('');
      if (context.inTable) return [codeSpan(text, context)];
      const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
      const fence = '`'.repeat(longest + 1);
      return [fence, ...text.split('\n'), fence];
    }
    default:
      if (node.content) return blocks(node.content, context);
      return node.text ? [escapeMarkdownText(node.text, true)] : [];
  }
}

function list(node: ProseMirrorNodeJSON, context: Context, alternate: boolean): string[] {
  const ordered = node.type === 'orderedList';
  let number = orderedListStart(node);
  const out: string[] = [];
  for (const item of node.content ?? []) {
    const marker = ordered ? `${number++}${alternate ? ')' : '.'} ` : alternate ? '* ' : '- ';
    const body = blocks(item.content, context, true);
    if (body.length === 0) {
      out.push(marker.trimEnd());
      continue;
    }
    const indent = ' '.repeat(marker.length);
    body.forEach((line, i) => out.push(i === 0 ? marker + line : line ? indent + line : ''));
  }
  return out;
}

/** A GFM table: the first row is the header row (GFM has no table without one). */
function table(node: ProseMirrorNodeJSON): string[] {
  const grid = tableGrid(node);
  if (grid.rows.length === 0 || grid.columns === 0) return [];
  const cellContext: Context = { inTable: true, singleLine: true };
  const text = grid.rows.map((row) =>
    row.map((slot) =>
      slot && slot !== 'spanned'
        ? blocks(slot.cell.content, cellContext).filter(Boolean).join('<br>')
        : '',
    ),
  );
  const line = (cells: string[]) => `| ${cells.map((c) => c || ' ').join(' | ')} |`;
  return [
    line(text[0]),
    line(Array.from({ length: grid.columns }, () => '---')),
    ...text.slice(1).map(line),
  ];
}

/**
 * A note's content as GitHub-flavoured Markdown: headings, paragraphs, nested lists, quotes,
 * rules, GFM tables, bold/italic/strike/code and links (http, https and mailto only; other links
 * keep their text). Text is escaped so it reads back literally. Ends without a newline.
 */
export function proseMirrorJSONToMarkdown(doc: ProseMirrorNodeJSON): string {
  return blocks(doc.type === 'doc' ? doc.content : [doc], BLOCK).join('\n');
}
