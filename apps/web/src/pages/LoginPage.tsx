import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoginMutation, MeQuery } from '../modules/auth/graphql/auth.operations';
import { readLoginRedirectState, safeRedirectTarget } from '../modules/auth/redirect';
import { AppPasswordInput } from '../modules/auth/components/AppPasswordInput';
import { ErrorAlert } from '../modules/errors/components/ErrorAlert';
import { errorCodeOf, type UiErrorCode } from '../modules/errors/error-messages';
import { usePageTitle } from '../app/layout/usePageTitle';

export function LoginPage() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const redirect = readLoginRedirectState(location.state);
  const [login, { loading }] = useMutation(LoginMutation);

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  const [errorCode, setErrorCode] = useState<UiErrorCode | null>(null);

  usePageTitle(t('login.title'));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = {
      email: email.trim() ? undefined : t('validation.emailRequired'),
      password: password ? undefined : t('validation.passwordRequired'),
    };
    setFieldErrors(errors);
    if (errors.email || errors.password) return;

    setErrorCode(null);
    try {
      const { data } = await login({ variables: { input: { email: email.trim(), password } } });
      if (!data) return;
      // Nothing from an earlier session may survive into this one.
      await client.clearStore();
      client.writeQuery({ query: MeQuery, data: { me: data.login } });
      await navigate(safeRedirectTarget(redirect.from), { replace: true, flushSync: true });
    } catch (error) {
      setErrorCode(errorCodeOf(error));
      setPassword('');
    }
  }

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          {t('login.title')}
        </Title>
        <Text c="dimmed" mt={4}>
          {t('login.subtitle')}
        </Text>
      </div>

      {redirect.reason === 'SESSION_EXPIRED' && !errorCode && (
        <Alert color="yellow" variant="light" role="status">
          {t('login.sessionExpired')}
        </Alert>
      )}
      {redirect.reason === 'SIGNED_OUT' && !errorCode && (
        <Alert color="blue" variant="light" role="status">
          {t('login.signedOut')}
        </Alert>
      )}
      {errorCode && <ErrorAlert code={errorCode} title={t('login.failedTitle')} />}

      <Paper withBorder p="lg" radius="md">
        <form
          onSubmit={(event) => void onSubmit(event)}
          noValidate
          aria-label={t('login.formLabel')}
        >
          <Stack>
            <TextInput
              label={t('fields.email')}
              type="email"
              name="email"
              autoComplete="username"
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={fieldErrors.email}
              required
              withAsterisk={false}
              data-autofocus
            />
            <AppPasswordInput
              label={t('fields.password')}
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={fieldErrors.password}
              required
              withAsterisk={false}
            />
            <Button type="submit" loading={loading} fullWidth>
              {t('login.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>

      <Anchor component={Link} to="/forgot-password">
        {t('login.forgotPassword')}
      </Anchor>
    </Stack>
  );
}
