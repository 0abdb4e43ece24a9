import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Stack, Textarea, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { MeetingStatus } from '@berne/domain';
import { SetMeetingStatusMutation } from '../graphql/meetings.operations';
import { nextStatuses, reasonRequired, statusLabelKey } from '../display';
import { ApiErrorAlert } from './ApiErrorAlert';

export const REASON_MAX = 500;

interface MeetingStatusFormProps {
  meetingId: string;
  status: MeetingStatus;
}

/** Confirms, postpones, cancels or marks a meeting held; postponing and cancelling need a reason. */
export function MeetingStatusForm({ meetingId, status }: MeetingStatusFormProps) {
  const { t } = useTranslation();
  const options = nextStatuses(status);
  const [next, setNext] = useState<MeetingStatus | ''>('');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [setStatus, { loading }] = useMutation(SetMeetingStatusMutation);

  if (options.length === 0) return null;
  const chosen = next && options.includes(next) ? next : '';

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    if (!chosen) return;
    const trimmed = reason.trim();
    if (reasonRequired(chosen) && !trimmed) {
      setReasonError(
        t('meetings.status.reasonRequired', { status: t(statusLabelKey(chosen)).toLowerCase() }),
      );
      return;
    }
    if (trimmed.length > REASON_MAX) {
      setReasonError(t('meetings.status.reasonTooLong', { max: REASON_MAX }));
      return;
    }
    setReasonError(null);
    try {
      await setStatus({
        variables: {
          input: { id: meetingId, status: chosen, ...(trimmed ? { reason: trimmed } : {}) },
        },
      });
      setNext('');
      setReason('');
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <form
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-labelledby="status-form-heading"
    >
      <Stack gap="sm" maw={560}>
        <Title order={3} id="status-form-heading">
          {t('meetings.status.changeTitle')}
        </Title>
        {error != null && <ApiErrorAlert error={error} />}
        <NativeSelect
          label={t('meetings.status.newStatus')}
          data={[
            { value: '', label: t('meetings.status.choose') },
            ...options.map((s) => ({ value: s, label: t(statusLabelKey(s)) })),
          ]}
          value={chosen}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setNext(options.find((s) => s === value) ?? '');
            setReasonError(null);
          }}
        />
        <Textarea
          label={t('meetings.status.reason')}
          description={
            chosen && reasonRequired(chosen)
              ? t('meetings.status.reasonNeeded')
              : t('meetings.status.reasonOptional')
          }
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={reasonError}
          required={Boolean(chosen && reasonRequired(chosen))}
          withAsterisk={false}
          autosize
          minRows={2}
          maxLength={REASON_MAX + 100}
        />
        <Group>
          <Button type="submit" disabled={!chosen} loading={loading}>
            {t('meetings.status.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
