import { Avatar, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { initials, type PresentUser } from '../../../collab/presence';

/** One avatar per person with the note open, in their partner's colour. */
export function PresenceList({ users }: { users: readonly PresentUser[] }) {
  const { t } = useTranslation();
  if (users.length === 0) return null;
  return (
    <Group
      component="ul"
      gap={6}
      wrap="wrap"
      aria-label={t('notes.presence.label')}
      data-testid="presence"
      style={{ listStyle: 'none', margin: 0, padding: 0 }}
    >
      {users.map((user) => {
        let label = user.self ? t('notes.presence.you', { name: user.name }) : user.name;
        if (user.editors > 1)
          label = t('notes.presence.editors', { name: label, count: user.editors });
        return (
          <li key={user.id} title={label} data-user-id={user.id}>
            <Group gap={6} wrap="nowrap">
              <Avatar
                size={30}
                radius="xl"
                variant="filled"
                color={user.color}
                aria-hidden="true"
                style={user.self ? { outline: '2px solid var(--mantine-color-gray-7)' } : undefined}
              >
                {initials(user.name)}
              </Avatar>
              <Text size="sm" visibleFrom="md">
                {label}
              </Text>
            </Group>
          </li>
        );
      })}
    </Group>
  );
}
