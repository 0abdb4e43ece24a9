import { useEffect, useState } from 'react';
import { Badge, ColorSwatch, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { partnerName, roleLabelKey, timeInZone } from '../modules/partners/partner-display';
import { currentLanguage } from '../i18n/i18n';
import { usePageTitle } from '../app/layout/usePageTitle';

function useNow(intervalMs: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export function HomePage() {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const language = currentLanguage(i18n.resolvedLanguage);
  const now = useNow(30_000);
  usePageTitle(t('home.title'));

  const { partner } = user;
  return (
    <Stack gap="lg" maw={760}>
      <div>
        <Title order={1}>{t('home.greeting', { name: user.displayName })}</Title>
        <Text mt="xs">{t('home.intro')}</Text>
      </div>

      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="home-delegation">
        <Title order={2} size="h3" id="home-delegation" mb="md">
          {t('home.delegation')}
        </Title>
        {partner ? (
          <Table variant="vertical" layout="fixed" withTableBorder data-testid="home-partner">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th scope="row" w={200}>
                  {t('home.partner')}
                </Table.Th>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <ColorSwatch color={partner.color} size={14} aria-hidden />
                    <Text span>{partnerName(partner, language)}</Text>
                  </Group>
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">{t('home.capital')}</Table.Th>
                <Table.Td>{partner.capital}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">{t('home.timeZone')}</Table.Th>
                <Table.Td>{partner.timeZone}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">{t('home.localTime')}</Table.Th>
                <Table.Td>{timeInZone(now, partner.timeZone, language)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        ) : (
          <Text>{t('home.noPartner')}</Text>
        )}
        <Group gap="xs" mt="md">
          <Badge variant="light">{t(roleLabelKey(user.role))}</Badge>
          <Badge variant="outline" color={user.clearedForRestricted ? 'teal.9' : 'gray.8'}>
            {user.clearedForRestricted ? t('home.cleared') : t('home.notCleared')}
          </Badge>
        </Group>
      </Paper>
    </Stack>
  );
}
