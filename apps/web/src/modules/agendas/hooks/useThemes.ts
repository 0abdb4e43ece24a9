import { useQuery } from '@apollo/client/react';
import { THEMES } from '@berne/domain';
import { ThemesQuery } from '../../briefing-notes/graphql/briefing-notes.operations';
import type { Language } from '../../../i18n/language';

export interface ThemeInfo {
  code: string;
  name: string;
  nameFr: string;
}

/**
 * The themes from the API; the shared taxonomy stands in until the answer arrives. `themeName`
 * gives a theme's name in the interface language (its code when unknown).
 */
export function useThemes(language: Language): {
  themes: readonly ThemeInfo[];
  themeName: (code: string) => string;
} {
  const { data } = useQuery(ThemesQuery, { fetchPolicy: 'cache-first' });
  const themes: readonly ThemeInfo[] = data?.themes ?? THEMES;
  return {
    themes,
    themeName: (code) => {
      const theme = themes.find((t) => t.code === code);
      if (!theme) return code;
      return language === 'fr' ? theme.nameFr : theme.name;
    },
  };
}
