import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequestPasswordResetMutation } from '../modules/auth/graphql/auth.operations';
import { ErrorAlert } from '../modules/errors/components/ErrorAlert';
import { errorCodeOf, type UiErrorCode } from '../modules/errors/error-messages';
import { usePageTitle } from '../app/layout/usePageTitle';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [requestReset, { loading }] = useMutation(RequestPasswordResetMutation);
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [errorCode, setErrorCode] = useState<UiErrorCode | null>(null);

  usePageTitle(t('forgotPassword.title'));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const address = email.trim();
    if (!address) {
      setFieldError(t('validation.emailRequired'));
      return;
    }
    setFieldError(undefined);
    setErrorCode(null);
    try {
      await requestReset({ variables: { input: { email: address } } });
      // The answer is the same whether or not the address has an account.
      setSentTo(address);
    } catch (error) {
      setErrorCode(errorCodeOf(error));
    }
  }

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          {t('forgotPassword.title')}
        </Title>
        <Text c="dimmed" mt={4}>
          {t('forgotPassword.intro')}
        </Text>
      </div>

      {sentTo ? (
        <Alert color="teal" variant="light" role="status" title={t('forgotPassword.sentTitle')}>
          {t('forgotPassword.sent', { email: sentTo })}
        </Alert>
      ) : (
        <>
          {errorCode && <ErrorAlert code={errorCode} />}
          <Paper withBorder p="lg" radius="md">
            <form
              onSubmit={(event) => void onSubmit(event)}
              noValidate
              aria-label={t('forgotPassword.formLabel')}
            >
              <Stack>
                <TextInput
                  label={t('fields.email')}
                  type="email"
                  name="email"
                  autoComplete="email"
                  value={email}
                  onChange={(event) => setEmail(event.currentTarget.value)}
                  error={fieldError}
                  required
                  withAsterisk={false}
                />
                <Button type="submit" loading={loading} fullWidth>
                  {t('forgotPassword.submit')}
                </Button>
              </Stack>
            </form>
          </Paper>
        </>
      )}

      <Anchor component={Link} to="/login">
        {t('common.backToSignIn')}
      </Anchor>
    </Stack>
  );
}
