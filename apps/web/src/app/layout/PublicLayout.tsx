import { Anchor, Box, Container, Group } from '@mantine/core';
import { Link, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';

/** Frame of the pages reachable without a session: sign-in and password pages. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <>
      <SkipLink />
      <Box
        component="header"
        px="md"
        py="sm"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Group justify="space-between" wrap="nowrap">
          <Anchor component={Link} to="/login" fw={700} size="lg" c="bright" underline="never">
            {t('app.name')}
          </Anchor>
          <LanguageSwitch />
        </Group>
      </Box>
      <Container component="main" id={MAIN_CONTENT_ID} tabIndex={-1} size={460} py="xl">
        <Outlet />
      </Container>
    </>
  );
}
