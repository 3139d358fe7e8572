import { Badge, createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  // WCAG AA wants 4.5:1 for small text: Mantine's blue 6 and 7 fall short on white, 8 passes.
  primaryShade: 8,
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", "Noto Sans", Arial, sans-serif',
  components: {
    // A badge is a word or two: beside a long title it keeps its width and the title wraps.
    Badge: Badge.extend({ styles: { root: { flexShrink: 0 } } }),
  },
});

/**
 * For WCAG AA contrast on white: dimmed text in gray 7 (7:1) instead of gray 6 (3.3:1), and
 * error texts and invalid inputs in red 8 instead of red 6 (3.3:1).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-8)',
  },
  dark: {},
});
