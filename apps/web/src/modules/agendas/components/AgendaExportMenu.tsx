import { Fragment } from 'react';
import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const AGENDA_EXPORT_FORMATS = ['pdf', 'docx'] as const;
export type AgendaExportFormat = (typeof AGENDA_EXPORT_FORMATS)[number];
export const AGENDA_AUDIENCES = ['partners', 'guests'] as const;
export type AgendaAudience = (typeof AGENDA_AUDIENCES)[number];

/** The API's download address of a meeting's agenda (served by the API, not the web app). */
export function agendaExportHref(
  meetingId: string,
  format: AgendaExportFormat,
  audience: AgendaAudience,
): string {
  return `/api/meetings/${encodeURIComponent(meetingId)}/agenda.${format}?audience=${audience}`;
}

/**
 * "Export" and a menu of plain download links: PDF or Word, the partners' version (with positions)
 * or the guests' version (guest-visible items only). Links, so the browser downloads with the
 * session cookie and the server's file name.
 */
export function AgendaExportMenu({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" shadow="md">
      <Menu.Target>
        <Button variant="default" data-testid="agenda-export">
          {t('agendas.export.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {AGENDA_AUDIENCES.map((audience) => (
          <Fragment key={audience}>
            <Menu.Label>{t(`agendas.export.${audience}`)}</Menu.Label>
            {AGENDA_EXPORT_FORMATS.map((format) => (
              <Menu.Item
                key={format}
                component="a"
                href={agendaExportHref(meetingId, format, audience)}
                download
                data-format={format}
                data-audience={audience}
              >
                {t(`agendas.export.${format}`, { audience: t(`agendas.export.${audience}`) })}
              </Menu.Item>
            ))}
          </Fragment>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
