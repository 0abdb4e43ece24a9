import { DEFAULT_THEME, darken, luminance, mergeMantineTheme } from '@mantine/core';
import { HEADER_BUTTON_HOVER, cssVariablesResolver, theme } from '../theme';

const mantine = mergeMantineTheme(DEFAULT_THEME, theme);
const blue = mantine.colors.blue;

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The colour a Mantine blue variable stands for in a scheme (as get-css-color-variables sets it). */
function blueVariable(value: string, scheme: 'light' | 'dark'): string {
  const shade = /^var\(--mantine-color-blue-(\d)\)$/.exec(value);
  if (shade) return blue[Number(shade[1])];
  if (value === 'var(--mantine-color-blue-light-hover)') {
    return scheme === 'light' ? blue[2] : darken(blue[9], 0.3);
  }
  throw new Error(`not a blue palette variable: ${value}`);
}

// A subtle blue button's text is Mantine's blue light-color: blue-9 in light, blue-0 in dark.
const TEXT = { light: blue[9], dark: blue[0] } as const;

describe('header buttons on hover', () => {
  const variables = cssVariablesResolver(mantine);

  it('fall short of AA with Mantine’s own light hover (why the header sets its own)', () => {
    expect(
      contrast(TEXT.light, blueVariable('var(--mantine-color-blue-light-hover)', 'light')),
    ).toBeLessThan(4.5);
  });

  it.each(['light', 'dark'] as const)('keep AA contrast (4.5:1) in the %s theme', (scheme) => {
    const hover = variables[scheme][HEADER_BUTTON_HOVER];
    expect(hover).toBeDefined();
    expect(contrast(TEXT[scheme], blueVariable(hover, scheme))).toBeGreaterThanOrEqual(4.5);
  });
});
