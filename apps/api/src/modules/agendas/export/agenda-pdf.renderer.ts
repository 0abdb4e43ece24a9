import {
  PDF_CONTENT_WIDTH as CONTENT_WIDTH,
  PDF_MARGIN_X as MARGIN_X,
  PDF_MARKING_COLOR as MARKING_COLOR,
  preparedPdfmake,
} from '../../../common/pdf/pdfmake';
import type { ExportedAgenda, ExportedAgendaItem } from './exported-agenda';

type Content = Record<string, unknown>;

const TIME_WIDTH = 78;

const rule = (): Content => ({
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
});

const labelled = (label: string, value: string): Content => ({
  text: [{ text: `${label}: `, bold: true }, value],
  style: 'meta',
});

function tags(item: ExportedAgendaItem): string | null {
  const parts = [
    item.themes.length ? `Themes: ${item.themes.join('; ')}` : '',
    item.vulnerableGroups.length ? `Groups: ${item.vulnerableGroups.join(', ')}` : '',
    item.influenceRegion ? `Region: ${item.influenceRegion}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : null;
}

function itemBlock(item: ExportedAgendaItem): Content {
  const details: Content[] = [
    {
      text: [
        { text: 'Proposed by ', color: '#555555' },
        item.proposingPartner,
        { text: '  ·  ', color: '#999999' },
        item.state,
        { text: '  ·  ', color: '#999999' },
        `${item.minutes} min`,
      ],
      style: 'meta',
    },
  ];
  if (item.description) details.push({ text: item.description, margin: [0, 2, 0, 2] });
  const tagLine = tags(item);
  if (tagLine) details.push({ text: tagLine, style: 'meta', italics: true });
  if (item.positions?.length) {
    details.push({
      ul: item.positions.map((p) => ({
        text: [{ text: `${p.partner}: `, bold: true }, p.position, p.text ? ` — ${p.text}` : ''],
      })),
      style: 'meta',
      margin: [0, 2, 0, 0],
    });
  }
  return {
    columns: [
      { width: TIME_WIDTH, text: item.time ?? '', bold: true },
      {
        width: '*',
        stack: [
          {
            text: item.number === null ? item.title : `${item.number}. ${item.title}`,
            style: 'item',
          },
          ...details,
        ],
      },
    ],
    columnGap: 8,
    margin: [0, 0, 0, 12],
  };
}

/**
 * The agenda as a PDF (A4, Roboto embedded). The header and the footer of every page carry the
 * handling marking; the footer also says "Page X of Y". The first page opens with the title and
 * the meeting's facts.
 */
export async function renderAgendaPdf(agenda: ExportedAgenda): Promise<Buffer> {
  const pdfmake = preparedPdfmake();
  const content: Content[] = [
    { text: agenda.title, style: 'title' },
    ...agenda.facts.map(([label, value]) => labelled(label, value)),
    rule(),
    { text: 'On the agenda', style: 'section' },
  ];
  if (agenda.scheduled.length) content.push(...agenda.scheduled.map(itemBlock));
  else
    content.push({
      text:
        agenda.audience === 'guests'
          ? 'No items are shared with guests yet.'
          : 'No items on the agenda yet.',
      italics: true,
    });
  if (agenda.notScheduled.length) {
    content.push(
      { text: 'Deferred or withdrawn', style: 'section' },
      ...agenda.notScheduled.map(itemBlock),
    );
  }
  const definition = {
    pageSize: 'A4',
    pageMargins: [MARGIN_X, 72, MARGIN_X, 72],
    info: {
      title: agenda.title,
      subject: agenda.marking,
      keywords: agenda.marking,
      creator: 'Berne Process portal',
      producer: 'Berne Process portal',
    },
    header: () => ({
      text: agenda.marking,
      alignment: 'center',
      bold: true,
      color: MARKING_COLOR,
      fontSize: 9,
      margin: [MARGIN_X, 32, MARGIN_X, 0],
    }),
    footer: (currentPage: number, pageCount: number) => ({
      stack: [
        { text: agenda.marking, bold: true, color: MARKING_COLOR, fontSize: 9 },
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
    content,
    styles: {
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 8] },
      section: { fontSize: 13, bold: true, margin: [0, 4, 0, 8] },
      item: { fontSize: 11.5, bold: true, margin: [0, 0, 0, 2] },
      meta: { fontSize: 9.5, color: '#333333', margin: [0, 0, 0, 2] },
    },
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.2 },
  };
  return pdfmake.createPdf(definition).getBuffer();
}
