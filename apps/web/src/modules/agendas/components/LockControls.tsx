import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { AgendaFieldsFragment } from '../../../generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { formatDateTime } from '../../partners/partner-display';
import { ApiErrorAlert } from '../../meetings/components/ApiErrorAlert';
import { LockAgendaMutation, ReopenAgendaMutation } from '../graphql/agendas.operations';
import { REOPEN_REASON_MAX, apiFieldProblem, checkReopenReason } from '../problems';

type Agenda = Pick<
  AgendaFieldsFragment,
  'meetingId' | 'status' | 'version' | 'lockedAt' | 'isChair'
>;

/**
 * The locked banner (version, when) for everyone; for the chair, locking (refused with the API's
 * list of what is still open) and reopening with a reason the partners will read.
 */
export function LockControls({ agenda }: { agenda: Agenda }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const [confirming, setConfirming] = useState(false);
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [reopenError, setReopenError] = useState<unknown>(null);
  const refetchQueries = ['Agenda', 'AgendaVersions'];
  const [lock, lockState] = useMutation(LockAgendaMutation, { refetchQueries });
  const [reopen, reopenState] = useMutation(ReopenAgendaMutation, { refetchQueries });
  const locked = agenda.status === 'LOCKED';

  async function onLock() {
    setError(null);
    try {
      await lock({ variables: { meetingId: agenda.meetingId } });
    } catch (caught) {
      setError(caught);
    }
    setConfirming(false);
  }

  async function onReopen(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setReopenError(null);
    const problem = checkReopenReason(reason);
    setReasonError(
      problem ? t(`agendas.lock.problems.${problem}`, { max: REOPEN_REASON_MAX }) : null,
    );
    if (problem) return;
    try {
      await reopen({ variables: { meetingId: agenda.meetingId, reason: reason.trim() } });
      setReopening(false);
      setReason('');
    } catch (caught) {
      const named = apiFieldProblem(caught);
      if (named?.field === 'reason') setReasonError(named.message);
      else setReopenError(caught);
    }
  }

  return (
    <Stack gap="sm">
      {locked && (
        <Alert
          color="blue"
          variant="light"
          title={t('agendas.lock.lockedTitle', { version: agenda.version })}
          data-testid="locked-banner"
        >
          <Text size="sm">
            {t('agendas.lock.lockedOn', { date: formatDateTime(agenda.lockedAt, language) })}
          </Text>
          <Text size="sm">{t('agendas.lock.lockedBody')}</Text>
        </Alert>
      )}
      {error != null && <ApiErrorAlert error={error} />}
      {agenda.isChair && (
        <Group gap="sm">
          {locked ? (
            <Button variant="default" onClick={() => setReopening(true)}>
              {t('agendas.lock.reopen')}
            </Button>
          ) : (
            <Button onClick={() => setConfirming(true)} data-testid="lock-agenda">
              {t('agendas.lock.lock')}
            </Button>
          )}
          <Text size="sm" c="dimmed">
            {locked ? t('agendas.lock.reopenHelp') : t('agendas.lock.lockHelp')}
          </Text>
        </Group>
      )}

      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('agendas.lock.confirmTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack>
          <Text>{t('agendas.lock.confirmBody', { version: agenda.version + 1 })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => void onLock()} loading={lockState.loading}>
              {t('agendas.lock.confirmAction')}
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Modal
        opened={reopening}
        onClose={() => setReopening(false)}
        title={t('agendas.lock.reopenTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <form onSubmit={(event) => void onReopen(event)} noValidate>
          <Stack>
            <Text size="sm">{t('agendas.lock.reopenBody', { version: agenda.version })}</Text>
            {reopenError != null && <ApiErrorAlert error={reopenError} />}
            <Textarea
              label={t('agendas.lock.reason')}
              description={t('agendas.lock.reasonHelp')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={reasonError}
              required
              withAsterisk={false}
              autosize
              minRows={2}
              maxLength={REOPEN_REASON_MAX + 50}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setReopening(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={reopenState.loading}>
                {t('agendas.lock.reopenAction')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
