import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  PDF_MARGIN_X as MARGIN_X,
  PDF_MARKING_COLOR as MARKING_COLOR,
  preparedPdfmake,
} from '../../../common/pdf/pdfmake';
import { exportTimestamp } from '../../briefing-notes/export/exported-note';
import type { MeetingCaseListModel } from '../case.model';

/** The handling line on every page of an exported list of cases. */
export const CASE_LIST_MARKING = 'RESTRICTED — individual cases — named recipients only';

export interface ExportedCaseRow {
  number: number;
  reference: string;
  name: string;
  nativeName: string;
  status: string;
  detainedOn: string;
  detention: string;
  request: string;
}

export interface ExportedCaseList {
  title: string;
  facts: [string, string][];
  rows: ExportedCaseRow[];
  marking: string;
  exportedAt: Date;
  exportedBy: string;
}

const STATUS_LABEL: Record<string, string> = {
  DETAINED: 'Detained',
  RSDL: 'Residential surveillance (RSDL)',
  SENTENCED: 'Sentenced',
  DISAPPEARED: 'Whereabouts unknown',
  RELEASED: 'Released',
  DECEASED: 'Deceased',
};

export function exportedCaseList(
  view: MeetingCaseListModel,
  exportedBy: string,
  now = new Date(),
): ExportedCaseList {
  return {
    title: `Individual cases — ${view.meetingTitle}`,
    facts: [
      ['Round', `${view.meetingTitle}, ${view.meetingStartsAt.toISOString().slice(0, 10)}`],
      ['Raised by', view.hostPartner ?? '—'],
      ['Cases', String(view.entries.length)],
      ['Status', view.sentAt ? `Sent ${exportTimestamp(view.sentAt)}` : 'Draft, not sent'],
      ['Exported', `${exportTimestamp(now)} by ${exportedBy}`],
    ],
    rows: view.entries.map((e) => ({
      number: e.position,
      reference: e.case.reference,
      name: e.case.name,
      nativeName: e.case.nativeName,
      status: STATUS_LABEL[e.case.status] ?? e.case.status,
      detainedOn: e.case.detainedOn ?? '',
      detention: [e.case.charges, e.case.sentence, e.case.location].filter(Boolean).join(' · '),
      request: e.request,
    })),
    marking: CASE_LIST_MARKING,
    exportedAt: now,
    exportedBy,
  };
}

const HEAD = [
  '#',
  'Reference',
  'Name',
  'Status',
  'Detained since',
  'Charges · sentence · place',
  'Request',
];

/**
 * The list as a PDF (A4 landscape), the marking in the header and footer of every page. The
 * embedded font has no Chinese characters, so names in Chinese script are in the DOCX only (the
 * PDF says so rather than printing empty boxes).
 */
export async function renderCaseListPdf(list: ExportedCaseList): Promise<Buffer> {
  const pdfmake = preparedPdfmake();
  const hasNative = list.rows.some((r) => r.nativeName);
  const definition = {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [MARGIN_X, 72, MARGIN_X, 72],
    info: {
      title: list.title,
      subject: list.marking,
      keywords: list.marking,
      creator: 'Berne Process portal',
    },
    header: () => ({
      text: list.marking,
      alignment: 'center',
      bold: true,
      color: MARKING_COLOR,
      fontSize: 9,
      margin: [MARGIN_X, 32, MARGIN_X, 0],
    }),
    footer: (currentPage: number, pageCount: number) => ({
      stack: [
        { text: list.marking, bold: true, color: MARKING_COLOR, fontSize: 9 },
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
      { text: list.title, fontSize: 16, bold: true, margin: [0, 0, 0, 8] },
      ...list.facts.map(([label, value]) => ({
        text: [{ text: `${label}: `, bold: true }, value],
        fontSize: 9.5,
      })),
      ...(hasNative
        ? [
            {
              text: 'Names in Chinese script are in the DOCX version of this list.',
              italics: true,
              fontSize: 9,
              margin: [0, 4, 0, 0],
            },
          ]
        : []),
      list.rows.length
        ? {
            margin: [0, 12, 0, 0],
            table: {
              headerRows: 1,
              widths: [18, 62, 100, 70, 58, '*', '*'],
              body: [
                HEAD.map((h) => ({ text: h, bold: true })),
                ...list.rows.map((r) => [
                  String(r.number),
                  r.reference,
                  r.name,
                  r.status,
                  r.detainedOn,
                  r.detention,
                  r.request,
                ]),
              ],
            },
            layout: 'lightHorizontalLines',
            fontSize: 9,
          }
        : { text: 'No cases on this list yet.', italics: true, margin: [0, 12, 0, 0] },
    ],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
  };
  return pdfmake.createPdf(definition).getBuffer();
}

const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

/** The list as a Word document (names in Chinese script included), marked in header and footer. */
export async function renderCaseListDocx(list: ExportedCaseList): Promise<Buffer> {
  const marking = () =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new TextRun({ text: list.marking, bold: true, color: MARKING_COLOR.replace('#', '') }),
      ],
    });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: HEAD.map((h) => cell(h, true)) }),
      ...list.rows.map(
        (r) =>
          new TableRow({
            children: [
              cell(String(r.number)),
              cell(r.reference),
              cell(r.nativeName ? `${r.name} (${r.nativeName})` : r.name),
              cell(r.status),
              cell(r.detainedOn),
              cell(r.detention),
              cell(r.request),
            ],
          }),
      ),
    ],
  });
  const doc = new Document({
    creator: 'Berne Process portal',
    title: list.title,
    subject: list.marking,
    description: `${list.marking}. Exported ${exportTimestamp(list.exportedAt)} by ${list.exportedBy}.`,
    styles: { default: { document: { run: { font: 'Calibri', size: 20 } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        headers: { default: new Header({ children: [marking()] }) },
        footers: {
          default: new Footer({
            children: [
              marking(),
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
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(list.title)] }),
          ...list.facts.map(
            ([label, value]) =>
              new Paragraph({
                children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
              }),
          ),
          list.rows.length
            ? table
            : new Paragraph({
                children: [new TextRun({ text: 'No cases on this list yet.', italics: true })],
              }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
