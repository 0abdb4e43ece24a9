import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown when rendering a route throws; offers a full reload rather than details of the crash. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <Container component="main" size={560} py="xl">
      <Stack gap="md">
        <Title order={1}>{t('routeError.title')}</Title>
        <Text>{t('routeError.body')}</Text>
        <Anchor href="/">{t('common.backHome')}</Anchor>
      </Stack>
    </Container>
  );
}
