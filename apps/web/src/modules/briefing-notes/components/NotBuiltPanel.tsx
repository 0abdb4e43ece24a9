import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const PARTS = ['versions', 'comments', 'export'] as const;

/** Parts of co-editing that are planned but not built: said plainly, with nothing to click. */
export function NotBuiltPanel() {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="note-not-built"
      data-testid="note-not-built"
    >
      <Title order={2} size="h4" id="note-not-built" mb="xs">
        {t('notes.notBuilt.label')}
      </Title>
      <Stack gap={6}>
        {PARTS.map((part) => (
          <Text key={part} size="sm">
            <Text span fw={700}>
              {t('notes.notBuilt.title')}
            </Text>
            {' — '}
            {t(`notes.notBuilt.${part}`)}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}
