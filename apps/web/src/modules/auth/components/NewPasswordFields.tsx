import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type PasswordProblem } from '../password';
import { AppPasswordInput } from './AppPasswordInput';

interface NewPasswordFieldsProps {
  password: string;
  confirmation: string;
  onPasswordChange: (value: string) => void;
  onConfirmationChange: (value: string) => void;
  problem: PasswordProblem | null;
}

/** "New password" + "Confirm" with the API's length rule stated up front. */
export function NewPasswordFields({
  password,
  confirmation,
  onPasswordChange,
  onConfirmationChange,
  problem,
}: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  const limits = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH };
  const passwordError =
    problem && problem !== 'mismatch' ? t(`validation.password.${problem}`, limits) : undefined;
  const confirmationError = problem === 'mismatch' ? t('validation.password.mismatch') : undefined;
  return (
    <Stack>
      <AppPasswordInput
        label={t('fields.newPassword')}
        description={t('validation.password.rule', limits)}
        name="new-password"
        autoComplete="new-password"
        value={password}
        onChange={(event) => onPasswordChange(event.currentTarget.value)}
        error={passwordError}
        required
        withAsterisk={false}
      />
      <AppPasswordInput
        label={t('fields.confirmPassword')}
        name="confirm-password"
        autoComplete="new-password"
        value={confirmation}
        onChange={(event) => onConfirmationChange(event.currentTarget.value)}
        error={confirmationError}
        required
        withAsterisk={false}
      />
    </Stack>
  );
}
