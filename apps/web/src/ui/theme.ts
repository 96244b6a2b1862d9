import { createTheme, darken, luminance } from '@mantine/core';
import type { AnchorProps, CSSVariablesResolver, MantineColorsTuple, MantineTheme } from '@mantine/core';

/** WCAG 2.1 AA for normal text: badges and captions are small, so every text colour must reach it. */
export const TEXT_CONTRAST = 4.5;

// The darkest of the light surfaces text sits on (cards and inputs are white; the page and table headers grey).
const TINTED_SURFACE = '#f1f3f5';
const WHITE_TEXT = '#ffffff';

export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (lighter + 0.05) / (darker + 0.05);
}

/** `color`, darkened in small steps until text of it (or white text on it) reads at AA against `against`. */
export function readableOn(color: string, against: string): string {
  let ink = color;
  for (let step = 0; step < 40 && contrastRatio(ink, against) < TEXT_CONTRAST; step++) {
    ink = darken(ink, 0.04);
  }
  return ink;
}

const PRIMARY_SHADE = 6;

/**
 * Mantine's default palette puts white on mid shades and shade 9 on shade 1 in light badges: several of those read
 * at 3–4:1. Every colour's text, filled, light and outline variables are darkened just enough to read at AA.
 */
function readableColorVariables(colors: Record<string, MantineColorsTuple>): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const [name, shades] of Object.entries(colors)) {
    if (name === 'dark') continue;
    const filled = readableOn(shades[PRIMARY_SHADE], WHITE_TEXT);
    variables[`--mantine-color-${name}-filled`] = filled;
    variables[`--mantine-color-${name}-filled-hover`] = darken(filled, 0.1);
    // Light variants: shade 9 text on shade 1 (shade 2 on hover).
    variables[`--mantine-color-${name}-light-color`] = readableOn(shades[9], shades[2]);
    variables[`--mantine-color-${name}-outline`] = readableOn(shades[PRIMARY_SHADE], TINTED_SURFACE);
    variables[`--mantine-color-${name}-text`] = readableOn(shades[PRIMARY_SHADE], TINTED_SURFACE);
  }
  return variables;
}

export const cssVariablesResolver: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: {
    ...readableColorVariables(theme.colors),
    '--mantine-color-dimmed': readableOn(theme.colors.gray[6], TINTED_SURFACE),
    '--mantine-color-anchor': readableOn(theme.colors[theme.primaryColor][PRIMARY_SHADE], TINTED_SURFACE),
    '--mantine-color-error': readableOn(theme.colors.red[6], TINTED_SURFACE),
  },
  dark: {},
});

// Neutral greys with a single accent (indigo) for actions, links and the active navigation item.
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: PRIMARY_SHADE, dark: 5 },
  defaultRadius: 'md',
  fontFamily: 'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: {
    fontFamily:
      'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    fontWeight: '650',
  },
  components: {
    // A link inside a sentence is told from the text around it by its underline, not by colour alone.
    Anchor: {
      styles: (_theme: MantineTheme, props: AnchorProps) =>
        props.inherit ? { root: { textDecoration: 'underline' } } : {},
    },
    Card: { defaultProps: { withBorder: true, padding: 'lg', radius: 'md', shadow: 'xs' } },
    Table: { defaultProps: { verticalSpacing: 'sm', horizontalSpacing: 'md', highlightOnHover: true } },
    // A table wider than a phone scrolls inside its container, which keyboard users must be able to focus to scroll.
    TableScrollContainer: { defaultProps: { type: 'native', tabIndex: 0 } },
  },
});
