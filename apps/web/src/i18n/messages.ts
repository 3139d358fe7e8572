import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { CatalogueArea } from './areas';
import type en from './messages/en.json';
import type { Locale } from './locales';

export type MessageId = keyof typeof en;
export type CompiledMessages = Record<string, MessageFormatElement[]>;

declare global {
  // react-intl checks every message id against the English catalogue at compile time.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}

/** Each language and area is its own chunk: a page loads only what its reader needs. */
export function loadMessages(locale: Locale, area: CatalogueArea): Promise<CompiledMessages> {
  const chunk =
    locale === 'pl'
      ? area === 'public'
        ? import('./messages/pl.json?public')
        : import('./messages/pl.json?app')
      : area === 'public'
        ? import('./messages/en.json?public')
        : import('./messages/en.json?app');
  return chunk.then((module) => module.default);
}
