import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordMutation } from '../../auth/graphql/auth.operations';
import { AppPasswordInput } from '../../auth/components/AppPasswordInput';
import { NewPasswordFields } from '../../auth/components/NewPasswordFields';
import { checkNewPassword, type PasswordProblem } from '../../auth/password';
import { ErrorAlert } from '../../errors/components/ErrorAlert';
import { errorCodeOf, type UiErrorCode } from '../../errors/error-messages';

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [changePassword, { loading }] = useMutation(ChangePasswordMutation);
  const [currentPassword, setCurrentPassword] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [currentMissing, setCurrentMissing] = useState(false);
  const [problem, setProblem] = useState<PasswordProblem | null>(null);
  const [errorCode, setErrorCode] = useState<UiErrorCode | null>(null);
  const [changed, setChanged] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChanged(false);
    setErrorCode(null);
    const missing = currentPassword.length === 0;
    const found = checkNewPassword(password, confirmation);
    setCurrentMissing(missing);
    setProblem(found);
    if (missing || found) return;
    try {
      await changePassword({ variables: { input: { currentPassword, newPassword: password } } });
      setChanged(true);
      setCurrentPassword('');
      setPassword('');
      setConfirmation('');
    } catch (error) {
      setErrorCode(errorCodeOf(error));
    }
  }

  return (
    <form
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-label={t('account.changePassword')}
    >
      <Stack maw={420}>
        {changed && (
          <Alert color="teal" variant="light" role="status">
            {t('account.passwordChanged')}
          </Alert>
        )}
        {errorCode && <ErrorAlert code={errorCode} />}
        <AppPasswordInput
          label={t('fields.currentPassword')}
          name="current-password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.currentTarget.value)}
          error={currentMissing ? t('validation.passwordRequired') : undefined}
          required
          withAsterisk={false}
        />
        <NewPasswordFields
          password={password}
          confirmation={confirmation}
          onPasswordChange={setPassword}
          onConfirmationChange={setConfirmation}
          problem={problem}
        />
        <Group>
          <Button type="submit" loading={loading}>
            {t('account.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
