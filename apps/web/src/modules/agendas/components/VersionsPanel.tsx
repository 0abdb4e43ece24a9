import { useState } from 'react';
import { Button, Modal, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/i18n';
import { usePartners } from '../../meetings/hooks/usePartners';
import { ErrorAlert } from '../../errors/components/ErrorAlert';
import { formatDateTime, partnerName } from '../../partners/partner-display';
import { AgendaVersionsQuery } from '../graphql/agendas.operations';
import { positionLabelKey, positionSymbol, stateLabelKey } from '../display';
import { parseSnapshot } from '../versions';

/** The agenda's locked versions, newest first; each opens as the snapshot the chair locked. */
export function VersionsPanel({ meetingId }: { meetingId: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const { byCode } = usePartners();
  const { data, error } = useQuery(AgendaVersionsQuery, {
    variables: { meetingId },
    fetchPolicy: 'cache-and-network',
  });
  const [shown, setShown] = useState<number | null>(null);
  const versions = data?.agendaVersions ?? [];
  const version = versions.find((v) => v.number === shown) ?? null;
  const items = version ? parseSnapshot(version.snapshot) : [];
  const name = (code: string) => {
    const partner = byCode(code);
    return partner ? partnerName(partner, language) : code;
  };

  if (!error && versions.length === 0) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="agenda-versions-heading">
      <Title order={2} id="agenda-versions-heading">
        {t('agendas.versions.title')}
      </Title>
      {error && <ErrorAlert error={error} />}
      {versions.length > 0 && (
        <Table
          striped
          withTableBorder
          aria-labelledby="agenda-versions-heading"
          data-testid="agenda-versions"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('agendas.versions.number')}</Table.Th>
              <Table.Th scope="col">{t('agendas.versions.lockedAt')}</Table.Th>
              <Table.Th scope="col">{t('agendas.versions.reopened')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('agendas.versions.open')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.map((v) => (
              <Table.Tr key={v.number}>
                <Table.Td>{t('agendas.versions.versionN', { n: v.number })}</Table.Td>
                <Table.Td>{formatDateTime(v.lockedAt, language)}</Table.Td>
                <Table.Td>
                  {v.reopenedAt
                    ? t('agendas.versions.reopenedLine', {
                        date: formatDateTime(v.reopenedAt, language),
                        reason: v.reopenReason ?? '—',
                      })
                    : '—'}
                </Table.Td>
                <Table.Td>
                  <Button variant="default" size="xs" onClick={() => setShown(v.number)}>
                    {t('agendas.versions.view', { n: v.number })}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={version !== null}
        onClose={() => setShown(null)}
        title={version ? t('agendas.versions.snapshotTitle', { n: version.number }) : ''}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {version && (
          <Stack gap="sm" data-testid="version-snapshot">
            <Text size="sm">
              {t('agendas.versions.snapshotIntro', {
                date: formatDateTime(version.lockedAt, language),
              })}
            </Text>
            {items.length === 0 && <Text>{t('agendas.versions.emptySnapshot')}</Text>}
            <ol>
              {items.map((item) => (
                <li key={item.id}>
                  <Text fw={600}>{item.title}</Text>
                  <Text size="sm">
                    {[
                      t(stateLabelKey(item.state)),
                      t('agendas.item.minutes', { count: item.minutes }),
                      t('agendas.versions.by', { partner: name(item.proposingPartner) }),
                    ].join(' · ')}
                  </Text>
                  <Text size="sm">
                    {item.consents
                      .map(
                        (c) =>
                          `${positionSymbol(c.position)} ${name(c.partnerCode)}: ${t(positionLabelKey(c.position))}${c.text ? ` — “${c.text}”` : ''}`,
                      )
                      .join('; ')}
                  </Text>
                </li>
              ))}
            </ol>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
