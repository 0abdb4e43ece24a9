import { Alert, Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/layout/usePageTitle';
import { LoadingState } from '../app/layout/LoadingState';
import { MyActionItemsQuery } from '../modules/actions/graphql/action-items.operations';
import { ActionItemsTable } from '../modules/actions/components/ActionItemsTable';
import { isOpenStatus, sortForAttention } from '../modules/actions/due';
import { MeetingIcon } from '../modules/meetings/components/MeetingIcon';
import { useMeetingsLive } from '../modules/meetings/hooks/useMeetingsLive';
import { ErrorAlert } from '../modules/errors/components/ErrorAlert';

/** What the user (or their partner) has to do between meetings, overdue work first. */
export function MyActionsPage() {
  const { t } = useTranslation();
  usePageTitle(t('actions.myTitle'));
  const { data, loading, error } = useQuery(MyActionItemsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  useMeetingsLive(['MyActionItems'], (change) => change.type === 'action-item');
  const items = sortForAttention(data?.myActionItems ?? []);
  const open = items.filter((item) => isOpenStatus(item.status));
  const closed = items.filter((item) => !isOpenStatus(item.status));
  const overdue = items.filter((item) => item.overdue).length;

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('actions.myTitle')}</Title>
        <Text mt="xs">{t('actions.myIntro')}</Text>
      </div>
      {error && <ErrorAlert error={error} />}
      {loading && !data && <LoadingState label={t('actions.loading')} />}
      {overdue > 0 && (
        <Alert
          color="red"
          variant="light"
          icon={<MeetingIcon name="alert" size={20} />}
          title={t('actions.overdueSummary', { count: overdue })}
          data-testid="overdue-summary"
        >
          {t('actions.overdueHelp')}
        </Alert>
      )}
      <Stack gap="xs" component="section" aria-labelledby="open-actions-heading">
        <Title order={2} id="open-actions-heading">
          {t('actions.openTitle')}
        </Title>
        {data && open.length === 0 && <Text>{t('actions.noneOpen')}</Text>}
        {open.length > 0 && (
          <ActionItemsTable
            items={open}
            label={t('actions.openTitle')}
            withMeeting
            testId="my-open-actions"
          />
        )}
      </Stack>
      {closed.length > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="closed-actions-heading">
          <Title order={2} id="closed-actions-heading">
            {t('actions.closedTitle')}
          </Title>
          <ActionItemsTable items={closed} label={t('actions.closedTitle')} withMeeting />
        </Stack>
      )}
      <Group>
        <Anchor component={Link} to="/meetings">
          {t('meetings.backToCalendar')}
        </Anchor>
      </Group>
    </Stack>
  );
}
