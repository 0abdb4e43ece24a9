import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/layout/usePageTitle';
import { LoadingState } from '../app/layout/LoadingState';
import { MeetingQuery } from '../modules/meetings/graphql/meetings.operations';
import { ErrorAlert } from '../modules/errors/components/ErrorAlert';
import { AgendaQuery } from '../modules/agendas/graphql/agendas.operations';
import { ItemForm } from '../modules/agendas/components/ItemForm';
import { RaisedBeforeForThemes } from '../modules/agendas/components/RaisedBefore';
import { draftFrom, prefillOf, EMPTY_DRAFT } from '../modules/agendas/item-form';
import '../modules/agendas/styles';

/**
 * Proposes an item for a meeting's agenda. Members of participating partners propose for their
 * own partner; the chair chooses the proposing partner. Earlier items on the chosen themes show
 * before submitting.
 */
export function ProposeAgendaItemPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const location = useLocation();
  const meetingQuery = useQuery(MeetingQuery, { variables: { id } });
  const { data, loading, error } = useQuery(AgendaQuery, { variables: { meetingId: id } });
  const meeting = meetingQuery.data?.meeting;
  const agenda = data?.agenda;
  usePageTitle(t('agendas.form.proposeTitle'));

  if ((loading && !agenda) || (meetingQuery.loading && !meeting)) {
    return <LoadingState label={t('agendas.page.loading')} />;
  }
  const back = (
    <Anchor component={Link} to={`/meetings/${id}/agenda`} size="sm">
      {t('agendas.form.backToAgenda')}
    </Anchor>
  );
  if (!agenda || !meeting) {
    return (
      <Stack gap="md" maw={760}>
        <Title order={1}>{t('agendas.form.proposeTitle')}</Title>
        <ErrorAlert
          error={error ?? meetingQuery.error}
          code={error || meetingQuery.error ? undefined : 'NOT_FOUND'}
        />
        {back}
      </Stack>
    );
  }

  const mayPropose = Boolean(agenda.memberOf) || agenda.isChair;
  return (
    <Stack gap="lg">
      {back}
      <div>
        <Title order={1}>{t('agendas.form.proposeTitle')}</Title>
        <Text mt="xs">{t('agendas.form.proposeIntro', { meeting: meeting.title })}</Text>
      </div>
      {agenda.status === 'LOCKED' ? (
        <Alert color="blue" variant="light" role="status">
          {t('agendas.lock.lockedBody')}
        </Alert>
      ) : !mayPropose ? (
        <Alert color="gray" variant="light" role="status">
          {t('agendas.form.notParticipant')}
        </Alert>
      ) : (
        <ItemForm
          meetingId={meeting.id}
          mode="propose"
          initial={draftFrom(prefillOf(location.state), {
            ...EMPTY_DRAFT,
            proposingPartner: agenda.memberOf ?? null,
          })}
          partnerChoices={agenda.isChair ? agenda.partnerCodes : null}
          allocated={agenda.allocatedMinutes}
          meetingMinutes={agenda.meetingMinutes}
          raisedBefore={(themeCodes) => (
            <RaisedBeforeForThemes themeCodes={themeCodes} meetingId={meeting.id} />
          )}
        />
      )}
    </Stack>
  );
}
