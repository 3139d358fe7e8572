import type en from './messages/en.json';
import type { Locale } from './locales';

export type Messages = typeof en;
export type MessageId = keyof Messages;

declare global {
  // react-intl checks every message id against the English catalogue at compile time.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}

/** Each catalogue is its own chunk: a page loads only its reader's language. */
export const loadMessages = (locale: Locale): Promise<Messages> =>
  locale === 'pl'
    ? import('./messages/pl.json').then((module) => module.default)
    : import('./messages/en.json').then((module) => module.default);
