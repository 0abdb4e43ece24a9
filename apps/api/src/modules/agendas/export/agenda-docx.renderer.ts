import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import { exportTimestamp } from '../../briefing-notes/export/exported-note';
import type { ExportedAgenda, ExportedAgendaItem } from './exported-agenda';

const MARKING_COLOR = 'B00020';
const GREY = '555555';

const markingParagraph = (marking: string) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text: marking, bold: true, color: MARKING_COLOR })],
  });

function tags(item: ExportedAgendaItem): string | null {
  const parts = [
    item.themes.length ? `Themes: ${item.themes.join('; ')}` : '',
    item.vulnerableGroups.length ? `Groups: ${item.vulnerableGroups.join(', ')}` : '',
    item.influenceRegion ? `Region: ${item.influenceRegion}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : null;
}

function itemParagraphs(item: ExportedAgendaItem): Paragraph[] {
  const out = [
    new Paragraph({
      heading: HeadingLevel.HEADING_3,
      children: [
        ...(item.time ? [new TextRun({ text: `${item.time}  ` })] : []),
        new TextRun(item.number === null ? item.title : `${item.number}. ${item.title}`),
      ],
    }),
    new Paragraph({
      children: [
        new TextRun({ text: 'Proposed by ', color: GREY }),
        new TextRun(item.proposingPartner),
        new TextRun({ text: '  ·  ', color: GREY }),
        new TextRun(item.state),
        new TextRun({ text: '  ·  ', color: GREY }),
        new TextRun(`${item.minutes} min`),
      ],
    }),
  ];
  if (item.description) out.push(new Paragraph({ children: [new TextRun(item.description)] }));
  const tagLine = tags(item);
  if (tagLine) {
    out.push(new Paragraph({ children: [new TextRun({ text: tagLine, italics: true })] }));
  }
  for (const p of item.positions ?? []) {
    out.push(
      new Paragraph({
        numbering: { reference: 'positions', level: 0 },
        children: [
          new TextRun({ text: `${p.partner}: `, bold: true }),
          new TextRun(p.text ? `${p.position} — ${p.text}` : p.position),
        ],
      }),
    );
  }
  return out;
}

/**
 * The agenda as a Word document. The handling marking is in the header and in the footer of every
 * page (one section, default header and footer, no distinct first page); the footer also says
 * "Page X of Y".
 */
export async function renderAgendaDocx(agenda: ExportedAgenda): Promise<Buffer> {
  const body: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(agenda.title)] }),
    ...agenda.facts.map(
      ([label, value]) =>
        new Paragraph({
          children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
        }),
    ),
    new Paragraph({
      children: [],
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } },
    }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('On the agenda')] }),
  ];
  if (agenda.scheduled.length) body.push(...agenda.scheduled.flatMap(itemParagraphs));
  else
    body.push(
      new Paragraph({
        children: [
          new TextRun({
            text:
              agenda.audience === 'guests'
                ? 'No items are shared with guests yet.'
                : 'No items on the agenda yet.',
            italics: true,
          }),
        ],
      }),
    );
  if (agenda.notScheduled.length) {
    body.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        children: [new TextRun('Deferred or withdrawn')],
      }),
      ...agenda.notScheduled.flatMap(itemParagraphs),
    );
  }
  const doc = new Document({
    creator: 'Berne Process portal',
    title: agenda.title,
    subject: agenda.marking,
    description: `${agenda.marking}. Exported ${exportTimestamp(agenda.exportedAt)} by ${agenda.exportedBy}.`,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    numbering: {
      config: [
        {
          reference: 'positions',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1440, bottom: 1440, left: 1440, right: 1440, header: 600, footer: 600 },
          },
        },
        headers: { default: new Header({ children: [markingParagraph(agenda.marking)] }) },
        footers: {
          default: new Footer({
            children: [
              markingParagraph(agenda.marking),
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
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
