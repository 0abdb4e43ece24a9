import { useEffect, useState } from 'react';
import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/i18n';
import { formatDateTime } from '../../partners/partner-display';
import { countdown } from '../silence';

/** An open silence procedure: its deadline in the viewer's time, and how long is left. */
export function SilenceDeadline({ deadline }: { deadline: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const left = countdown(deadline, now);
  return (
    <Alert
      color="blue"
      variant="light"
      p="xs"
      title={t('agendas.silence.openTitle')}
      data-testid="silence-deadline"
    >
      <Text size="sm">
        {t('agendas.silence.until', { deadline: formatDateTime(deadline, language) })}
      </Text>
      <Text size="sm" fw={600}>
        {left.passed
          ? t('agendas.silence.passed')
          : t('agendas.silence.left', {
              days: left.days,
              hours: left.hours,
              minutes: left.minutes,
            })}
      </Text>
    </Alert>
  );
}
