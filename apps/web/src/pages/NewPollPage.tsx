import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/layout/usePageTitle';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { NewPollForm } from '../modules/meetings/components/NewPollForm';
import { canSchedule } from '../modules/meetings/permissions';
import { ForbiddenPage } from './ForbiddenPage';

/** Proposing slots for a meeting: the secretariat and partners' coordinators. */
export function NewPollPage() {
  const { t } = useTranslation();
  usePageTitle(t('polls.new.title'));
  const me = useCurrentUser();
  if (!canSchedule(me.role)) return <ForbiddenPage />;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/meetings" size="sm">
        {t('meetings.backToCalendar')}
      </Anchor>
      <div>
        <Title order={1}>{t('polls.new.title')}</Title>
        <Text mt="xs">{t('polls.new.intro')}</Text>
      </div>
      <NewPollForm
        ownPartner={me.partner?.code ?? null}
        isSecretariat={me.role === 'SECRETARIAT'}
      />
    </Stack>
  );
}
