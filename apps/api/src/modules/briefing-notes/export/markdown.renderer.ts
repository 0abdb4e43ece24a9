import { escapeMarkdownText, proseMirrorJSONToMarkdown } from '@berne/collab/server';
import { exportTimestamp, type ExportedNote } from './exported-note';

const yamlString = (value: string) => JSON.stringify(value);

/**
 * The note as Markdown. The classification marking is the first and the last line, so it shows
 * whatever reads the file (and survives copy-paste of either end). A YAML block of metadata
 * follows the first line; its closing `---` comes after a blank line, so Markdown renderers show a
 * rule there rather than turning the metadata into a heading.
 */
export function renderMarkdown(note: ExportedNote): Buffer {
  const marking = escapeMarkdownText(note.marking, true);
  const body = proseMirrorJSONToMarkdown(note.content);
  const lines = [
    marking,
    '',
    '---',
    `title: ${yamlString(note.title)}`,
    `classification: ${note.classification}`,
    `marking: ${yamlString(note.marking)}`,
    `owner_partner: ${note.ownerPartnerCode}`,
    `owner_partner_name: ${yamlString(note.ownerPartnerName)}`,
    `exported_at: ${note.exportedAt.toISOString()}`,
    `exported_by: ${yamlString(note.exportedBy)}`,
    `note_id: ${note.id}`,
    '',
    '---',
    '',
    `# ${escapeMarkdownText(note.title)}`,
    '',
    `**Classification:** ${marking}\\`,
    `**Owner partner:** ${escapeMarkdownText(note.ownerPartnerName)}\\`,
    `**Exported:** ${exportTimestamp(note.exportedAt)} by ${escapeMarkdownText(note.exportedBy)}`,
    '',
    ...(body ? [body, ''] : []),
    marking,
    '',
  ];
  return Buffer.from(lines.join('\n'), 'utf8');
}
