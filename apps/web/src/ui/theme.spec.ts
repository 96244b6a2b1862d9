import { describe, expect, it } from '@jest/globals';
import { DEFAULT_THEME, mergeThemeOverrides } from '@mantine/core';
import type { MantineTheme } from '@mantine/core';
import { TEXT_CONTRAST, contrastRatio, cssVariablesResolver, readableOn, theme } from './theme';

const full = mergeThemeOverrides(DEFAULT_THEME, theme) as MantineTheme;
const light = cssVariablesResolver(full).light as Record<string, string>;

describe('theme: every text colour reads at WCAG AA', () => {
  const colours = Object.keys(full.colors).filter((name) => name !== 'dark');

  it.each(colours)(
    '%s: white on filled, light text on its tint, text and outline on a grey surface',
    (name: string) => {
      const shades = full.colors[name];
      expect(contrastRatio('#ffffff', light[`--mantine-color-${name}-filled`])).toBeGreaterThanOrEqual(TEXT_CONTRAST);
      expect(contrastRatio(light[`--mantine-color-${name}-light-color`], shades[2])).toBeGreaterThanOrEqual(
        TEXT_CONTRAST,
      );
      expect(contrastRatio(light[`--mantine-color-${name}-text`], '#f1f3f5')).toBeGreaterThanOrEqual(TEXT_CONTRAST);
      expect(contrastRatio(light[`--mantine-color-${name}-outline`], '#f1f3f5')).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    },
  );

  it('dimmed text, links and errors', () => {
    for (const variable of ['--mantine-color-dimmed', '--mantine-color-anchor', '--mantine-color-error']) {
      expect(contrastRatio(light[variable], '#f1f3f5')).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    }
  });

  it('darkens only as far as it must: readable colours are kept, dimmed text stays a lighter grey', () => {
    expect(readableOn('#212529', '#ffffff')).toBe('#212529');
    expect(contrastRatio(light['--mantine-color-dimmed'], '#f1f3f5')).toBeLessThan(TEXT_CONTRAST + 1);
  });
});
