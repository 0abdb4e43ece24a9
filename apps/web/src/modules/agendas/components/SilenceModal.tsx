import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { DateInput, DatesProvider, TimeInput } from '@mantine/dates';
import 'dayjs/locale/fr';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { OpenAgendaSilenceProcedureMutation } from '../graphql/agendas.operations';
import { localDeadline } from '../silence';
import { apiFieldProblem } from '../problems';
import { ApiErrorAlert } from '../../meetings/components/ApiErrorAlert';
import { viewerTimeZone } from '../../meetings/time';
import { currentLanguage } from '../../../i18n/i18n';

interface SilenceModalProps {
  item: { id: string; title: string } | null;
  onClose: () => void;
}

function inDays(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The chair opens a silence procedure: the item is agreed at the deadline unless a partner
 * objects. The deadline is typed in the viewer's own time zone, which the form names.
 */
export function SilenceModal({ item, onClose }: SilenceModalProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const [date, setDate] = useState<string | null>(() => inDays(7));
  const [time, setTime] = useState('17:00');
  const [problem, setProblem] = useState<string | null>(null);
  // Escape in the open calendar closes the calendar, not the dialog.
  const [calendarOpen, setCalendarOpen] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [open, { loading }] = useMutation(OpenAgendaSilenceProcedureMutation, {
    refetchQueries: ['Agenda'],
  });
  const zone = viewerTimeZone();

  function close() {
    setProblem(null);
    setError(null);
    onClose();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!item) return;
    setError(null);
    const deadline = localDeadline(date, time);
    if (!deadline) {
      setProblem(t('agendas.silence.problems.incomplete'));
      return;
    }
    if (deadline.getTime() <= Date.now()) {
      setProblem(t('agendas.silence.problems.past'));
      return;
    }
    setProblem(null);
    try {
      await open({ variables: { input: { itemId: item.id, deadline: deadline.toISOString() } } });
      close();
    } catch (caught) {
      const named = apiFieldProblem(caught);
      if (named?.field === 'deadline') setProblem(named.message);
      else setError(caught);
    }
  }

  return (
    <Modal
      opened={item !== null}
      onClose={close}
      title={t('agendas.silence.modalTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {item && (
        <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
          <form onSubmit={(event) => void onSubmit(event)} noValidate>
            <Stack gap="sm">
              <Text size="sm">{t('agendas.silence.explain', { title: item.title })}</Text>
              {error != null && <ApiErrorAlert error={error} />}
              <Group align="flex-start" gap="sm">
                <DateInput
                  label={t('agendas.silence.date')}
                  placeholder="YYYY-MM-DD"
                  valueFormat="YYYY-MM-DD"
                  value={date}
                  onChange={setDate}
                  error={Boolean(problem)}
                  w={170}
                  popoverProps={{
                    withinPortal: true,
                    onOpen: () => setCalendarOpen(true),
                    onClose: () => setCalendarOpen(false),
                  }}
                  data-mantine-stop-propagation={calendarOpen || undefined}
                  nextLabel={t('polls.new.nextMonth')}
                  previousLabel={t('polls.new.previousMonth')}
                />
                <TimeInput
                  label={t('agendas.silence.time')}
                  value={time}
                  onChange={(event) => setTime(event.currentTarget.value)}
                  error={Boolean(problem)}
                  w={120}
                />
              </Group>
              <Text size="xs" c="dimmed">
                {t('agendas.silence.zone', { zone })}
              </Text>
              {problem && (
                <Text size="sm" c="var(--mantine-color-error)" role="alert">
                  {problem}
                </Text>
              )}
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>
                  {t('common.cancel')}
                </Button>
                <Button type="submit" loading={loading}>
                  {t('agendas.silence.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        </DatesProvider>
      )}
    </Modal>
  );
}
