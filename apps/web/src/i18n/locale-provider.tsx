import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { IntlProvider } from 'react-intl';
import { useSessionUser } from '../session/session-context';
import { type Locale, initialLocale, readChoice, rememberChoice } from './locales';
import type { CatalogueArea } from './areas';
import { type CompiledMessages, loadMessages, type MessageId } from './messages';

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
  const publicMessages = useCatalogue(locale, 'public');
  // The signed-in app's words load once someone signs in, not on the sign-in page.
  const appMessages = useCatalogue(locale, user ? 'app' : null);

  useEffect(() => {
    document.documentElement.lang = locale;
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

  const messages = useMemo(
    () => (publicMessages && (!user || appMessages) ? { ...publicMessages, ...appMessages } : null),
    [publicMessages, appMessages, user],
  );
  if (!messages) return null;
  return (
    <LocaleContext.Provider value={state}>
      <IntlProvider
        locale={formattingLocales[locale]}
        // Each area has only its own keys; together they hold every id the pages use.
        messages={messages as Record<MessageId, CompiledMessages[string]>}
        defaultLocale="en"
      >
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

/** English dates and numbers as Europeans write them: "3 Dec 2026", not "12/3/26". */
const formattingLocales: Record<Locale, string> = { pl: 'pl', en: 'en-GB' };

/** One area of one language's catalogue; null while it loads or when not wanted. */
function useCatalogue(locale: Locale, area: CatalogueArea | null): CompiledMessages | null {
  const [loaded, setLoaded] = useState<{ key: string; messages: CompiledMessages } | null>(null);
  const key = `${locale}:${area}`;
  useEffect(() => {
    if (!area) return;
    let current = true;
    void loadMessages(locale, area).then((messages) => current && setLoaded({ key, messages }));
    return () => {
      current = false;
    };
  }, [locale, area, key]);
  return area && loaded?.key === key ? loaded.messages : null;
}
