export const locales = ['pl', 'en'] as const;
export type Locale = (typeof locales)[number];

const storageKey = 'locale';

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (locales as readonly string[]).includes(value);

/** The language picked in this browser; else the user's setting; else the browser's; else Polish. */
export function initialLocale(userLanguage?: string | null): Locale {
  const chosen = readChoice();
  if (chosen) return chosen;
  if (isLocale(userLanguage)) return userLanguage;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const language = tag.slice(0, 2).toLowerCase();
    if (isLocale(language)) return language;
  }
  return 'pl';
}

export function readChoice(): Locale | null {
  try {
    const value = localStorage.getItem(storageKey);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function rememberChoice(locale: Locale): void {
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // Private windows may refuse storage; the choice then lasts for this page.
  }
}
