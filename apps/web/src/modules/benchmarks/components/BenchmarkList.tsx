import { useMemo } from 'react';
import { Anchor, Badge, NativeSelect, Table, Text, TextInput } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { BenchmarkKind } from '@berne/domain';
import type { BenchmarkListFieldsFragment } from '../../../generated/graphql';
import { TEXT_COLORS } from '../../meetings/display';
import { usePartnerName } from '../hooks/usePartnerName';
import { isBenchmarkKind, kindLabelKey } from '../display';
import {
  EMPTY_LIST_FILTERS,
  isListFiltered,
  listFiltersFromParams,
  paramsFromListFilters,
  type BenchmarkListFilters,
} from '../filters';
import { FilterForm, PartnerFilterSelect, ThemeFilterSelect } from '../../lists/FilterForm';
import { ListTable } from '../../lists/ListTable';
import { KindBadge, StatusBadge, TrendLabel } from './BenchmarkBadges';

/** The filters from the address, and a setter that writes them back. */
export function useListFilters(): [BenchmarkListFilters, (next: BenchmarkListFilters) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => listFiltersFromParams(params), [params]);
  return [filters, (next) => setParams(paramsFromListFilters(next))];
}

/** Holder, theme, kind (unless the page is for one kind) and words. */
export function BenchmarkFilters({
  filters,
  onApply,
  kinds,
}: {
  filters: BenchmarkListFilters;
  onApply: (next: BenchmarkListFilters) => void;
  kinds: readonly BenchmarkKind[] | null;
}) {
  const { t } = useTranslation();
  return (
    <FilterForm
      label={t('benchmarks.list.filters')}
      filters={filters}
      empty={EMPTY_LIST_FILTERS}
      filtered={isListFiltered(filters)}
      onApply={onApply}
      columns={kinds ? 4 : 3}
      applyLabel={t('benchmarks.list.apply')}
      clearLabel={t('benchmarks.list.clear')}
    >
      {(draft, setDraft) => (
        <>
          <PartnerFilterSelect
            label={t('benchmarks.list.holder')}
            anyLabel={t('benchmarks.list.anyHolder')}
            value={draft.holder}
            onChange={(holder) => setDraft((d) => ({ ...d, holder }))}
          />
          <ThemeFilterSelect
            label={t('benchmarks.list.theme')}
            anyLabel={t('benchmarks.list.anyTheme')}
            value={draft.theme}
            onChange={(theme) => setDraft((d) => ({ ...d, theme }))}
          />
          {kinds && (
            <NativeSelect
              label={t('benchmarks.list.kind')}
              data={[
                { value: '', label: t('benchmarks.list.anyKind') },
                ...kinds.map((k) => ({ value: k, label: t(kindLabelKey(k)) })),
              ]}
              value={draft.kind ?? ''}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setDraft((d) => ({ ...d, kind: isBenchmarkKind(value) ? value : null }));
              }}
            />
          )}
          <TextInput
            label={t('benchmarks.list.search')}
            description={t('benchmarks.list.searchHelp')}
            value={draft.search}
            maxLength={200}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setDraft((d) => ({ ...d, search: value }));
            }}
          />
        </>
      )}
    </FilterForm>
  );
}

/** Benchmarks as a table: statement (a link), kind, holder, target date, latest status, trend. */
export function BenchmarkTable({
  benchmarks,
}: {
  benchmarks: readonly BenchmarkListFieldsFragment[];
}) {
  const { t } = useTranslation();
  const name = usePartnerName();
  return (
    <ListTable
      total={t('benchmarks.list.total', { count: benchmarks.length })}
      empty={t('benchmarks.list.empty')}
      count={benchmarks.length}
      minWidth={760}
      testIdPrefix="benchmarks"
      headers={[
        t('benchmarks.list.statement'),
        t('benchmarks.list.kind'),
        t('benchmarks.list.holder'),
        t('benchmarks.list.target'),
        t('benchmarks.list.latest'),
        t('benchmarks.list.trend'),
      ]}
    >
      {benchmarks.map((b) => (
        <Table.Tr key={b.id} data-benchmark-id={b.id}>
          <Table.Td>
            <Anchor component={Link} to={`/benchmarks/${b.id}`} size="sm">
              {b.statement}
            </Anchor>
            {!b.active && (
              <Badge ml="xs" variant="outline" color={TEXT_COLORS.neutral}>
                {t('benchmarks.list.withdrawn')}
              </Badge>
            )}
          </Table.Td>
          <Table.Td>
            <KindBadge kind={b.kind} />
          </Table.Td>
          <Table.Td>{name(b.holder)}</Table.Td>
          <Table.Td>
            {b.targetDate ? (
              <time dateTime={b.targetDate}>{b.targetDate}</time>
            ) : (
              t('benchmarks.list.noTarget')
            )}
            {b.overdue && (
              <Text size="xs" c={TEXT_COLORS.bad} fw={700}>
                {t('benchmarks.list.overdue')}
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            <StatusBadge status={b.latestAssessment?.status} />
          </Table.Td>
          <Table.Td>
            <TrendLabel direction={b.trend.direction} title={b.trend.explanation} />
          </Table.Td>
        </Table.Tr>
      ))}
    </ListTable>
  );
}
