import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/layout/usePageTitle';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import {
  MeetingsCalendar,
  isCalendarView,
  type CalendarView,
} from '../modules/meetings/components/MeetingsCalendar';
import { OpenPollsList } from '../modules/meetings/components/OpenPollsList';
import { ZoneSelect } from '../modules/meetings/components/ZoneSelect';
import { CalendarFeedPanel } from '../modules/meetings/components/CalendarFeedPanel';
import { useMeetingsLive } from '../modules/meetings/hooks/useMeetingsLive';
import { canSchedule } from '../modules/meetings/permissions';
import { isKnownTimeZone, offsetLabel, viewerTimeZone } from '../modules/meetings/time';

/** The meetings calendar in the viewer's time zone (or a partner capital's), and the open polls. */
export function MeetingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('meetings.title'));
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  useMeetingsLive(['Meetings', 'SchedulingPolls']);

  const ownZone = viewerTimeZone();
  const requested = params.get('zone');
  const zone = requested && isKnownTimeZone(requested) ? requested : ownZone;
  const requestedView = params.get('view');
  const view: CalendarView = isCalendarView(requestedView) ? requestedView : 'dayGridMonth';

  function update(key: 'zone' | 'view', value: string, fallback: string) {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === fallback) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('meetings.title')}</Title>
          <Text mt="xs">{t('meetings.intro')}</Text>
        </div>
        <Group gap="sm">
          {me.role !== 'GUEST' && (
            <Button component={Link} to="/actions" variant="default">
              {t('actions.myTitle')}
            </Button>
          )}
          {canSchedule(me.role) && (
            <Button component={Link} to="/meetings/polls/new">
              {t('polls.new.open')}
            </Button>
          )}
        </Group>
      </Group>

      <Group align="flex-end" gap="lg">
        <ZoneSelect
          ownZone={ownZone}
          value={zone}
          onChange={(next) => update('zone', next, ownZone)}
        />
        <Text size="sm" mb={6} data-testid="calendar-zone" role="status">
          {t('meetings.zone.shown', { zone, offset: offsetLabel(new Date().toISOString(), zone) })}
        </Text>
      </Group>

      <MeetingsCalendar
        timeZone={zone}
        initialView={view}
        onViewChange={(next) => {
          // The calendar reports its first view while mounting: nothing to change then.
          if (next !== view) update('view', next, 'dayGridMonth');
        }}
      />

      <OpenPollsList />
      <CalendarFeedPanel />
    </Stack>
  );
}
