import { Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from './ScrollRegion';
import { ASSESSMENT_STATUSES, type AssessmentStatus } from '@berne/domain';
import type { BenchmarkDashboardQuery } from '../../../generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { useThemes } from '../../agendas/hooks/useThemes';
import { CELL_TEXT, STATUS_BACKGROUNDS, heatCellLabel, statusLabelKey } from '../display';
import { TrendLabel } from './BenchmarkBadges';

type Dashboard = BenchmarkDashboardQuery['benchmarkDashboard'];

/**
 * Themes × rounds as a table: each cell has its median status in words and the average score,
 * coloured on the status scale (colour is a second cue, never the only one).
 */
export function HeatMap({ dashboard }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const { themeName } = useThemes(language);
  const statusName = (status: AssessmentStatus) => t(statusLabelKey(status));
  const dateFormat = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    month: 'short',
    year: 'numeric',
  });
  if (dashboard.rounds.length === 0) {
    return <Text size="sm">{t('benchmarks.dashboard.noRounds')}</Text>;
  }
  return (
    <>
      <ScrollRegion label={t('benchmarks.dashboard.heatMap')} minWidth={600}>
        <Table withTableBorder withColumnBorders data-testid="heat-map">
          <caption style={{ captionSide: 'top', textAlign: 'start', paddingBottom: 8 }}>
            {t('benchmarks.dashboard.heatCaption')}
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('benchmarks.dashboard.theme')}</Table.Th>
              {dashboard.rounds.map((round) => (
                <Table.Th scope="col" key={round.meetingId}>
                  <Text size="sm" fw={700}>
                    {round.city}
                  </Text>
                  <Text size="xs">
                    <time dateTime={round.startsAt}>
                      {dateFormat.format(new Date(round.startsAt))}
                    </time>
                  </Text>
                </Table.Th>
              ))}
              <Table.Th scope="col">{t('benchmarks.dashboard.rowTrend')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {dashboard.rows.map((row) => {
              const rowName = row.themeCode
                ? themeName(row.themeCode)
                : t('benchmarks.dashboard.overall');
              return (
                <Table.Tr key={row.themeCode ?? 'overall'} data-theme={row.themeCode ?? 'overall'}>
                  <Table.Th scope="row" fw={row.themeCode ? 600 : 800}>
                    {rowName}
                  </Table.Th>
                  {dashboard.rounds.map((round) => {
                    const cell = row.cells.find((c) => c.meetingId === round.meetingId);
                    const label = heatCellLabel(cell, statusName, language);
                    return (
                      <Table.Td
                        key={round.meetingId}
                        data-testid="heat-cell"
                        data-status={cell?.medianStatus ?? 'NONE'}
                        style={{ background: label.background, color: CELL_TEXT }}
                        title={
                          cell
                            ? t('benchmarks.dashboard.cellTitle', {
                                status: label.short,
                                average: label.score,
                                count: cell.count,
                              })
                            : t('benchmarks.dashboard.notAssessed')
                        }
                      >
                        {cell ? (
                          <>
                            <Text span size="sm" fw={600}>
                              {label.short}
                            </Text>{' '}
                            <Text span size="sm">
                              {label.score}
                            </Text>
                          </>
                        ) : (
                          <Text span size="sm" aria-label={t('benchmarks.dashboard.notAssessed')}>
                            —
                          </Text>
                        )}
                      </Table.Td>
                    );
                  })}
                  <Table.Td>
                    <TrendLabel direction={row.trend.direction} title={row.trend.explanation} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      <Group
        gap="xs"
        component="ul"
        aria-label={t('benchmarks.dashboard.legend')}
        style={{ padding: 0 }}
      >
        {ASSESSMENT_STATUSES.map((status, score) => (
          <li
            key={status}
            style={{
              listStyle: 'none',
              background: STATUS_BACKGROUNDS[status],
              color: CELL_TEXT,
              padding: '2px 8px',
              borderRadius: 4,
              fontSize: 14,
            }}
          >
            {score} = {t(statusLabelKey(status))}
          </li>
        ))}
      </Group>
    </>
  );
}
