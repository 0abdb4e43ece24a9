import { Anchor, Group } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/i18n';
import { useThemes } from '../hooks/useThemes';

/** An item's themes, each a link to the theme's timeline across rounds. */
export function ThemeBadges({ codes }: { codes: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const { themeName } = useThemes(currentLanguage(i18n.resolvedLanguage));
  if (codes.length === 0) return null;
  return (
    <Group gap={6} component="ul" aria-label={t('agendas.item.themes')} className="theme-links">
      {codes.map((code) => (
        <li key={code} style={{ listStyle: 'none' }}>
          <Anchor
            component={Link}
            to={`/themes/${encodeURIComponent(code)}`}
            size="sm"
            className="theme-link"
            data-theme-code={code}
            title={t('agendas.item.themeTimeline', { theme: themeName(code) })}
          >
            {themeName(code)}
          </Anchor>
        </li>
      ))}
    </Group>
  );
}
