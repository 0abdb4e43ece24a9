import { useCallback, useMemo, useState } from 'react';
import {
  ActionIcon,
  Anchor,
  Box,
  Button,
  Group,
  Indicator,
  Popover,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  MarkNotificationsReadMutation,
  NotificationsQuery,
  UnreadNotificationCountQuery,
} from '../graphql/notifications.operations';
import { bellLabel, notificationText } from '../notification-text';
import { useLiveNotifications } from '../hooks/useLiveNotifications';
import { formatDateTime } from '../../partners/partner-display';
import { ErrorAlert } from '../../errors/components/ErrorAlert';
import { currentLanguage } from '../../../i18n/i18n';
import { LoadingState } from '../../../app/layout/LoadingState';

const LIMIT = 20;
const TITLE_ID = 'notifications-title';

function BellIcon() {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M6 16V11a6 6 0 0 1 12 0v5l2 2H4z" />
      <path d="M10 20a2 2 0 0 0 4 0" />
    </svg>
  );
}

/**
 * The bell in the header: how many notifications are unread (in its name, for screen readers,
 * and as a badge), and the latest ones in a popover. New ones arrive over `/live`.
 */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const [opened, setOpened] = useState(false);
  const count = useQuery(UnreadNotificationCountQuery, { fetchPolicy: 'cache-and-network' });
  const list = useQuery(NotificationsQuery, {
    variables: { unreadOnly: false, limit: LIMIT },
    skip: !opened,
    fetchPolicy: 'cache-and-network',
  });
  const [markRead, marking] = useMutation(MarkNotificationsReadMutation);
  const unread = count.data?.unreadNotificationCount ?? 0;
  const items = list.data?.notifications ?? [];
  const refetchCount = count.refetch;
  const refetchList = list.refetch;

  const refresh = useCallback(async () => {
    await refetchCount();
    if (opened) await refetchList();
  }, [opened, refetchCount, refetchList]);

  const handlers = useMemo(
    () => ({
      onChange: () => void refresh().catch(() => undefined),
      onSessionEnded: () => void refetchCount().catch(() => undefined),
    }),
    [refresh, refetchCount],
  );
  useLiveNotifications(handlers);

  async function mark(ids: string[] | null) {
    try {
      await markRead({ variables: { ids } });
    } finally {
      await refresh().catch(() => undefined);
    }
  }

  return (
    // The badge sits around the popover: the popover's target must be the button itself, which
    // receives aria-expanded and aria-controls.
    <Indicator
      inline
      disabled={unread === 0}
      label={<span aria-hidden="true">{unread > 99 ? '99+' : unread}</span>}
      size={18}
      offset={6}
      color="red.9"
    >
      <Popover
        opened={opened}
        onChange={setOpened}
        position="bottom-end"
        width={380}
        shadow="md"
        withinPortal
        trapFocus
        returnFocus
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray.9"
            size="lg"
            aria-label={bellLabel(unread, t)}
            onClick={() => setOpened((o) => !o)}
            data-testid="notification-bell"
          >
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown aria-labelledby={TITLE_ID} data-testid="notifications">
          <Group justify="space-between" mb="xs" wrap="nowrap">
            <Title order={2} size="h5" id={TITLE_ID}>
              {t('notifications.title')}
            </Title>
            <Button
              size="compact-sm"
              variant="subtle"
              onClick={() => void mark(null)}
              disabled={unread === 0}
              loading={marking.loading}
            >
              {t('notifications.markAllRead')}
            </Button>
          </Group>
          {list.error && !list.data && <ErrorAlert error={list.error} />}
          {list.loading && !list.data && <LoadingState label={t('notifications.loading')} />}
          {list.data && items.length === 0 && <Text size="sm">{t('notifications.empty')}</Text>}
          {items.length > 0 && (
            <Stack
              component="ul"
              gap={0}
              m={0}
              p={0}
              mah={420}
              style={{ listStyle: 'none', overflowY: 'auto' }}
              aria-labelledby={TITLE_ID}
            >
              {items.map((notification) => {
                const isUnread = notification.readAt === null;
                const text = notificationText(notification, t);
                return (
                  <li
                    key={notification.id}
                    data-testid="notification-item"
                    data-unread={isUnread}
                    style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
                  >
                    <Group wrap="nowrap" align="flex-start" gap="xs" py={8}>
                      <Box
                        aria-hidden="true"
                        mt={6}
                        w={8}
                        h={8}
                        style={{
                          flex: 'none',
                          borderRadius: '50%',
                          background: isUnread ? 'var(--mantine-color-blue-8)' : 'transparent',
                        }}
                      />
                      <Stack gap={2} miw={0}>
                        {notification.targetPath && notification.targetTitle !== null ? (
                          <Anchor
                            component={Link}
                            to={notification.targetPath}
                            size="sm"
                            fw={isUnread ? 700 : 400}
                            onClick={() => {
                              setOpened(false);
                              if (isUnread) void mark([notification.id]);
                            }}
                          >
                            {text}
                          </Anchor>
                        ) : (
                          <Text size="sm" fw={isUnread ? 700 : 400}>
                            {text}
                          </Text>
                        )}
                        <Text size="xs" c="gray.8">
                          <time dateTime={notification.createdAt}>
                            {formatDateTime(notification.createdAt, language)}
                          </time>
                          {isUnread && (
                            <VisuallyHidden>{`, ${t('notifications.unread')}`}</VisuallyHidden>
                          )}
                        </Text>
                      </Stack>
                    </Group>
                  </li>
                );
              })}
            </Stack>
          )}
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
