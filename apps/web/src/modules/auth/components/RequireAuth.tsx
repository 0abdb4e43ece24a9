import type { ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Center, Stack } from '@mantine/core';
import { MeQuery } from '../graphql/auth.operations';
import { CurrentUserContext } from '../current-user.context';
import { errorCodeOf } from '../../errors/error-messages';
import { ErrorAlert } from '../../errors/components/ErrorAlert';
import { LoadingState } from '../../../app/layout/LoadingState';
import type { LoginRedirectState } from '../redirect';

/** Asks the API who is signed in; sends anonymous visitors to /login, remembering where they were going. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(MeQuery);

  if (data?.me) {
    return <CurrentUserContext value={data.me}>{children}</CurrentUserContext>;
  }
  if (loading) {
    return (
      <Center h="100vh">
        <LoadingState label={t('common.loadingSession')} />
      </Center>
    );
  }

  const code = errorCodeOf(error);
  if (code === 'UNAUTHENTICATED' || code === 'SESSION_EXPIRED' || code === 'ACCOUNT_DISABLED') {
    const state: LoginRedirectState = {
      from: `${location.pathname}${location.search}${location.hash}`,
      reason: code === 'SESSION_EXPIRED' ? 'SESSION_EXPIRED' : undefined,
    };
    return <Navigate to="/login" replace state={state} />;
  }

  return (
    <Center h="100vh" p="md">
      <Stack maw={480}>
        <ErrorAlert error={error} title={t('common.loadFailedTitle')} />
        <Button onClick={() => void refetch()}>{t('common.retry')}</Button>
      </Stack>
    </Center>
  );
}
