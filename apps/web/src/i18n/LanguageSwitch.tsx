import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES } from './language';
import { currentLanguage } from './i18n';

/** EN / FR toggle; the choice is stored by i18n.ts and sets `<html lang>`. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const active = currentLanguage(i18n.resolvedLanguage);
  return (
    <Group
      gap={4}
      role="group"
      aria-label={t('language.label')}
      wrap="nowrap"
      data-testid="language-switch"
    >
      {SUPPORTED_LANGUAGES.map((language) => (
        <Button
          key={language}
          size="compact-sm"
          variant={language === active ? 'filled' : 'default'}
          aria-pressed={language === active}
          lang={language}
          title={t(`language.names.${language}`)}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {language.toUpperCase()}
        </Button>
      ))}
    </Group>
  );
}
