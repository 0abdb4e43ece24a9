import { useState } from 'react';
import { Anchor, Badge, Checkbox, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/layout/usePageTitle';
import { LoadingState } from '../app/layout/LoadingState';
import { currentLanguage } from '../i18n/i18n';
import { usePartners } from '../modules/meetings/hooks/usePartners';
import { TEXT_COLORS } from '../modules/meetings/display';
import { viewerTimeZone } from '../modules/meetings/time';
import { partnerName } from '../modules/partners/partner-display';
import { ErrorAlert } from '../modules/errors/components/ErrorAlert';
import { ThemeTimelineQuery } from '../modules/agendas/graphql/continuity.operations';
import { useThemes } from '../modules/agendas/hooks/useThemes';
import { formatMeetingDate } from '../modules/agendas/dates';
import {
  byYear,
  filterByKind,
  isTimelineKind,
  kindCounts,
  meetingSummary,
  partnerLineKey,
  type TimelineKind,
} from '../modules/agendas/timeline';
import { OutcomeSummary } from '../modules/agendas/components/OutcomeSummary';
import '../modules/agendas/styles';

const LIMIT = 500;

/**
 * Everything on one theme across rounds — meetings, agenda items with their outcome, briefing
 * notes — as a vertical timeline, newest first, filterable by kind: the institutional memory the
 * seed asks for ("addressed as if it had never before been mentioned").
 */
export function ThemeTimelinePage() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const navigate = useNavigate();
  const { byCode } = usePartners();
  const { themes, themeName } = useThemes(language);
  const [kinds, setKinds] = useState<TimelineKind[]>([]);
  const { data, loading, error } = useQuery(ThemeTimelineQuery, {
    variables: { themeCode: code, limit: LIMIT },
    fetchPolicy: 'cache-and-network',
  });
  const known = themes.some((theme) => theme.code === code);
  const name = known ? themeName(code) : code;
  usePageTitle(t('themes.timeline.title', { theme: name }));

  const entries = data?.themeTimeline ?? [];
  const counts = kindCounts(entries);
  const shown = filterByKind(entries, kinds);
  const partner = (c: string | null | undefined) => {
    if (!c) return '';
    const p = byCode(c);
    return p ? partnerName(p, language) : c;
  };
  const ownZone = viewerTimeZone();

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/agendas" size="sm">
        {t('themes.timeline.backToAgendas')}
      </Anchor>
      <div>
        <Title order={1}>{t('themes.timeline.title', { theme: name })}</Title>
        <Text mt="xs">{t('themes.timeline.intro')}</Text>
      </div>

      <Group align="flex-end" gap="lg">
        <NativeSelect
          label={t('themes.timeline.otherTheme')}
          data={themes.map((theme) => ({
            value: theme.code,
            label: language === 'fr' ? theme.nameFr : theme.name,
          }))}
          value={known ? code : ''}
          onChange={(event) => {
            setKinds([]);
            void navigate(`/themes/${encodeURIComponent(event.currentTarget.value)}`);
          }}
          maw={480}
        />
        {counts.size > 0 && (
          <Checkbox.Group
            label={t('themes.timeline.filterLabel')}
            value={kinds}
            onChange={(values) => setKinds(values.filter(isTimelineKind))}
          >
            <Group gap="md" mt={6}>
              {[...counts.entries()].map(([kind, n]) => (
                <Checkbox key={kind} value={kind} label={t(`themes.kinds.${kind}`, { count: n })} />
              ))}
            </Group>
          </Checkbox.Group>
        )}
      </Group>

      {error && <ErrorAlert error={error} />}
      {loading && !data && <LoadingState label={t('themes.timeline.loading')} />}
      {data && entries.length === 0 && <Text>{t('themes.timeline.empty')}</Text>}
      {entries.length > 0 && (
        <Text size="sm" role="status" aria-live="polite" data-testid="timeline-count">
          {t('themes.timeline.count', { count: shown.length, total: entries.length })}
        </Text>
      )}

      {byYear(shown).map(([year, group]) => (
        <Stack key={year} gap="xs" component="section" aria-labelledby={`year-${year}`}>
          <Title order={2} size="h3" id={`year-${year}`}>
            {year}
          </Title>
          <ol className="agenda-timeline" data-testid="theme-timeline">
            {group.map((entry) => {
              const zone = entry.meeting?.timeZone ?? ownZone;
              return (
                <li
                  key={`${entry.kind}-${entry.id}`}
                  data-kind={entry.kind}
                  data-testid="timeline-entry"
                >
                  <Stack gap={2}>
                    <Group gap="xs">
                      <time dateTime={entry.date}>
                        <Text span size="sm" fw={600}>
                          {formatMeetingDate(entry.date, zone, language)}
                        </Text>
                      </time>
                      <Badge variant="outline" color={TEXT_COLORS.neutral} radius="sm">
                        {t(`themes.kind.${entry.kind}`)}
                      </Badge>
                    </Group>
                    <Text fw={entry.kind === 'MEETING' ? 700 : 600}>
                      <Anchor component={Link} to={entry.path} inherit>
                        {entry.title}
                      </Anchor>
                    </Text>
                    {entry.kind !== 'MEETING' && entry.meeting && (
                      <Text size="sm">
                        {t('themes.timeline.atMeeting')}{' '}
                        <Anchor component={Link} to={entry.meeting.path}>
                          {entry.meeting.title}
                        </Anchor>
                        {entry.meeting.city ? ` (${entry.meeting.city})` : ''}
                      </Text>
                    )}
                    {entry.kind === 'MEETING' && entry.meeting?.city && (
                      <Text size="sm">{entry.meeting.city}</Text>
                    )}
                    {entry.partnerCode && entry.kind !== 'MEETING' && (
                      <Text size="sm" c="dimmed">
                        {t(partnerLineKey(entry.kind), { partner: partner(entry.partnerCode) })}
                      </Text>
                    )}
                    {entry.kind === 'MEETING' && entry.meetingCounts && (
                      <Text size="sm" c="dimmed" data-testid="meeting-summary">
                        {meetingSummary(entry.meetingCounts, t)}
                      </Text>
                    )}
                    {entry.outcome && <OutcomeSummary outcome={entry.outcome} />}
                  </Stack>
                </li>
              );
            })}
          </ol>
        </Stack>
      ))}
    </Stack>
  );
}
