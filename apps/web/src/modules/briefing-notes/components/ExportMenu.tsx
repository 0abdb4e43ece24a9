import { Button, Menu, type MenuProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The export formats, in the order the menu offers them. */
export const NOTE_EXPORT_FORMATS = ['pdf', 'docx', 'md'] as const;
export type NoteExportFormat = (typeof NOTE_EXPORT_FORMATS)[number];

/** The API's download address of a note in a format (served by the API, not by the web app). */
export function noteExportHref(noteId: string, format: NoteExportFormat): string {
  return `/api/briefing-notes/${encodeURIComponent(noteId)}/export/${format}`;
}

interface ExportMenuProps extends Omit<MenuProps, 'children'> {
  noteId: string;
}

/**
 * "Export" and a menu of plain download links (PDF, Word, Markdown). Links rather than scripted
 * fetches: the browser downloads with the session cookie and the server's file name, and the
 * items work from the keyboard (arrows, Enter, Escape) as Mantine's menu provides.
 */
export function ExportMenu({ noteId, ...menuProps }: ExportMenuProps) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" shadow="md" {...menuProps}>
      <Menu.Target>
        <Button variant="default" data-testid="note-export">
          {t('notes.export.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('notes.export.menuLabel')}</Menu.Label>
        {NOTE_EXPORT_FORMATS.map((format) => (
          <Menu.Item
            key={format}
            component="a"
            href={noteExportHref(noteId, format)}
            download
            data-format={format}
          >
            {t(`notes.export.${format}`)}
          </Menu.Item>
        ))}
        <Menu.Label>{t('notes.export.marked')}</Menu.Label>
      </Menu.Dropdown>
    </Menu>
  );
}
