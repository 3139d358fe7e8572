import { parse } from 'csv-parse/sync';
import { decode } from 'iconv-lite';

/**
 * What an uploaded spreadsheet may be: 10 MB holds 10,000 member rows many times over; a zip
 * (XLSX) may say it inflates to 100 MB at most, so a zip bomb is refused unread.
 */
export const sheetLimits = {
  fileBytes: 10 * 1024 * 1024,
  inflatedBytes: 100 * 1024 * 1024,
  rows: 10_000,
};

/** Why a file could not be read as a spreadsheet, by a code the API and the page can name. */
export class SheetFault extends Error {
  constructor(
    readonly code: 'TOO_LARGE' | 'TOO_MANY_ROWS' | 'MALFORMED_FILE' | 'UNSUPPORTED_TYPE',
  ) {
    super(`The spreadsheet could not be read: ${code}`);
  }
}

/** A spreadsheet's first sheet as text cells: its header row and the rows under it. */
export interface SheetTable {
  headers: string[];
  /** Each with its row number as the spreadsheet shows it (the header is row 1). */
  rows: { number: number; cells: string[] }[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A CSV file's text as Polish offices save it: UTF-8 (with or without a BOM) or, when the bytes
 * are not UTF-8, Windows-1250 (Excel's "CSV" on a Polish Windows).
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = decode(Buffer.from(bytes), 'win1250');
  }
  return text.replace(/^\uFEFF/, '');
}

/** The separator the header row uses most: Polish Excel writes semicolons, others commas or tabs. */
function separatorOf(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [';', ',', '\t'].map((separator) => ({
    separator,
    count: header.split(separator).length - 1,
  }));
  return counts.sort((a, b) => b.count - a.count)[0]!.separator;
}

/** Reads a CSV file into a table; rows with no text at all (Excel's trailing ones) are left out. */
export function readCsvTable(bytes: Uint8Array): SheetTable {
  if (bytes.length > sheetLimits.fileBytes) throw new SheetFault('TOO_LARGE');
  const text = decodeCsvBytes(bytes);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: separatorOf(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      trim: true,
    });
  } catch {
    // A quote left open, or text after a closing one: no reading of it is the file's.
    throw new SheetFault('MALFORMED_FILE');
  }
  if (records.length > sheetLimits.rows + 1) throw new SheetFault('TOO_MANY_ROWS');
  const [headers = [], ...rest] = records;
  return {
    headers,
    rows: rest
      .map((cells, index) => ({ number: index + 2, cells }))
      .filter(({ cells }) => cells.some((cell) => cell !== '')),
  };
}
