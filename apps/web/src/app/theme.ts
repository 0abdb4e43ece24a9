import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Mantine's defaults put white text on blue-6 (3.6:1) and grey "dimmed" text at 3.3:1; shade 8
 * and gray-7 keep text at WCAG AA (4.5:1) or better on white.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'sm',
  focusRing: 'auto',
  cursorType: 'pointer',
  respectReducedMotion: true,
  headings: { fontWeight: '700' },
});

/**
 * Hover background of the header's subtle buttons ("My account"). Mantine's subtle hover puts
 * blue-9 text on blue-2, 4.0:1; on blue-1 it is 4.9:1. Mantine's dark pair (blue-0 on a darkened
 * blue-9) is already 8.7:1.
 */
export const HEADER_BUTTON_HOVER = '--header-button-hover';

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-anchor': 'var(--mantine-color-blue-8)',
    [HEADER_BUTTON_HOVER]: 'var(--mantine-color-blue-1)',
  },
  dark: {
    [HEADER_BUTTON_HOVER]: 'var(--mantine-color-blue-light-hover)',
  },
});
