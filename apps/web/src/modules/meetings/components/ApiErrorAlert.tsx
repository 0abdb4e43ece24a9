import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { apiSentence } from '../api-message';
import { errorCodeOf, errorMessageKey } from '../../errors/error-messages';

/** The translated sentence of the error's code, and the API's own explanation when it gave one. */
export function ApiErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const code = errorCodeOf(error);
  const detail = apiSentence(error);
  return (
    <Alert
      color="red"
      variant="light"
      title={t('common.errorTitle')}
      data-error-code={code}
      role="alert"
    >
      {detail ? (
        <Text size="sm" data-testid="api-sentence">
          {detail}
        </Text>
      ) : (
        t(errorMessageKey(code))
      )}
    </Alert>
  );
}
