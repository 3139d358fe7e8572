import { parse } from 'csv-parse/sync';
import { decode } from 'iconv-lite';

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
  const text = decodeCsvBytes(bytes);
  const records: string[][] = parse(text, {
    delimiter: separatorOf(text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    trim: true,
  });
  const [headers = [], ...rest] = records;
  return {
    headers,
    rows: rest
      .map((cells, index) => ({ number: index + 2, cells }))
      .filter(({ cells }) => cells.some((cell) => cell !== '')),
  };
}
