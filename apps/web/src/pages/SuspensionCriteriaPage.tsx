import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/layout/usePageTitle';
import { LoadingState } from '../app/layout/LoadingState';
import { ErrorAlert } from '../modules/errors/components/ErrorAlert';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { SuspensionCriteriaQuery } from '../modules/benchmarks/graphql/benchmarks.operations';
import { apiListFilter } from '../modules/benchmarks/filters';
import { useBenchmarksLive } from '../modules/benchmarks/hooks/useBenchmarksLive';
import { BenchmarkLinks } from '../modules/benchmarks/components/BenchmarkLinks';
import {
  BenchmarkFilters,
  BenchmarkTable,
  useListFilters,
} from '../modules/benchmarks/components/BenchmarkList';
import '../modules/benchmarks/styles';

/** Suspension criteria (seed rec. 2a): listed and assessed like benchmarks, on their own page. */
export function SuspensionCriteriaPage() {
  const { t } = useTranslation();
  usePageTitle(t('benchmarks.suspension.title'));
  const me = useCurrentUser();
  useBenchmarksLive(['SuspensionCriteria'], me.displayName);
  const [filters, setFilters] = useListFilters();
  const { data, loading, error } = useQuery(SuspensionCriteriaQuery, {
    variables: { filter: { ...apiListFilter({ ...filters, kind: null }) } },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('benchmarks.suspension.title')}</Title>
        <Text mt="xs">{t('benchmarks.suspension.intro')}</Text>
      </div>
      <BenchmarkLinks />
      <BenchmarkFilters filters={filters} onApply={setFilters} kinds={null} />
      {error && <ErrorAlert error={error} />}
      {loading && !data && <LoadingState label={t('benchmarks.list.loading')} />}
      {data && <BenchmarkTable benchmarks={data.suspensionCriteria} />}
    </Stack>
  );
}
