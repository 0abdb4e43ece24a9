import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BriefingNotesPanel } from '../modules/briefing-notes/components/BriefingNotesPanel';
import { usePageTitle } from '../app/layout/usePageTitle';

export function BriefingNotesPage() {
  const { t } = useTranslation();
  usePageTitle(t('notes.title'));
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('notes.title')}</Title>
        <Text mt="xs">{t('notes.intro')}</Text>
      </div>
      <BriefingNotesPanel />
    </Stack>
  );
}
