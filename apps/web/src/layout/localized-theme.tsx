import { MantineThemeProvider, type MantineThemeOverride } from '@mantine/core';
import { type ReactNode, useMemo } from 'react';
import { useIntl } from 'react-intl';

/**
 * Names for the icon-only buttons Mantine draws itself (closing a notification or a dialog,
 * clearing a field), in the reader's language, so screen readers announce them.
 */
export function LocalizedTheme({ children }: { children: ReactNode }) {
  const intl = useIntl();
  const theme = useMemo<MantineThemeOverride>(() => {
    const close = { 'aria-label': intl.formatMessage({ id: 'action.close' }) };
    const clear = { 'aria-label': intl.formatMessage({ id: 'action.clear' }) };
    return {
      components: {
        Notification: {
          defaultProps: { closeButtonProps: close },
          // Mantine's gray 6 description is 3.3:1 on white; gray 7 passes WCAG AA.
          styles: { description: { color: 'var(--mantine-color-gray-7)' } },
        },
        Modal: { defaultProps: { closeButtonProps: close } },
        Select: { defaultProps: { clearButtonProps: clear } },
        MultiSelect: { defaultProps: { clearButtonProps: clear } },
        TagsInput: { defaultProps: { clearButtonProps: clear } },
        DateInput: { defaultProps: { clearButtonProps: clear } },
      },
    };
  }, [intl]);
  return <MantineThemeProvider theme={theme}>{children}</MantineThemeProvider>;
}
