import { useMemo, useState, type FormEvent } from 'react';
import {
  Anchor,
  Button,
  Checkbox,
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
import { CASE_STATUSES, PARTNER_CODES, VULNERABLE_GROUPS, isPartnerCode } from '@berne/domain';
import type { CaseListFieldsFragment } from '../../../generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { TEXT_COLORS } from '../../meetings/display';
import { useThemes } from '../../agendas/hooks/useThemes';
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
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const { themes } = useThemes(language);
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
    <form role="search" aria-label={t('cases.list.filters')} onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
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
          <NativeSelect
            label={t('cases.list.theme')}
            data={[
              { value: '', label: t('cases.list.anyTheme') },
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
          <NativeSelect
            label={t('cases.list.raisedBy')}
            data={[
              { value: '', label: t('cases.list.anyPartner') },
              ...PARTNER_CODES.filter((c) => c !== 'SECRETARIAT').map((c) => ({
                value: c,
                label: name(c),
              })),
            ]}
            value={draft.raisedBy ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setDraft((d) => ({ ...d, raisedBy: isPartnerCode(value) ? value : null }));
            }}
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
        </SimpleGrid>
        <Group>
          <Button type="submit">{t('cases.list.apply')}</Button>
          {isCaseListFiltered(filters) && (
            <Button variant="default" onClick={() => onApply(EMPTY_CASE_FILTERS)}>
              {t('cases.list.clear')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
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
    <>
      <Text role="status" aria-live="polite" fw={600} data-testid="cases-total">
        {t('cases.list.total', { count: cases.length })}
      </Text>
      {cases.length === 0 ? (
        <Text size="sm">{t('cases.list.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table striped data-testid="cases-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('cases.fields.reference')}</Table.Th>
                <Table.Th scope="col">{t('cases.fields.name')}</Table.Th>
                <Table.Th scope="col">{t('cases.fields.status')}</Table.Th>
                <Table.Th scope="col">{t('cases.fields.region')}</Table.Th>
                <Table.Th scope="col">{t('cases.list.lastRaising')}</Table.Th>
                <Table.Th scope="col">{t('cases.list.awaitingCount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
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
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
