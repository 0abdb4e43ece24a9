import { useMemo } from 'react';
import { Anchor, Checkbox, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CASE_STATUSES, VULNERABLE_GROUPS } from '@berne/domain';
import type { CaseListFieldsFragment } from '../../../generated/graphql';
import { TEXT_COLORS } from '../../meetings/display';
import { groupLabelKey, isVulnerableGroup } from '../../agendas/display';
import { usePartnerName } from '../../benchmarks/hooks/usePartnerName';
import {
  caseStatusLabelKey,
  channelLabelKey,
  isCaseStatus,
  isDemoCase,
  nativeNameLang,
} from '../display';
import {
  EMPTY_CASE_FILTERS,
  caseFiltersFromParams,
  isCaseListFiltered,
  paramsFromCaseFilters,
  type CaseListFilters,
} from '../filters';
import { FilterForm, PartnerFilterSelect, ThemeFilterSelect } from '../../lists/FilterForm';
import { ListTable } from '../../lists/ListTable';
import { AnswerKindBadge, CaseStatusBadge, DemoCaseBadge } from './CaseBadges';

/** The filters from the address, and a setter that writes them back. */
export function useCaseFilters(): [CaseListFilters, (next: CaseListFilters) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => caseFiltersFromParams(params), [params]);
  return [filters, (next) => setParams(paramsFromCaseFilters(next))];
}

/** Words, status, theme, partner that raised, vulnerable group, and "awaiting an answer". */
export function CaseFilters({
  filters,
  onApply,
}: {
  filters: CaseListFilters;
  onApply: (next: CaseListFilters) => void;
}) {
  const { t } = useTranslation();
  return (
    <FilterForm
      label={t('cases.list.filters')}
      filters={filters}
      empty={EMPTY_CASE_FILTERS}
      filtered={isCaseListFiltered(filters)}
      onApply={onApply}
      columns={3}
      applyLabel={t('cases.list.apply')}
      clearLabel={t('cases.list.clear')}
    >
      {(draft, setDraft) => (
        <>
          <TextInput
            label={t('cases.list.search')}
            description={t('cases.list.searchHelp')}
            value={draft.search}
            maxLength={200}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setDraft((d) => ({ ...d, search: value }));
            }}
          />
          <NativeSelect
            label={t('cases.list.status')}
            data={[
              { value: '', label: t('cases.list.anyStatus') },
              ...CASE_STATUSES.map((s) => ({ value: s, label: t(caseStatusLabelKey(s)) })),
            ]}
            value={draft.status ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setDraft((d) => ({ ...d, status: isCaseStatus(value) ? value : null }));
            }}
          />
          <ThemeFilterSelect
            label={t('cases.list.theme')}
            anyLabel={t('cases.list.anyTheme')}
            value={draft.theme}
            onChange={(theme) => setDraft((d) => ({ ...d, theme }))}
          />
          <PartnerFilterSelect
            label={t('cases.list.raisedBy')}
            anyLabel={t('cases.list.anyPartner')}
            value={draft.raisedBy}
            onChange={(raisedBy) => setDraft((d) => ({ ...d, raisedBy }))}
          />
          <NativeSelect
            label={t('cases.list.group')}
            data={[
              { value: '', label: t('cases.list.anyGroup') },
              ...VULNERABLE_GROUPS.map((g) => ({ value: g, label: t(groupLabelKey(g)) })),
            ]}
            value={draft.group ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setDraft((d) => ({ ...d, group: isVulnerableGroup(value) ? value : null }));
            }}
          />
          <Checkbox
            mt={{ base: 0, md: 30 }}
            label={t('cases.list.awaiting')}
            checked={draft.awaiting}
            onChange={(e) => {
              const checked = e.currentTarget.checked;
              setDraft((d) => ({ ...d, awaiting: checked }));
            }}
          />
        </>
      )}
    </FilterForm>
  );
}

/** A name, and the name in the person's own script (in its language) when recorded. */
export function CaseName({ name, nativeName }: { name: string; nativeName: string }) {
  return (
    <>
      {name}
      {nativeName && (
        <>
          {' '}
          <span lang={nativeNameLang(nativeName)}>({nativeName})</span>
        </>
      )}
    </>
  );
}

/** Cases as a table: reference, name (a link), status, region, last raising, answers awaited. */
export function CaseTable({ cases }: { cases: readonly CaseListFieldsFragment[] }) {
  const { t } = useTranslation();
  const name = usePartnerName();
  return (
    <ListTable
      total={t('cases.list.total', { count: cases.length })}
      empty={t('cases.list.empty')}
      count={cases.length}
      minWidth={860}
      testIdPrefix="cases"
      headers={[
        t('cases.fields.reference'),
        t('cases.fields.name'),
        t('cases.fields.status'),
        t('cases.fields.region'),
        t('cases.list.lastRaising'),
        t('cases.list.awaitingCount'),
      ]}
    >
      {cases.map((c) => (
        <Table.Tr key={c.id} data-case-id={c.id} data-testid="case-row">
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            <Text span size="sm" ff="monospace">
              {c.reference}
            </Text>
            {isDemoCase(c.reference) && (
              <>
                {' '}
                <DemoCaseBadge />
              </>
            )}
          </Table.Td>
          <Table.Td>
            <Anchor component={Link} to={`/cases/${c.id}`} size="sm">
              <CaseName name={c.name} nativeName={c.nativeName} />
            </Anchor>
          </Table.Td>
          <Table.Td>
            <CaseStatusBadge status={c.status} />
          </Table.Td>
          <Table.Td>{c.region || '—'}</Table.Td>
          <Table.Td>
            {c.lastRaising ? (
              <Stack gap={2} align="flex-start">
                <Text size="sm">
                  {name(c.lastRaising.partnerCode)} ·{' '}
                  <time dateTime={c.lastRaising.raisedOn}>{c.lastRaising.raisedOn}</time> ·{' '}
                  {t(channelLabelKey(c.lastRaising.channel))}
                </Text>
                <AnswerKindBadge kind={c.lastRaising.answerKind} />
              </Stack>
            ) : (
              <Text size="sm" c={TEXT_COLORS.neutral}>
                {t('cases.list.neverRaised')}
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            <Text
              size="sm"
              fw={c.awaitingAnswers > 0 ? 700 : undefined}
              c={c.awaitingAnswers > 0 ? TEXT_COLORS.warning : undefined}
              data-testid="awaiting-count"
            >
              {c.awaitingAnswers}
            </Text>
          </Table.Td>
        </Table.Tr>
      ))}
    </ListTable>
  );
}
