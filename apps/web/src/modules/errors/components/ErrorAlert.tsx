import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorCodeOf, errorMessageKey, type UiErrorCode } from '../error-messages';

interface ErrorAlertProps {
  /** An Apollo error (or anything thrown), or an already known code. */
  error?: unknown;
  code?: UiErrorCode;
  title?: string;
}

/** One translated sentence per error code; the API's own English message is never shown. */
export function ErrorAlert({ error, code, title }: ErrorAlertProps) {
  const { t } = useTranslation();
  const resolved = code ?? errorCodeOf(error);
  return (
    <Alert
      color="red"
      variant="light"
      title={title ?? t('common.errorTitle')}
      data-error-code={resolved}
    >
      {t(errorMessageKey(resolved))}
    </Alert>
  );
}
