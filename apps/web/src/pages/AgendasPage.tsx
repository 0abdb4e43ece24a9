import { useMemo, useState, type FormEvent } from 'react';
import {
  Anchor,
  Button,
  Group,
  Mark,
  MultiSelect,
  NativeSelect,
  Pagination,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { DateInput, DatesProvider } from '@mantine/dates';
import 'dayjs/locale/fr';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AGENDA_ITEM_STATES, INFLUENCE_REGIONS, VULNERABLE_GROUPS } from '@berne/domain';
import { usePageTitle } from '../app/layout/usePageTitle';
import { LoadingState } from '../app/layout/LoadingState';
import { currentLanguage } from '../i18n/i18n';
import { MeetingsQuery } from '../modules/meetings/graphql/meetings.operations';
import { usePartners } from '../modules/meetings/hooks/usePartners';
import { partnerName } from '../modules/partners/partner-display';
import { ErrorAlert } from '../modules/errors/components/ErrorAlert';
import { SearchAgendaItemsQuery } from '../modules/agendas/graphql/continuity.operations';
import { useThemes } from '../modules/agendas/hooks/useThemes';
import {
  groupLabelKey,
  isAgendaItemState,
  isInfluenceRegion,
  isVulnerableGroup,
  regionLabelKey,
  stateLabelKey,
} from '../modules/agendas/display';
import { formatMeetingDate } from '../modules/agendas/dates';
import { highlightParts, type TextRange } from '../modules/agendas/highlight';
import {
  EMPTY_FILTERS,
  apiFilter,
  filtersFromParams,
  isFiltered,
  paramsFromFilters,
  type SearchFilters,
} from '../modules/agendas/search-filters';
import { StateBadge } from '../modules/agendas/components/StateBadge';
import { ThemeBadges } from '../modules/agendas/components/ThemeBadges';
import '../modules/agendas/styles';

const PAGE_SIZE = 20;
const UPCOMING_DAYS = 365;

function Highlighted({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  return (
    <>
      {highlightParts(text, ranges).map((part, i) =>
        part.mark ? <Mark key={i}>{part.text}</Mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}

/** The agendas of the coming meetings, each a link to its agenda page. */
function UpcomingAgendas() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const [range] = useState(() => {
    const from = new Date();
    return {
      from: from.toISOString(),
      to: new Date(from.getTime() + UPCOMING_DAYS * 86_400_000).toISOString(),
    };
  });
  const { data, error } = useQuery(MeetingsQuery, { variables: { filter: range } });
  const meetings = (data?.meetings ?? [])
    .filter((m) => m.status !== 'CANCELLED')
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="upcoming-agendas-heading">
      <Stack gap="xs">
        <Title order={2} size="h4" id="upcoming-agendas-heading">
          {t('agendas.find.upcoming')}
        </Title>
        {error && <ErrorAlert error={error} />}
        {data && meetings.length === 0 && <Text size="sm">{t('agendas.find.noUpcoming')}</Text>}
        {meetings.length > 0 && (
          <ul style={{ margin: 0, paddingLeft: '1.25rem' }} data-testid="upcoming-agendas">
            {meetings.map((m) => (
              <li key={m.id}>
                <Anchor component={Link} to={`/meetings/${m.id}/agenda`}>
                  {t('agendas.find.agendaOf', { meeting: m.title })}
                </Anchor>{' '}
                <Text span size="sm" c="dimmed">
                  ({formatMeetingDate(m.startsAt, m.timeZone, language)}, {m.city})
                </Text>
              </li>
            ))}
          </ul>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * The Agendas section: the coming meetings' agendas, and a search through every agenda item of
 * every round the caller may read, by text, themes, vulnerable groups, region, state and dates.
 */
export function AgendasPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  usePageTitle(t('nav.agendas'));
  const { byCode } = usePartners();
  const { themes } = useThemes(language);
  const [params, setParams] = useSearchParams();
  const applied = useMemo(() => filtersFromParams(params), [params]);
  const [draft, setDraft] = useState<SearchFilters>(applied);
  const [appliedKey, setAppliedKey] = useState(params.toString());
  // The address changed (back button, a link): the form follows it.
  if (appliedKey !== params.toString()) {
    setAppliedKey(params.toString());
    setDraft(applied);
  }

  const { data, loading, error } = useQuery(SearchAgendaItemsQuery, {
    variables: {
      filter: apiFilter(applied),
      limit: PAGE_SIZE,
      offset: (applied.page - 1) * PAGE_SIZE,
    },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.searchAgendaItems;
  const results = page?.results ?? [];
  const total = page?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  function set<K extends keyof SearchFilters>(key: K, value: SearchFilters[K]) {
    setDraft((previous) => ({ ...previous, [key]: value }));
  }
  function apply(next: SearchFilters) {
    setParams(paramsFromFilters(next));
  }
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    apply({ ...draft, page: 1 });
  }
  const name = (code: string) => {
    const partner = byCode(code);
    return partner ? partnerName(partner, language) : code;
  };

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('nav.agendas')}</Title>
        <Text mt="xs">{t('sections.agendas')}</Text>
      </div>

      <UpcomingAgendas />

      <Stack gap="sm" component="section" aria-labelledby="agenda-search-heading">
        <Title order={2} id="agenda-search-heading">
          {t('agendas.find.title')}
        </Title>
        <Text size="sm">{t('agendas.find.intro')}</Text>
        <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
          <form
            onSubmit={onSubmit}
            role="search"
            aria-label={t('agendas.find.formLabel')}
            noValidate
          >
            <Stack gap="sm">
              <TextInput
                label={t('agendas.find.text')}
                description={t('agendas.find.textHelp')}
                value={draft.text}
                onChange={(event) => set('text', event.currentTarget.value)}
                maxLength={200}
                autoComplete="off"
              />
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
                <MultiSelect
                  label={t('agendas.find.themes')}
                  data={themes.map((theme) => ({
                    value: theme.code,
                    label: language === 'fr' ? theme.nameFr : theme.name,
                  }))}
                  value={draft.themeCodes}
                  onChange={(codes) => set('themeCodes', codes)}
                  searchable
                  hidePickedOptions
                  nothingFoundMessage={t('agendas.form.noTheme')}
                  comboboxProps={{ withinPortal: true }}
                />
                <MultiSelect
                  label={t('agendas.find.groups')}
                  data={VULNERABLE_GROUPS.map((g) => ({ value: g, label: t(groupLabelKey(g)) }))}
                  value={draft.vulnerableGroups}
                  onChange={(values) => set('vulnerableGroups', values.filter(isVulnerableGroup))}
                  hidePickedOptions
                  comboboxProps={{ withinPortal: true }}
                />
                <NativeSelect
                  label={t('agendas.find.region')}
                  data={[
                    { value: '', label: t('agendas.find.anyRegion') },
                    ...INFLUENCE_REGIONS.map((r) => ({ value: r, label: t(regionLabelKey(r)) })),
                  ]}
                  value={draft.influenceRegion ?? ''}
                  onChange={(event) => {
                    const region = event.currentTarget.value;
                    set('influenceRegion', isInfluenceRegion(region) ? region : null);
                  }}
                />
                <MultiSelect
                  label={t('agendas.find.states')}
                  data={AGENDA_ITEM_STATES.map((s) => ({ value: s, label: t(stateLabelKey(s)) }))}
                  value={draft.states}
                  onChange={(values) => set('states', values.filter(isAgendaItemState))}
                  hidePickedOptions
                  comboboxProps={{ withinPortal: true }}
                />
                <DateInput
                  label={t('agendas.find.from')}
                  placeholder="YYYY-MM-DD"
                  valueFormat="YYYY-MM-DD"
                  value={draft.from}
                  onChange={(value) => set('from', value)}
                  clearable
                  clearButtonProps={{
                    'aria-label': t('agendas.find.clearDate', { field: t('agendas.find.from') }),
                  }}
                  popoverProps={{ withinPortal: true }}
                  nextLabel={t('polls.new.nextMonth')}
                  previousLabel={t('polls.new.previousMonth')}
                />
                <DateInput
                  label={t('agendas.find.to')}
                  placeholder="YYYY-MM-DD"
                  valueFormat="YYYY-MM-DD"
                  value={draft.to}
                  onChange={(value) => set('to', value)}
                  clearable
                  clearButtonProps={{
                    'aria-label': t('agendas.find.clearDate', { field: t('agendas.find.to') }),
                  }}
                  popoverProps={{ withinPortal: true }}
                  nextLabel={t('polls.new.nextMonth')}
                  previousLabel={t('polls.new.previousMonth')}
                />
              </SimpleGrid>
              <Group>
                <Button type="submit">{t('agendas.find.submit')}</Button>
                {isFiltered(applied) && (
                  <Button
                    variant="default"
                    onClick={() => {
                      setDraft(EMPTY_FILTERS);
                      apply(EMPTY_FILTERS);
                    }}
                  >
                    {t('agendas.find.clear')}
                  </Button>
                )}
              </Group>
            </Stack>
          </form>
        </DatesProvider>

        {error && <ErrorAlert error={error} />}
        {loading && !data && <LoadingState label={t('agendas.find.loading')} />}
        {page && (
          <Text role="status" aria-live="polite" fw={600} data-testid="search-total">
            {t('agendas.find.total', { count: total })}
          </Text>
        )}
        {results.length > 0 && (
          <ol
            start={(applied.page - 1) * PAGE_SIZE + 1}
            className="agenda-items"
            data-testid="search-results"
          >
            {results.map(({ item, titleHighlights, snippet }) => (
              <li key={item.id}>
                <Paper withBorder p="sm" component="article" aria-labelledby={`result-${item.id}`}>
                  <Stack gap={4}>
                    <Group gap="xs">
                      <StateBadge state={item.state} />
                      <Text size="sm">
                        <time dateTime={item.meeting.startsAt}>
                          {formatMeetingDate(
                            item.meeting.startsAt,
                            item.meeting.timeZone,
                            language,
                          )}
                        </time>
                        {' · '}
                        <Anchor component={Link} to={`/meetings/${item.meeting.id}/agenda`}>
                          {item.meeting.title}
                        </Anchor>
                        {` (${item.meeting.city})`}
                      </Text>
                    </Group>
                    <Title order={3} size="h5" id={`result-${item.id}`}>
                      <Anchor component={Link} to={item.path} inherit>
                        <Highlighted text={item.title} ranges={titleHighlights} />
                      </Anchor>
                    </Title>
                    {snippet && (
                      <Text size="sm" data-testid="search-snippet">
                        <Highlighted text={snippet.text} ranges={snippet.highlights} />
                      </Text>
                    )}
                    <Text size="xs" c="dimmed">
                      {t('agendas.find.proposedBy', { partner: name(item.proposingPartner) })}
                    </Text>
                    <ThemeBadges codes={item.themeCodes} />
                  </Stack>
                </Paper>
              </li>
            ))}
          </ol>
        )}
        {pages > 1 && (
          <nav aria-label={t('agendas.find.pagination')}>
            <Pagination
              total={pages}
              value={applied.page}
              onChange={(n) => apply({ ...applied, page: n })}
              getControlProps={(control) => ({ 'aria-label': t(`audit.pagination.${control}`) })}
              getItemProps={(n) => ({
                'aria-label': t('audit.pagination.page', { page: n }),
                'aria-current': n === applied.page ? 'page' : undefined,
              })}
            />
          </nav>
        )}
      </Stack>
    </Stack>
  );
}
