import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SectionId } from '../app/navigation';
import { usePageTitle } from '../app/layout/usePageTitle';

export type UnbuiltSection = Exclude<SectionId, 'admin'>;

/** A section the portal will have but does not yet: say so plainly. */
export function NotBuiltPage({ section }: { section: UnbuiltSection }) {
  const { t } = useTranslation();
  const title = t(`nav.${section}`);
  usePageTitle(title);
  return (
    <Stack gap="md" maw={760}>
      <Title order={1}>{title}</Title>
      <Text>{t(`sections.${section}`)}</Text>
      <Alert
        color="gray"
        variant="light"
        role="status"
        title={t('notBuilt.title')}
        data-testid="not-built"
      >
        {t('notBuilt.body')}
      </Alert>
    </Stack>
  );
}
