import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Says on every case page that this is restricted material and that every view is recorded. */
export function RestrictedBanner() {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      variant="light"
      role="note"
      title={t('cases.restricted.title')}
      data-testid="restricted-banner"
    >
      <Text size="sm">{t('cases.restricted.body')}</Text>
    </Alert>
  );
}
