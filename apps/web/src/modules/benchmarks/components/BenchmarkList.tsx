import { useMemo, useState, type FormEvent } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PARTNER_CODES, type BenchmarkKind } from '@berne/domain';
import type { BenchmarkListFieldsFragment } from '../../../generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { TEXT_COLORS } from '../../meetings/display';
import { useThemes } from '../../agendas/hooks/useThemes';
import { usePartnerName } from '../hooks/usePartnerName';
import { isBenchmarkKind, kindLabelKey } from '../display';
import {
  EMPTY_LIST_FILTERS,
  isListFiltered,
  listFiltersFromParams,
  paramsFromListFilters,
  type BenchmarkListFilters,
} from '../filters';
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
  const { t, i18n } = useTranslation();
  const { themes } = useThemes(currentLanguage(i18n.resolvedLanguage));
  const language = currentLanguage(i18n.resolvedLanguage);
  const name = usePartnerName();
  const [draft, setDraft] = useState(filters);
  const [key, setKey] = useState(JSON.stringify(filters));
  if (key !== JSON.stringify(filters)) {
    setKey(JSON.stringify(filters));
    setDraft(filters);
  }
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(draft);
  }
  return (
    <form role="search" aria-label={t('benchmarks.list.filters')} onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, md: kinds ? 4 : 3 }} spacing="sm">
          <NativeSelect
            label={t('benchmarks.list.holder')}
            data={[
              { value: '', label: t('benchmarks.list.anyHolder') },
              ...PARTNER_CODES.filter((c) => c !== 'SECRETARIAT').map((c) => ({
                value: c,
                label: name(c),
              })),
            ]}
            value={draft.holder ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setDraft((d) => ({
                ...d,
                holder: (PARTNER_CODES as readonly string[]).includes(value)
                  ? (value as typeof d.holder)
                  : null,
              }));
            }}
          />
          <NativeSelect
            label={t('benchmarks.list.theme')}
            data={[
              { value: '', label: t('benchmarks.list.anyTheme') },
              ...themes.map((theme) => ({
                value: theme.code,
                label: language === 'fr' ? theme.nameFr : theme.name,
              })),
            ]}
            value={draft.theme ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setDraft((d) => ({ ...d, theme: value || null }));
            }}
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
        </SimpleGrid>
        <Group>
          <Button type="submit">{t('benchmarks.list.apply')}</Button>
          {isListFiltered(filters) && (
            <Button variant="default" onClick={() => onApply(EMPTY_LIST_FILTERS)}>
              {t('benchmarks.list.clear')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
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
    <>
      <Text role="status" aria-live="polite" fw={600} data-testid="benchmarks-total">
        {t('benchmarks.list.total', { count: benchmarks.length })}
      </Text>
      {benchmarks.length === 0 ? (
        <Text size="sm">{t('benchmarks.list.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped data-testid="benchmarks-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('benchmarks.list.statement')}</Table.Th>
                <Table.Th scope="col">{t('benchmarks.list.kind')}</Table.Th>
                <Table.Th scope="col">{t('benchmarks.list.holder')}</Table.Th>
                <Table.Th scope="col">{t('benchmarks.list.target')}</Table.Th>
                <Table.Th scope="col">{t('benchmarks.list.latest')}</Table.Th>
                <Table.Th scope="col">{t('benchmarks.list.trend')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
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
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
