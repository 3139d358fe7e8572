import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);

/** The formats the field shows a date in; numbers are read day first, as in Poland. */
const formats = ['YYYY-MM-DD', 'D MMMM YYYY', 'D MMM YYYY'];
const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;

/** A typed date as `YYYY-MM-DD`, or null when it is no calendar date (31.02, "soon"). */
export function parseTypedDate(text: string, locale: string): string | null {
  const numbers = dayFirst.exec(text.trim());
  const typed = numbers
    ? `${numbers[3]}-${numbers[2]!.padStart(2, '0')}-${numbers[1]!.padStart(2, '0')}`
    : text.trim();
  for (const format of formats) {
    const date = dayjs(typed, format, locale, true);
    if (date.isValid()) return date.format('YYYY-MM-DD');
  }
  return null;
}

/** Today on the reader's calendar, as `YYYY-MM-DD`. */
export const localToday = (): string => dayjs().format('YYYY-MM-DD');
