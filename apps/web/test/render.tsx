import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { IntlProvider } from 'react-intl';
import { MemoryRouter } from 'react-router';
import en from '../src/i18n/messages/en.json';
import pl from '../src/i18n/messages/pl.json';
import { LocaleContext } from '../src/i18n/locale-provider';
import type { Locale } from '../src/i18n/locales';
import { Session } from '../src/session/session';
import { SessionProvider } from '../src/session/session-context';

/** A component as the app shows it: theme, router, session and one language's catalogue. */
export function renderInApp(ui: ReactElement, locale: Locale = 'pl'): RenderResult {
  return render(
    <SessionProvider session={new Session()}>
      <MantineProvider>
        <LocaleContext.Provider value={{ locale, setLocale: () => {} }}>
          <IntlProvider locale={locale} messages={locale === 'pl' ? pl : en}>
            <MemoryRouter>{ui}</MemoryRouter>
          </IntlProvider>
        </LocaleContext.Provider>
      </MantineProvider>
    </SessionProvider>,
  );
}
