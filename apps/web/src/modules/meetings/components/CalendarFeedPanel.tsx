import { useState } from 'react';
import {
  Alert,
  Button,
  CopyButton,
  Group,
  Modal,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  CalendarFeedQuery,
  CreateCalendarFeedMutation,
  RevokeCalendarFeedMutation,
} from '../graphql/calendar-feed.operations';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { ErrorAlert } from '../../errors/components/ErrorAlert';
import { formatDateTime } from '../../partners/partner-display';
import { currentLanguage } from '../../../i18n/i18n';

type Confirming = 'create' | 'revoke' | null;

/**
 * The personal calendar subscription: a secret URL for Outlook, Apple or Google Calendar. The
 * URL is shown once, when created; only a hash of it is kept, so it cannot be shown again.
 */
export function CalendarFeedPanel() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const me = useCurrentUser();
  const staff = me.role !== 'GUEST';
  const feed = useQuery(CalendarFeedQuery, { skip: !staff, fetchPolicy: 'cache-and-network' });
  const [create, creating] = useMutation(CreateCalendarFeedMutation, {
    refetchQueries: ['CalendarFeed'],
  });
  const [revoke, revoking] = useMutation(RevokeCalendarFeedMutation, {
    refetchQueries: ['CalendarFeed'],
  });
  const [url, setUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [error, setError] = useState<unknown>(null);
  const [revoked, setRevoked] = useState(false);

  if (!staff) return null;
  const current = feed.data?.calendarFeed ?? null;

  async function onCreate() {
    setError(null);
    setRevoked(false);
    try {
      const { data } = await create();
      setUrl(data?.createCalendarFeed.url ?? null);
      setConfirming(null);
    } catch (caught) {
      setError(caught);
      setConfirming(null);
    }
  }

  async function onRevoke() {
    setError(null);
    try {
      await revoke();
      setUrl(null);
      setRevoked(true);
      setConfirming(null);
    } catch (caught) {
      setError(caught);
      setConfirming(null);
    }
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="calendar-feed-heading" maw={760}>
      <Title order={2} id="calendar-feed-heading">
        {t('meetings.feed.title')}
      </Title>
      <Text>{t('meetings.feed.intro')}</Text>
      {feed.error && <ErrorAlert error={feed.error} />}
      {error != null && <ErrorAlert error={error} />}
      <Text data-testid="calendar-feed-status">
        {current
          ? current.lastUsedAt
            ? t('meetings.feed.activeUsed', {
                created: formatDateTime(current.createdAt, language),
                used: formatDateTime(current.lastUsedAt, language),
              })
            : t('meetings.feed.active', { created: formatDateTime(current.createdAt, language) })
          : t('meetings.feed.none')}
      </Text>
      {revoked && (
        <Alert color="green" variant="light" role="status">
          {t('meetings.feed.revoked')}
        </Alert>
      )}
      {url && (
        <Alert
          color="yellow"
          variant="light"
          title={t('meetings.feed.secretTitle')}
          // Mantine's yellow title is too pale on its light background: darker, for contrast.
          styles={{ title: { color: '#5c3d00' } }}
          data-testid="calendar-feed-url"
        >
          <Stack gap="xs">
            <Text size="sm">{t('meetings.feed.secretBody')}</Text>
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                label={t('meetings.feed.urlLabel')}
                value={url}
                readOnly
                onFocus={(event) => event.currentTarget.select()}
                style={{ flex: 1 }}
              />
              <CopyButton value={url}>
                {({ copied, copy }) => (
                  <Button variant={copied ? 'light' : 'filled'} onClick={copy}>
                    {copied ? t('meetings.feed.copied') : t('meetings.feed.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        </Alert>
      )}
      <Group gap="sm">
        <Button
          variant={current ? 'default' : 'filled'}
          onClick={() => (current ? setConfirming('create') : void onCreate())}
          loading={creating.loading && confirming === null}
        >
          {current ? t('meetings.feed.replace') : t('meetings.feed.create')}
        </Button>
        {current && (
          <Button variant="default" color="red" onClick={() => setConfirming('revoke')}>
            {t('meetings.feed.revoke')}
          </Button>
        )}
      </Group>

      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={
          confirming === 'revoke' ? t('meetings.feed.revokeTitle') : t('meetings.feed.replaceTitle')
        }
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack>
          <Text>
            {confirming === 'revoke'
              ? t('meetings.feed.revokeBody')
              : t('meetings.feed.replaceBody')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(null)}>
              {t('common.cancel')}
            </Button>
            {confirming === 'revoke' ? (
              <Button color="red.9" onClick={() => void onRevoke()} loading={revoking.loading}>
                {t('meetings.feed.revokeConfirm')}
              </Button>
            ) : (
              <Button onClick={() => void onCreate()} loading={creating.loading}>
                {t('meetings.feed.replaceConfirm')}
              </Button>
            )}
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
