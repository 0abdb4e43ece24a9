import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/layout/usePageTitle';
import { LoadingState } from '../app/layout/LoadingState';
import { ErrorAlert } from '../modules/errors/components/ErrorAlert';
import { AgendaQuery } from '../modules/agendas/graphql/agendas.operations';
import { ItemForm } from '../modules/agendas/components/ItemForm';
import { isClosedState } from '../modules/agendas/display';
import { INFLUENCE_THEME, linkChoicesOf } from '../modules/agendas/item-form';
import '../modules/agendas/styles';

/** The proposing partner or the chair changes an item; changing its text asks every partner again. */
export function EditAgendaItemPage() {
  const { id = '', itemId = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(AgendaQuery, { variables: { meetingId: id } });
  const agenda = data?.agenda;
  const item = agenda?.items.find((i) => i.id === itemId);
  usePageTitle(t('agendas.form.editTitle'));

  if (loading && !agenda) return <LoadingState label={t('agendas.page.loading')} />;
  const back = (
    <Anchor component={Link} to={`/meetings/${id}/agenda`} size="sm">
      {t('agendas.form.backToAgenda')}
    </Anchor>
  );
  if (!agenda || !item) {
    return (
      <Stack gap="md" maw={760}>
        <Title order={1}>{t('agendas.form.editTitle')}</Title>
        <ErrorAlert error={error} code={error ? undefined : 'NOT_FOUND'} />
        {back}
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      {back}
      <div>
        <Title order={1}>{t('agendas.form.editTitle')}</Title>
        <Text mt="xs">{item.title}</Text>
      </div>
      {agenda.status === 'LOCKED' ? (
        <Alert color="blue" variant="light" role="status">
          {t('agendas.lock.lockedBody')}
        </Alert>
      ) : !item.canEdit || isClosedState(item.state) ? (
        <Alert color="gray" variant="light" role="status">
          {t('agendas.form.cannotEdit')}
        </Alert>
      ) : (
        <>
          <Text size="sm">{t('agendas.form.editIntro')}</Text>
          <ItemForm
            meetingId={id}
            mode="edit"
            itemId={item.id}
            original={{ title: item.title, description: item.description }}
            initial={{
              proposingPartner: item.proposingPartner,
              title: item.title,
              description: item.description,
              themeCodes: item.themeCodes,
              vulnerableGroups: item.vulnerableGroups,
              influence: item.influenceRegion !== null || item.themeCodes.includes(INFLUENCE_THEME),
              influenceRegion: item.influenceRegion,
              minutes: item.minutes,
              guestVisible: item.guestVisible,
              ...linkChoicesOf(item.links),
            }}
            partnerChoices={null}
            allocated={agenda.allocatedMinutes}
            meetingMinutes={agenda.meetingMinutes}
            previousMinutes={item.minutes}
          />
        </>
      )}
    </Stack>
  );
}
