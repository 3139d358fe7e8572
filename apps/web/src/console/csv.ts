import { downloadFile } from '../ui/download-file';

/**
 * Text a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return before
 * one) gets a leading apostrophe, so it opens as the text people typed (OWASP's CSV injection
 * advice); numbers stay numbers.
 */
const asText = (value: string | number) =>
  typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);

/**
 * RFC 4180 CSV: every cell quoted, quotes doubled; a BOM so spreadsheets read Polish letters;
 * typed text never becomes a formula.
 */
export function toCsv(header: string[], rows: (string | number)[][]): string {
  const cell = (value: string | number) => `"${asText(value).replaceAll('"', '""')}"`;
  return '\uFEFF' + [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function downloadCsv(fileName: string, csv: string): void {
  downloadFile(fileName, csv, 'text/csv;charset=utf-8');
}
