import {
  headingLevel,
  orderedListStart,
  safeHref,
  tableGrid,
  type ProseMirrorNodeJSON,
} from '@berne/collab/server';
import {
  PDF_CONTENT_WIDTH as CONTENT_WIDTH,
  PDF_MARGIN_X as MARGIN_X,
  PDF_MARKING_COLOR as MARKING_COLOR,
  preparedPdfmake,
} from '../../../common/pdf/pdfmake';
import { exportTimestamp, type ExportedNote } from './exported-note';

type Content = Record<string, unknown>;


function inline(nodes: readonly ProseMirrorNodeJSON[] | undefined): Content[] {
  const out: Content[] = [];
  for (const node of nodes ?? []) {
    if (node.type === 'hardBreak') {
      out.push({ text: '\n' });
      continue;
    }
    if (node.type !== 'text') {
      out.push(...inline(node.content));
      continue;
    }
    const has = (type: string) => node.marks?.some((m) => m.type === type) ?? false;
    const href = safeHref(node.marks?.find((m) => m.type === 'link')?.attrs?.href);
    const decoration = [
      ...(has('underline') || href ? ['underline'] : []),
      ...(has('strike') ? ['lineThrough'] : []),
    ];
    out.push({
      text: node.text ?? '',
      ...(has('bold') ? { bold: true } : {}),
      ...(has('italic') ? { italics: true } : {}),
      ...(decoration.length ? { decoration } : {}),
      ...(has('code') ? { background: '#eeeeee', color: '#222222' } : {}),
      ...(href ? { link: href, color: '#1c4fa1' } : {}),
    });
  }
  return out;
}

/** Paragraphs in list items and table cells sit closer together than in the running text. */
const tight = (content: Content): Content =>
  'text' in content && 'margin' in content ? { ...content, margin: [0, 0, 0, 2] } : content;

function blocks(nodes: readonly ProseMirrorNodeJSON[] | undefined): Content[] {
  return (nodes ?? []).flatMap(block);
}

function block(node: ProseMirrorNodeJSON): Content[] {
  switch (node.type) {
    case 'paragraph':
      return [{ text: node.content?.length ? inline(node.content) : ' ', margin: [0, 0, 0, 6] }];
    case 'heading':
      return [{ text: inline(node.content), style: `h${headingLevel(node)}` }];
    case 'blockquote':
      return [
        {
          table: {
            widths: ['*'],
            body: [[{ stack: blocks(node.content), italics: true, color: '#444444' }]],
          },
          layout: {
            hLineWidth: () => 0,
            vLineWidth: (i: number) => (i === 0 ? 2 : 0),
            vLineColor: () => '#aaaaaa',
            paddingLeft: () => 10,
          },
          margin: [0, 0, 0, 6],
        },
      ];
    case 'bulletList':
    case 'orderedList': {
      const items = (node.content ?? []).map((item) => {
        const content = blocks(item.content).map(tight);
        return content.length === 1 ? content[0] : { stack: content };
      });
      return [
        node.type === 'orderedList'
          ? { ol: items, start: orderedListStart(node), margin: [0, 0, 0, 6] }
          : { ul: items, margin: [0, 0, 0, 6] },
      ];
    }
    case 'horizontalRule':
      return [
        {
          canvas: [
            {
              type: 'line',
              x1: 0,
              y1: 0,
              x2: CONTENT_WIDTH,
              y2: 0,
              lineWidth: 0.5,
              lineColor: '#999999',
            },
          ],
          margin: [0, 4, 0, 10],
        },
      ];
    case 'table':
      return table(node);
    case 'codeBlock':
      return [
        { text: (node.content ?? []).map((n) => n.text ?? '').join(''), background: '#eeeeee' },
      ];
    default:
      if (node.content) return blocks(node.content);
      return node.text ? [{ text: node.text }] : [];
  }
}

function table(node: ProseMirrorNodeJSON): Content[] {
  const grid = tableGrid(node);
  if (grid.rows.length === 0 || grid.columns === 0) return [];
  const body = grid.rows.map((row) =>
    row.map((slot): Content => {
      // pdfmake wants a placeholder where a span from another cell lies.
      if (slot === 'spanned') return {};
      if (!slot) return { text: '' };
      return {
        stack: blocks(slot.cell.content).map(tight),
        ...(slot.colspan > 1 ? { colSpan: slot.colspan } : {}),
        ...(slot.rowspan > 1 ? { rowSpan: slot.rowspan } : {}),
        ...(slot.header ? { bold: true, fillColor: '#ededed' } : {}),
      };
    }),
  );
  // Repeated on each page; a table of header rows only has none to repeat.
  const headerRows = grid.headerRows < grid.rows.length ? grid.headerRows : 0;
  return [
    {
      table: { headerRows, widths: Array.from({ length: grid.columns }, () => '*'), body },
      margin: [0, 2, 0, 8],
    },
  ];
}

/**
 * The note as a PDF (A4, Roboto embedded). The header and the footer of every page carry the
 * classification marking; the footer also says "Page X of Y". The first page opens with the
 * title, the marking, the owner partner and who exported it when.
 */
export async function renderPdf(note: ExportedNote): Promise<Buffer> {
  const pdfmake = preparedPdfmake();
  const meta = (label: string, value: string): Content => ({
    text: [{ text: `${label}: `, bold: true }, value],
    style: 'meta',
  });
  const definition = {
    pageSize: 'A4',
    pageMargins: [MARGIN_X, 72, MARGIN_X, 72],
    info: {
      title: note.title,
      subject: note.marking,
      keywords: note.marking,
      creator: 'Berne Process portal',
      producer: 'Berne Process portal',
    },
    header: () => ({
      text: note.marking,
      alignment: 'center',
      bold: true,
      color: MARKING_COLOR,
      fontSize: 9,
      margin: [MARGIN_X, 32, MARGIN_X, 0],
    }),
    footer: (currentPage: number, pageCount: number) => ({
      stack: [
        { text: note.marking, bold: true, color: MARKING_COLOR, fontSize: 9 },
        {
          text: `Page ${currentPage} of ${pageCount}`,
          fontSize: 8,
          color: '#555555',
          margin: [0, 2, 0, 0],
        },
      ],
      alignment: 'center',
      margin: [MARGIN_X, 24, MARGIN_X, 0],
    }),
    content: [
      { text: note.title, style: 'title' },
      meta('Classification', note.marking),
      meta('Owner partner', note.ownerPartnerName),
      meta('Exported', `${exportTimestamp(note.exportedAt)} by ${note.exportedBy}`),
      {
        canvas: [
          {
            type: 'line',
            x1: 0,
            y1: 0,
            x2: CONTENT_WIDTH,
            y2: 0,
            lineWidth: 0.5,
            lineColor: '#999999',
          },
        ],
        margin: [0, 8, 0, 12],
      },
      ...blocks(note.content.content),
    ],
    styles: {
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 8] },
      h1: { fontSize: 16, bold: true, margin: [0, 12, 0, 4] },
      h2: { fontSize: 14, bold: true, margin: [0, 10, 0, 4] },
      h3: { fontSize: 12, bold: true, margin: [0, 8, 0, 3] },
      h4: { fontSize: 11, bold: true, margin: [0, 6, 0, 2] },
      h5: { fontSize: 11, bold: true, margin: [0, 6, 0, 2] },
      h6: { fontSize: 11, bold: true, margin: [0, 6, 0, 2] },
      meta: { fontSize: 9.5, color: '#333333', margin: [0, 0, 0, 2] },
    },
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.2 },
  };
  return pdfmake.createPdf(definition).getBuffer();
}
