import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/layout/usePageTitle';
import { LoadingState } from '../app/layout/LoadingState';
import { ErrorAlert } from '../modules/errors/components/ErrorAlert';
import { TEXT_COLORS } from '../modules/meetings/display';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import {
  BenchmarkDashboardQuery,
  BenchmarksQuery,
} from '../modules/benchmarks/graphql/benchmarks.operations';
import { apiListFilter } from '../modules/benchmarks/filters';
import { useBenchmarksLive } from '../modules/benchmarks/hooks/useBenchmarksLive';
import { BenchmarkLinks } from '../modules/benchmarks/components/BenchmarkLinks';
import { HeatMap } from '../modules/benchmarks/components/HeatMap';
import { DeadlineList } from '../modules/benchmarks/components/DeadlineList';
import { StatusBadge } from '../modules/benchmarks/components/BenchmarkBadges';
import {
  BenchmarkFilters,
  BenchmarkTable,
  useListFilters,
} from '../modules/benchmarks/components/BenchmarkList';
import '../modules/benchmarks/styles';

const LIVE_QUERIES = ['BenchmarkDashboard', 'Benchmarks'];

/**
 * The Benchmarks section: a dashboard (themes × rounds, statuses, deadlines, open flags) and the
 * list of benchmarks with filters. Changes by others arrive live.
 */
export function BenchmarksPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.benchmarks'));
  const me = useCurrentUser();
  useBenchmarksLive(LIVE_QUERIES, me.displayName);
  const [filters, setFilters] = useListFilters();
  const dashboardQuery = useQuery(BenchmarkDashboardQuery, { fetchPolicy: 'cache-and-network' });
  const listQuery = useQuery(BenchmarksQuery, {
    variables: { filter: { ...apiListFilter(filters), includeWithdrawn: false } },
    fetchPolicy: 'cache-and-network',
  });
  const dashboard = dashboardQuery.data?.benchmarkDashboard;

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('nav.benchmarks')}</Title>
        <Text mt="xs">{t('benchmarks.intro')}</Text>
      </div>
      <BenchmarkLinks />

      {dashboardQuery.error && <ErrorAlert error={dashboardQuery.error} />}
      {dashboardQuery.loading && !dashboard && (
        <LoadingState label={t('benchmarks.dashboard.loading')} />
      )}
      {dashboard && (
        <>
          <Paper withBorder p="md" component="section" aria-labelledby="heat-heading">
            <Stack gap="sm">
              <Title order={2} size="h3" id="heat-heading">
                {t('benchmarks.dashboard.heatMap')}
              </Title>
              <HeatMap dashboard={dashboard} />
            </Stack>
          </Paper>

          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <Paper withBorder p="md" component="section" aria-labelledby="counts-heading">
              <Stack gap="xs">
                <Title order={2} size="h4" id="counts-heading">
                  {t('benchmarks.dashboard.statusCounts')}
                </Title>
                <ul
                  style={{ margin: 0, padding: 0, listStyle: 'none' }}
                  data-testid="status-counts"
                >
                  {dashboard.statusCounts.map((c) => (
                    <li key={c.status ?? 'none'} style={{ marginBottom: 4 }}>
                      <Group gap="xs">
                        <StatusBadge status={c.status} />
                        <Text span size="sm">
                          {t('benchmarks.dashboard.benchmarkCount', { count: c.count })}
                        </Text>
                      </Group>
                    </li>
                  ))}
                </ul>
                <Text
                  fw={700}
                  c={dashboard.openConflictCount > 0 ? TEXT_COLORS.warning : TEXT_COLORS.neutral}
                  data-testid="open-conflicts"
                >
                  {t('benchmarks.dashboard.openConflicts', { count: dashboard.openConflictCount })}
                </Text>
                <Anchor component={Link} to="/benchmarks/alignment" size="sm">
                  {t('benchmarks.dashboard.seeAlignment')}
                </Anchor>
              </Stack>
            </Paper>
            <Stack gap="md">
              <Paper withBorder p="md" component="section" aria-labelledby="overdue-heading">
                <Title order={2} size="h4" id="overdue-heading" mb="xs">
                  {t('benchmarks.dashboard.overdue')}
                </Title>
                <DeadlineList
                  deadlines={dashboard.overdue}
                  empty={t('benchmarks.dashboard.noOverdue')}
                  testId="overdue-deadlines"
                />
              </Paper>
              <Paper withBorder p="md" component="section" aria-labelledby="upcoming-heading">
                <Title order={2} size="h4" id="upcoming-heading" mb="xs">
                  {t('benchmarks.dashboard.upcoming')}
                </Title>
                <DeadlineList
                  deadlines={dashboard.upcoming}
                  empty={t('benchmarks.dashboard.noUpcoming')}
                  testId="upcoming-deadlines"
                />
              </Paper>
            </Stack>
          </SimpleGrid>
        </>
      )}

      <Stack gap="sm" component="section" aria-labelledby="list-heading">
        <Title order={2} id="list-heading">
          {t('benchmarks.list.heading')}
        </Title>
        <BenchmarkFilters
          filters={filters}
          onApply={setFilters}
          kinds={['OBJECTIVE', 'PRECONDITION']}
        />
        {listQuery.error && <ErrorAlert error={listQuery.error} />}
        {listQuery.loading && !listQuery.data && (
          <LoadingState label={t('benchmarks.list.loading')} />
        )}
        {listQuery.data && <BenchmarkTable benchmarks={listQuery.data.benchmarks} />}
      </Stack>
    </Stack>
  );
}
