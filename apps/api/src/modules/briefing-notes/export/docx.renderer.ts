import {
  headingLevel,
  orderedListStart,
  safeHref,
  tableGrid,
  type ProseMirrorNodeJSON,
} from '@berne/collab/server';
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ILevelsOptions,
  type ParagraphChild,
} from 'docx';
import { exportTimestamp, type ExportedNote } from './exported-note';

const MARKING_COLOR = 'B00020';
/** A4 (11906 twips) less two 1-inch margins. */
const CONTENT_WIDTH = 11906 - 2 * 1440;
const INDENT = 720;
const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;
const BULLETS = ['•', '◦', '▪'];

interface Where {
  /** Depth of list nesting (0 outside lists). */
  listDepth: number;
  /** Depth of block quotes. */
  quoteDepth: number;
}

const levels = (
  format: (typeof LevelFormat)[keyof typeof LevelFormat],
  start = 1,
): ILevelsOptions[] =>
  Array.from({ length: 9 }, (_, level) => ({
    level,
    format,
    start,
    text: format === LevelFormat.BULLET ? BULLETS[level % BULLETS.length] : `%${level + 1}.`,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: INDENT * (level + 1), hanging: 360 } } },
  }));

/**
 * Builds the body of one document. Every ordered list gets a numbering definition of its own, so
 * each starts at its own number instead of continuing the previous list.
 */
class DocxBody {
  readonly numbering: { reference: string; levels: ILevelsOptions[] }[] = [
    { reference: 'bullets', levels: levels(LevelFormat.BULLET) },
  ];

  blocks(nodes: readonly ProseMirrorNodeJSON[] | undefined, where: Where): (Paragraph | Table)[] {
    return (nodes ?? []).flatMap((node) => this.block(node, where));
  }

  private indent(where: Where) {
    const left = INDENT * (where.listDepth + where.quoteDepth);
    return left ? { left } : undefined;
  }

  private quoteBorder(where: Where) {
    return where.quoteDepth
      ? { left: { style: BorderStyle.SINGLE, size: 12, color: 'A0A0A0', space: 8 } }
      : undefined;
  }

  private block(node: ProseMirrorNodeJSON, where: Where): (Paragraph | Table)[] {
    switch (node.type) {
      case 'paragraph':
        return [
          new Paragraph({
            children: inline(node.content, where.quoteDepth > 0),
            indent: this.indent(where),
            border: this.quoteBorder(where),
          }),
        ];
      case 'heading':
        return [
          new Paragraph({
            heading: HEADINGS[headingLevel(node) - 1],
            children: inline(node.content, false),
            indent: this.indent(where),
          }),
        ];
      case 'blockquote':
        return this.blocks(node.content, { ...where, quoteDepth: where.quoteDepth + 1 });
      case 'bulletList':
      case 'orderedList':
        return this.list(node, where);
      case 'horizontalRule':
        return [
          new Paragraph({
            children: [],
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } },
          }),
        ];
      case 'table':
        return [this.table(node, where)];
      case 'codeBlock':
        return [
          new Paragraph({
            children: [new TextRun({ text: plain(node.content), font: 'Courier New' })],
            indent: this.indent(where),
          }),
        ];
      default:
        if (node.content) return this.blocks(node.content, where);
        return node.text ? [new Paragraph({ text: node.text })] : [];
    }
  }

  private list(node: ProseMirrorNodeJSON, where: Where): (Paragraph | Table)[] {
    let reference = 'bullets';
    if (node.type === 'orderedList') {
      reference = `ordered-${this.numbering.length}`;
      this.numbering.push({
        reference,
        levels: levels(LevelFormat.DECIMAL, orderedListStart(node)),
      });
    }
    const level = Math.min(where.listDepth, 8);
    const inside: Where = { ...where, listDepth: where.listDepth + 1 };
    return (node.content ?? []).flatMap((item) => {
      const [first, ...rest] = item.content ?? [];
      // The item's first paragraph carries the bullet or number; what follows is indented under it.
      const head =
        first?.type === 'paragraph'
          ? new Paragraph({
              children: inline(first.content, where.quoteDepth > 0),
              numbering: { reference, level },
            })
          : new Paragraph({ children: [], numbering: { reference, level } });
      const tail = first?.type === 'paragraph' ? rest : (item.content ?? []);
      return [head, ...this.blocks(tail, inside)];
    });
  }

  private table(node: ProseMirrorNodeJSON, where: Where): Table {
    const grid = tableGrid(node);
    const columns = Math.max(1, grid.columns);
    const width = Math.floor((CONTENT_WIDTH - INDENT * where.listDepth) / columns);
    const cellWhere: Where = { listDepth: 0, quoteDepth: 0 };
    const rows = grid.rows.map(
      (row, r) =>
        new TableRow({
          // Only header rows carry the flag: some readers take any <w:tblHeader> as "on".
          tableHeader: r < grid.headerRows || undefined,
          children: row.flatMap((slot) => {
            // Positions covered by a rowspan get their continuation cell from docx itself.
            if (slot === 'spanned') return [];
            const content = slot ? this.blocks(slot.cell.content, cellWhere) : [];
            // Word wants every cell to end with a paragraph.
            if (!(content[content.length - 1] instanceof Paragraph))
              content.push(new Paragraph(''));
            return [
              new TableCell({
                children: content,
                columnSpan: slot && slot.colspan > 1 ? slot.colspan : undefined,
                rowSpan: slot && slot.rowspan > 1 ? slot.rowspan : undefined,
                shading: slot?.header
                  ? { type: ShadingType.CLEAR, color: 'auto', fill: 'EDEDED' }
                  : undefined,
                margins: { top: 60, bottom: 60, left: 100, right: 100 },
              }),
            ];
          }),
        }),
    );
    return new Table({
      rows: rows.length
        ? rows
        : [new TableRow({ children: [new TableCell({ children: [new Paragraph('')] })] })],
      width: { size: width * columns, type: WidthType.DXA },
      columnWidths: Array.from({ length: columns }, () => width),
      indent: where.listDepth ? { size: INDENT * where.listDepth, type: WidthType.DXA } : undefined,
    });
  }
}

function plain(nodes: readonly ProseMirrorNodeJSON[] | undefined): string {
  return (nodes ?? []).map((n) => n.text ?? plain(n.content)).join('');
}

/** Text runs with their formatting; web and mail links become hyperlinks, other links plain text. */
function inline(
  nodes: readonly ProseMirrorNodeJSON[] | undefined,
  italicBase: boolean,
): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes ?? []) {
    if (node.type === 'hardBreak') {
      out.push(new TextRun({ break: 1 }));
      continue;
    }
    if (node.type !== 'text') {
      out.push(...inline(node.content, italicBase));
      continue;
    }
    const has = (type: string) => node.marks?.some((m) => m.type === type) ?? false;
    const href = safeHref(node.marks?.find((m) => m.type === 'link')?.attrs?.href);
    const run = new TextRun({
      text: node.text ?? '',
      bold: has('bold') || undefined,
      italics: has('italic') || italicBase || undefined,
      strike: has('strike') || undefined,
      underline: has('underline') && !href ? {} : undefined,
      font: has('code') ? 'Courier New' : undefined,
      style: href ? 'Hyperlink' : undefined,
    });
    out.push(href ? new ExternalHyperlink({ link: href, children: [run] }) : run);
  }
  return out;
}

const markingParagraph = (marking: string) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text: marking, bold: true, color: MARKING_COLOR })],
  });

/**
 * The note as a Word document. The classification marking is in the header and in the footer of
 * every page (one section, default header and footer, no distinct first page), the footer also
 * says "Page X of Y"; the body opens with the title, the marking, the owner partner and who
 * exported it when.
 */
export async function renderDocx(note: ExportedNote): Promise<Buffer> {
  const body = new DocxBody();
  const content = body.blocks(note.content.content, { listDepth: 0, quoteDepth: 0 });
  const meta = (label: string, value: string) =>
    new Paragraph({
      children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
    });
  const doc = new Document({
    creator: 'Berne Process portal',
    title: note.title,
    subject: note.marking,
    description: `${note.marking}. Exported ${exportTimestamp(note.exportedAt)} by ${note.exportedBy}.`,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    numbering: { config: body.numbering },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1440, bottom: 1440, left: 1440, right: 1440, header: 600, footer: 600 },
          },
        },
        headers: { default: new Header({ children: [markingParagraph(note.marking)] }) },
        footers: {
          default: new Footer({
            children: [
              markingParagraph(note.marking),
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(note.title)] }),
          meta('Classification', note.marking),
          meta('Owner partner', note.ownerPartnerName),
          meta('Exported', `${exportTimestamp(note.exportedAt)} by ${note.exportedBy}`),
          new Paragraph({
            children: [],
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } },
          }),
          ...content,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
