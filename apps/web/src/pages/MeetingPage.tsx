import {
  Alert,
  Anchor,
  Badge,
  Button,
  ColorSwatch,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/layout/usePageTitle';
import { LoadingState } from '../app/layout/LoadingState';
import { currentLanguage } from '../i18n/i18n';
import { MeetingQuery } from '../modules/meetings/graphql/meetings.operations';
import {
  KIND_COLORS,
  kindLabelKey,
  statusColor,
  statusLabelKey,
} from '../modules/meetings/display';
import { usePartners } from '../modules/meetings/hooks/usePartners';
import { useMeetingsLive } from '../modules/meetings/hooks/useMeetingsLive';
import { MeetingStatusForm } from '../modules/meetings/components/MeetingStatusForm';
import { MeetingDelegations } from '../modules/delegations/components/MeetingDelegations';
import { MeetingActionItems } from '../modules/actions/components/MeetingActionItems';
import { formatRangeInZone, offsetLabel, viewerTimeZone } from '../modules/meetings/time';
import { partnerName } from '../modules/partners/partner-display';
import { ErrorAlert } from '../modules/errors/components/ErrorAlert';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { canSeeSection } from '../app/navigation';

/** One meeting: when (at the venue and for the viewer), where, who, its status and what follows. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const me = useCurrentUser();
  const { byCode } = usePartners();
  const { data, loading, error } = useQuery(MeetingQuery, { variables: { id } });
  const meeting = data?.meeting;
  usePageTitle(meeting?.title ?? t('meetings.meeting.title'));
  useMeetingsLive(
    ['Meeting', 'MeetingDelegations', 'MeetingActionItems'],
    (change) => change.id === id || change.type !== 'meeting',
  );

  if (loading && !meeting) return <LoadingState label={t('meetings.meeting.loading')} />;
  if (error || !meeting) {
    return (
      <Stack gap="md" maw={760}>
        <Title order={1}>{t('meetings.meeting.title')}</Title>
        <ErrorAlert error={error} code={error ? undefined : 'NOT_FOUND'} />
        <Anchor component={Link} to="/meetings">
          {t('meetings.backToCalendar')}
        </Anchor>
      </Stack>
    );
  }

  const ownZone = viewerTimeZone();
  const host = meeting.hostPartner ? byCode(meeting.hostPartner) : undefined;
  const place = [meeting.venue, meeting.city].filter(Boolean).join(', ');
  const staff = me.role !== 'GUEST';
  // The meeting's list of individual cases is restricted: cleared staff only.
  const seesCases = canSeeSection(me, 'cases');

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/meetings" size="sm">
        {t('meetings.backToCalendar')}
      </Anchor>
      <div>
        <Group gap="sm" mb="xs">
          <Badge color={KIND_COLORS[meeting.kind]} variant="filled" radius="sm">
            {t(kindLabelKey(meeting.kind))}
          </Badge>
          <Badge color={statusColor(meeting.status)} variant="outline" data-testid="meeting-status">
            {t(statusLabelKey(meeting.status))}
          </Badge>
        </Group>
        <Title
          order={1}
          td={meeting.status === 'CANCELLED' ? 'line-through' : undefined}
          data-testid="meeting-title"
        >
          {meeting.title}
        </Title>
      </div>

      {staff && (
        <Group gap="sm">
          <Button
            component={Link}
            to={`/meetings/${meeting.id}/agenda`}
            variant="default"
            data-testid="meeting-agenda-link"
          >
            {t('agendas.page.openFromMeeting')}
          </Button>
          {seesCases && (
            <Button
              component={Link}
              to={`/meetings/${meeting.id}/cases`}
              variant="default"
              data-testid="meeting-cases-link"
            >
              {t('cases.meetingList.openFromMeeting')}
            </Button>
          )}
        </Group>
      )}

      {meeting.statusReason && (
        <Alert
          color={meeting.status === 'CANCELLED' ? 'red' : 'orange'}
          variant="light"
          title={t('meetings.meeting.reasonTitle', { status: t(statusLabelKey(meeting.status)) })}
          data-testid="meeting-reason"
        >
          {meeting.statusReason}
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper withBorder p="md" data-testid="meeting-when">
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('meetings.meeting.when')}
            </Title>
            <Text>
              <Text span fw={600}>
                {t('meetings.meeting.atVenue', { zone: meeting.timeZone })}
              </Text>{' '}
              <span data-testid="time-at-venue">
                {formatRangeInZone(meeting.startsAt, meeting.endsAt, meeting.timeZone, language)}
              </span>{' '}
              ({offsetLabel(meeting.startsAt, meeting.timeZone)})
            </Text>
            <Text>
              <Text span fw={600}>
                {t('meetings.meeting.forYou', { zone: ownZone })}
              </Text>{' '}
              <span data-testid="time-for-viewer">
                {formatRangeInZone(meeting.startsAt, meeting.endsAt, ownZone, language)}
              </span>{' '}
              ({offsetLabel(meeting.startsAt, ownZone)})
            </Text>
            <Group gap="sm" mt="xs">
              <Button
                component="a"
                href={meeting.icsPath}
                download
                variant="default"
                data-testid="ics-link"
              >
                {t('meetings.meeting.addToCalendar')}
              </Button>
            </Group>
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('meetings.meeting.where')}
            </Title>
            <Text>{place}</Text>
            <Text>
              {t('meetings.meeting.host')}{' '}
              {host ? partnerName(host, language) : t('meetings.meeting.secretariatHost')}
            </Text>
          </Stack>
        </Paper>
      </SimpleGrid>

      <Stack gap="xs" component="section" aria-labelledby="participants-heading">
        <Title order={2} id="participants-heading">
          {t('meetings.meeting.participants')}
        </Title>
        <List listStyleType="none" spacing={4} data-testid="meeting-partners">
          {meeting.partnerCodes.map((code) => {
            const partner = byCode(code);
            return (
              <List.Item key={code}>
                <Group gap="xs" wrap="nowrap">
                  {partner && <ColorSwatch color={partner.color} size={12} aria-hidden />}
                  <Text span fw={500}>
                    {partner ? partnerName(partner, language) : code}
                  </Text>
                  {partner && (
                    <Text span size="sm" c="dimmed">
                      {t('meetings.meeting.localThere', {
                        capital: partner.capital,
                        time: formatRangeInZone(
                          meeting.startsAt,
                          meeting.endsAt,
                          partner.timeZone,
                          language,
                        ),
                      })}
                    </Text>
                  )}
                </Group>
              </List.Item>
            );
          })}
        </List>
      </Stack>

      {meeting.canManage && (
        <Paper withBorder p="md">
          <MeetingStatusForm meetingId={meeting.id} status={meeting.status} />
        </Paper>
      )}

      {staff && <MeetingDelegations meetingId={meeting.id} />}
      {staff && <MeetingActionItems meetingId={meeting.id} />}
    </Stack>
  );
}
