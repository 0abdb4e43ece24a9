import { Suspense, useEffect, useRef } from 'react';
import { Anchor, AppShell, Burger, Button, ColorSwatch, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { currentLanguage } from '../../i18n/i18n';
import { useCurrentUser } from '../../modules/auth/hooks/useCurrentUser';
import { useLogout } from '../../modules/auth/hooks/useLogout';
import { NotificationBell } from '../../modules/notifications/components/NotificationBell';
import { identityLine, partnerName, roleLabelKey } from '../../modules/partners/partner-display';
import { isPathActive, visibleNavItems } from '../navigation';
import { HEADER_BUTTON_HOVER } from '../theme';
import { LoadingState } from './LoadingState';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';

const NAVBAR_ID = 'workspace-navbar';

/** The signed-in frame: header with identity and session controls, section navigation, main area. */
export function WorkspaceLayout() {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const { pathname } = useLocation();
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const { signOut, signingOut } = useLogout();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After an in-app navigation, move focus to the new content so assistive tech follows along.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);

  const language = currentLanguage(i18n.resolvedLanguage);
  const partner = user.partner ? partnerName(user.partner, language) : null;
  const identity = identityLine({
    displayName: user.displayName,
    partner,
    role: t(roleLabelKey(user.role)),
  });
  const items = visibleNavItems(user);
  const swatch = user.partner ? (
    <ColorSwatch color={user.partner.color} size={12} className="identity-swatch" aria-hidden />
  ) : null;

  return (
    <>
      <SkipLink />
      <AppShell
        header={{ height: 64 }}
        navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding="lg"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
            <Group wrap="nowrap" gap="sm" style={{ flexShrink: 0 }}>
              <Burger
                opened={navOpened}
                onClick={toggleNav}
                hiddenFrom="sm"
                size="sm"
                aria-label={navOpened ? t('layout.closeNavigation') : t('layout.openNavigation')}
                aria-expanded={navOpened}
                aria-controls={NAVBAR_ID}
              />
              <Anchor
                component={Link}
                to="/"
                fw={700}
                size="lg"
                c="bright"
                underline="never"
                style={{ whiteSpace: 'nowrap' }}
              >
                {t('app.name')}
              </Anchor>
            </Group>
            <Group wrap="nowrap" gap="sm" miw={0} justify="flex-end" style={{ flex: '1 1 auto' }}>
              <Group
                wrap="nowrap"
                gap={8}
                miw={0}
                data-testid="current-user"
                title={identity}
                visibleFrom="sm"
              >
                {swatch}
                <Text size="sm" fw={500} truncate="end">
                  {identity}
                </Text>
              </Group>
              <NotificationBell />
              <LanguageSwitch />
              <Button
                component={Link}
                to="/account"
                variant="subtle"
                size="compact-sm"
                visibleFrom="md"
                vars={() => ({ root: { '--button-hover': `var(${HEADER_BUTTON_HOVER})` } })}
                data-testid="header-account"
              >
                {t('layout.account')}
              </Button>
              <Button
                variant="default"
                size="compact-sm"
                onClick={() => void signOut()}
                loading={signingOut}
              >
                {t('layout.signOut')}
              </Button>
            </Group>
          </Group>
        </AppShell.Header>

        <AppShell.Navbar id={NAVBAR_ID} p="sm" aria-label={t('nav.label')}>
          {/* On phones the header has no room for the identity line: it heads the navigation instead. */}
          <Group wrap="nowrap" gap={8} px="sm" pb="sm" hiddenFrom="sm">
            {swatch}
            <Text size="sm" fw={500}>
              {identity}
            </Text>
          </Group>
          {items.map((item) => (
            <NavLink
              key={item.id}
              component={RouterNavLink}
              to={item.path}
              label={t(item.labelKey)}
              active={isPathActive(pathname, item.path)}
              variant="filled"
              onClick={closeNav}
            />
          ))}
          <NavLink
            component={RouterNavLink}
            to="/account"
            label={t('layout.account')}
            active={isPathActive(pathname, '/account')}
            variant="filled"
            onClick={closeNav}
            hiddenFrom="md"
            mt="auto"
          />
        </AppShell.Navbar>

        <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} ref={mainRef}>
          <Suspense fallback={<LoadingState label={t('common.loading')} />}>
            <Outlet />
          </Suspense>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
