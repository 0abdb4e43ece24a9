import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/layout/usePageTitle';
import { LoadingState } from '../app/layout/LoadingState';
import { currentLanguage } from '../i18n/i18n';
import {
  CloseSchedulingPollMutation,
  ConfirmSchedulingPollMutation,
  SchedulingPollQuery,
} from '../modules/meetings/graphql/meetings.operations';
import { PollGrid } from '../modules/meetings/components/PollGrid';
import { ApiErrorAlert } from '../modules/meetings/components/ApiErrorAlert';
import { useMeetingsLive } from '../modules/meetings/hooks/useMeetingsLive';
import { usePartners } from '../modules/meetings/hooks/usePartners';
import { kindLabelKey, TEXT_COLORS } from '../modules/meetings/display';
import { formatRangeInZone, viewerTimeZone } from '../modules/meetings/time';
import { partnerName } from '../modules/partners/partner-display';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { ErrorAlert } from '../modules/errors/components/ErrorAlert';
import type { PollFieldsFragment } from '../generated/graphql';
import '../modules/meetings/styles';

type Slot = PollFieldsFragment['slots'][number];

/** A scheduling poll: every capital's view of every slot, the answers, and the confirmation. */
export function PollPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { byCode } = usePartners();
  const { data, loading, error } = useQuery(SchedulingPollQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const poll = data?.schedulingPoll;
  usePageTitle(poll?.title ?? t('polls.title'));
  useMeetingsLive(
    ['SchedulingPoll'],
    (change) => change.type === 'scheduling-poll' && change.id === id,
  );

  const [confirming, setConfirming] = useState<{ slot: Slot; n: number } | null>(null);
  const [closing, setClosing] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const [confirm, confirmState] = useMutation(ConfirmSchedulingPollMutation, {
    refetchQueries: ['SchedulingPolls', 'Meetings'],
  });
  const [close, closeState] = useMutation(CloseSchedulingPollMutation, {
    refetchQueries: ['SchedulingPolls'],
  });

  if (loading && !poll) return <LoadingState label={t('polls.loading')} />;
  if (!poll) {
    return (
      <Stack gap="md" maw={760}>
        <Title order={1}>{t('polls.title')}</Title>
        <ErrorAlert error={error} code={error ? undefined : 'NOT_FOUND'} />
        <Anchor component={Link} to="/meetings">
          {t('meetings.backToCalendar')}
        </Anchor>
      </Stack>
    );
  }

  async function onConfirm() {
    if (!confirming || !poll) return;
    setActionError(null);
    try {
      const { data: result } = await confirm({
        variables: { pollId: poll.id, slotId: confirming.slot.id },
      });
      setConfirming(null);
      const meetingId = result?.confirmSchedulingPoll.id;
      if (meetingId) await navigate(`/meetings/${meetingId}`);
    } catch (caught) {
      setConfirming(null);
      setActionError(caught);
    }
  }

  async function onClose() {
    if (!poll) return;
    setActionError(null);
    try {
      await close({ variables: { pollId: poll.id } });
    } catch (caught) {
      setActionError(caught);
    }
    setClosing(false);
  }

  const host = poll.hostPartner ? byCode(poll.hostPartner) : undefined;
  const ownZone = viewerTimeZone();

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/meetings" size="sm">
        {t('meetings.backToCalendar')}
      </Anchor>
      <div>
        <Group gap="sm" mb="xs">
          <Badge variant="outline" color="gray.8">
            {t(kindLabelKey(poll.kind))}
          </Badge>
          <Badge
            variant="outline"
            color={poll.status === 'OPEN' ? TEXT_COLORS.good : TEXT_COLORS.neutral}
            data-testid="poll-status"
          >
            {t(`polls.statuses.${poll.status}`)}
          </Badge>
        </Group>
        <Title order={1}>{poll.title}</Title>
        <Text mt="xs">
          {t('polls.placeLine', {
            place: [poll.venue, poll.city].filter(Boolean).join(', '),
            zone: poll.timeZone,
            host: host ? partnerName(host, language) : t('meetings.meeting.secretariatHost'),
          })}
        </Text>
      </div>

      {poll.meetingId && (
        <Alert color="green" variant="light" title={t('polls.confirmedTitle')}>
          <Anchor component={Link} to={`/meetings/${poll.meetingId}`}>
            {t('polls.openMeeting')}
          </Anchor>
        </Alert>
      )}
      {poll.status === 'OPEN' && poll.myPartner && (
        <Text>
          {t('polls.answerIntro', {
            partner: partnerName(
              byCode(poll.myPartner) ?? { name: poll.myPartner, nameFr: poll.myPartner },
              language,
            ),
          })}
        </Text>
      )}
      {poll.status === 'OPEN' && !poll.myPartner && !poll.canManage && (
        <Text>{t('polls.notInvited')}</Text>
      )}
      <Text size="sm" c="dimmed">
        {t('polls.legend')}
      </Text>
      {error && <ErrorAlert error={error} />}
      {actionError != null && <ApiErrorAlert error={actionError} />}

      <PollGrid
        poll={poll}
        userId={me.id}
        onConfirm={(slot) => setConfirming({ slot, n: poll.slots.indexOf(slot) + 1 })}
      />

      {poll.canManage && poll.status === 'OPEN' && (
        <Group>
          <Button variant="default" color="red" onClick={() => setClosing(true)}>
            {t('polls.close')}
          </Button>
        </Group>
      )}

      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={t('polls.confirmTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {confirming && (
          <Stack>
            <Text>
              {t('polls.confirmBody', {
                n: confirming.n,
                time: formatRangeInZone(
                  confirming.slot.startsAt,
                  confirming.slot.endsAt,
                  poll.timeZone,
                  language,
                ),
                zone: poll.timeZone,
              })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('polls.confirmForYou', {
                zone: ownZone,
                time: formatRangeInZone(
                  confirming.slot.startsAt,
                  confirming.slot.endsAt,
                  ownZone,
                  language,
                ),
              })}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(null)}>
                {t('common.cancel')}
              </Button>
              <Button onClick={() => void onConfirm()} loading={confirmState.loading}>
                {t('polls.confirmAction')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>

      <Modal
        opened={closing}
        onClose={() => setClosing(false)}
        title={t('polls.closeTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack>
          <Text>{t('polls.closeBody')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setClosing(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="red.9" onClick={() => void onClose()} loading={closeState.loading}>
              {t('polls.closeAction')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
