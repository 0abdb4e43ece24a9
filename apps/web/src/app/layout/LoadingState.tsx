import { Group, Loader, Text } from '@mantine/core';

/** A spinner that says what is loading, announced politely to screen readers. */
export function LoadingState({ label }: { label: string }) {
  return (
    <Group role="status" aria-live="polite" gap="sm" py="md" data-testid="loading">
      <Loader size="sm" aria-hidden />
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </Group>
  );
}
