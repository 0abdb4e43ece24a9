import { Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MeetingActionItemsQuery } from '../graphql/action-items.operations';
import { sortForAttention } from '../due';
import { ActionItemsTable } from './ActionItemsTable';
import { CreateActionItemForm } from './CreateActionItemForm';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { ErrorAlert } from '../../errors/components/ErrorAlert';
import { LoadingState } from '../../../app/layout/LoadingState';

/**
 * The meeting's action items, what is still open from the previous meeting of the same kind,
 * and the form to record a new one.
 */
export function MeetingActionItems({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { data, loading, error } = useQuery(MeetingActionItemsQuery, {
    variables: { meetingId },
    fetchPolicy: 'cache-and-network',
  });
  const items = sortForAttention(data?.actionItems ?? []);
  const carried = sortForAttention(
    (data?.openActionItemsForNextMeeting ?? []).filter((item) => item.meetingId !== meetingId),
  );

  return (
    <Stack gap="md" component="section" aria-labelledby="meeting-actions-heading">
      <Title order={2} id="meeting-actions-heading">
        {t('actions.meetingTitle')}
      </Title>
      {error && <ErrorAlert error={error} />}
      {loading && !data && <LoadingState label={t('actions.loading')} />}
      {data && items.length === 0 && <Text>{t('actions.noneForMeeting')}</Text>}
      {items.length > 0 && (
        <ActionItemsTable
          items={items}
          label={t('actions.meetingTitle')}
          testId="meeting-action-items"
        />
      )}
      {carried.length > 0 && (
        <Stack gap="xs">
          <Title order={3}>{t('actions.carriedTitle')}</Title>
          <Text size="sm">{t('actions.carriedIntro')}</Text>
          <ActionItemsTable items={carried} label={t('actions.carriedTitle')} withMeeting />
        </Stack>
      )}
      <Paper withBorder p="md">
        <CreateActionItemForm
          meetingId={meetingId}
          ownPartner={me.partner?.code ?? null}
          isSecretariat={me.role === 'SECRETARIAT'}
        />
      </Paper>
    </Stack>
  );
}
