import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { IntlProvider } from 'react-intl';
import { useSessionUser } from '../session/session-context';
import { type Locale, initialLocale, readChoice, rememberChoice } from './locales';
import { loadMessages, type Messages } from './messages';

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

export const LocaleContext = createContext<LocaleState | null>(null);

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useLocale outside LocaleProvider');
  return state;
}

/** Loads the reader's catalogue and provides react-intl (ICU plurals, Intl dates and money). */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const user = useSessionUser();
  // A language picked in this browser wins; else the signed-in user's setting, else the browser's.
  const [chosen, setChosen] = useState<Locale | null>(readChoice);
  const locale = chosen ?? initialLocale(user?.language);
  const [messages, setMessages] = useState<{ locale: Locale; messages: Messages } | null>(null);

  useEffect(() => {
    let current = true;
    void loadMessages(locale).then(
      (loaded) => current && setMessages({ locale, messages: loaded }),
    );
    document.documentElement.lang = locale;
    return () => {
      current = false;
    };
  }, [locale]);

  const state = useMemo<LocaleState>(
    () => ({
      locale,
      setLocale: (next) => {
        rememberChoice(next);
        setChosen(next);
      },
    }),
    [locale],
  );

  if (!messages) return null;
  return (
    <LocaleContext.Provider value={state}>
      <IntlProvider locale={messages.locale} messages={messages.messages} defaultLocale="en">
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}
