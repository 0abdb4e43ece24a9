import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ResetPasswordMutation } from '../modules/auth/graphql/auth.operations';
import { NewPasswordFields } from '../modules/auth/components/NewPasswordFields';
import { checkNewPassword, type PasswordProblem } from '../modules/auth/password';
import { ErrorAlert } from '../modules/errors/components/ErrorAlert';
import { errorCodeOf, type UiErrorCode } from '../modules/errors/error-messages';
import { usePageTitle } from '../app/layout/usePageTitle';

/** Sets a password from an emailed token: a forgotten-password reset or an invitation. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const [resetPassword, { loading }] = useMutation(ResetPasswordMutation);
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problem, setProblem] = useState<PasswordProblem | null>(null);
  const [errorCode, setErrorCode] = useState<UiErrorCode | null>(null);
  const [done, setDone] = useState(false);

  usePageTitle(t('resetPassword.title'));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkNewPassword(password, confirmation);
    setProblem(found);
    if (found) return;
    setErrorCode(null);
    try {
      await resetPassword({ variables: { input: { token, newPassword: password } } });
      setDone(true);
    } catch (error) {
      setErrorCode(errorCodeOf(error));
    }
  }

  let body;
  if (done) {
    body = (
      <Alert color="teal" variant="light" role="status" title={t('resetPassword.doneTitle')}>
        {t('resetPassword.done')}
      </Alert>
    );
  } else if (!token) {
    body = <ErrorAlert code="INVALID_TOKEN" title={t('resetPassword.missingTokenTitle')} />;
  } else {
    body = (
      <>
        {errorCode && <ErrorAlert code={errorCode} />}
        <Paper withBorder p="lg" radius="md">
          <form
            onSubmit={(event) => void onSubmit(event)}
            noValidate
            aria-label={t('resetPassword.formLabel')}
          >
            <Stack>
              <NewPasswordFields
                password={password}
                confirmation={confirmation}
                onPasswordChange={setPassword}
                onConfirmationChange={setConfirmation}
                problem={problem}
              />
              <Button type="submit" loading={loading} fullWidth>
                {t('resetPassword.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </>
    );
  }

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          {t('resetPassword.title')}
        </Title>
        <Text c="dimmed" mt={4}>
          {t('resetPassword.intro')}
        </Text>
      </div>
      {body}
      {!done && (!token || errorCode === 'INVALID_TOKEN') && (
        <Anchor component={Link} to="/forgot-password">
          {t('resetPassword.requestNewLink')}
        </Anchor>
      )}
      <Anchor component={Link} to="/login">
        {t('common.backToSignIn')}
      </Anchor>
    </Stack>
  );
}
