import { Group, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProviderState } from '@berne/collab/client';
import { connectionStatus, type ConnectionTone } from '../../../collab/connection-status';

/** Text colours at 4.5:1 or more on white (teal-8 and orange-9 are not). */
const TONE_COLORS: Record<ConnectionTone, string> = {
  ok: 'var(--mantine-color-teal-9)',
  busy: 'var(--mantine-color-blue-8)',
  // Mantine's orange-9 is 4.3:1 on white; this darker orange keeps small text at AA.
  warning: '#a34400',
  error: 'var(--mantine-color-red-9)',
};

/**
 * Whether edits reach the server. The visible line changes with every keystroke (saving…, saved);
 * screen readers are told only when the connection itself changes.
 */
export function ConnectionIndicator({ state }: { state: ProviderState }) {
  const { t } = useTranslation();
  const status = connectionStatus(state);
  let reason = '';
  if (status.reason) {
    reason =
      'code' in status.reason ? t(`collab.errors.${status.reason.code}`) : status.reason.message;
  }
  let text: string;
  switch (status.key) {
    case 'connectingUnsaved':
    case 'offlineUnsaved':
      text = t(`collab.status.${status.key}`, { count: status.count ?? 0 });
      break;
    case 'closedWithReason':
    case 'problem':
      text = t(`collab.status.${status.key}`, { reason });
      break;
    case 'connecting':
    case 'syncing':
    case 'saved':
    case 'saving':
    case 'readOnly':
    case 'offline':
    case 'closed':
      text = t(`collab.status.${status.key}`);
      break;
  }
  const color = TONE_COLORS[status.tone];
  return (
    <Group gap={8} wrap="nowrap" data-tone={status.tone}>
      <span
        aria-hidden="true"
        style={{
          width: 10,
          height: 10,
          flex: 'none',
          borderRadius: '50%',
          background: status.tone === 'ok' ? color : 'transparent',
          border: `2px solid ${color}`,
        }}
      />
      <Text size="sm" fw={500} c={color} data-testid="connection-status">
        {text}
      </Text>
      <VisuallyHidden role="status" aria-live="polite">
        {t(`collab.announce.${status.announce}`)}
      </VisuallyHidden>
    </Group>
  );
}
