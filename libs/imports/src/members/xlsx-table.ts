import { type CellValue, Workbook } from 'exceljs';
import { SheetFault, type SheetTable, sheetLimits } from './sheet-table';

/**
 * The bytes a zip says its files inflate to, from its central directory, without inflating
 * anything: a zip bomb is refused before a library unpacks it. ZIP64 sizes count as too large.
 */
export function inflatedZipBytes(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - 65_557); offset--) {
    if (view.getUint32(offset, true) === 0x06054b50) {
      end = offset;
      break;
    }
  }
  if (end < 0) throw new SheetFault('MALFORMED_FILE');
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  let total = 0;
  for (let entry = 0; entry < entries; entry++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) {
      throw new SheetFault('MALFORMED_FILE');
    }
    const size = view.getUint32(offset + 24, true);
    total += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
  return total;
}

/** What a person sees in a cell: a formula's last result (never computed here), a date's day. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: CellValue }).result;
    return result === undefined || typeof result === 'object'
      ? cellText(result ?? null)
      : String(result);
  }
  if ('text' in value) return String(value.text);
  return '';
}

/** The first sheet of an XLSX workbook as a table of text cells. */
export async function readXlsxTable(bytes: Uint8Array): Promise<SheetTable> {
  if (bytes.length > sheetLimits.fileBytes) throw new SheetFault('TOO_LARGE');
  if (inflatedZipBytes(bytes) > sheetLimits.inflatedBytes) throw new SheetFault('TOO_LARGE');
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new SheetFault('MALFORMED_FILE');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new SheetFault('MALFORMED_FILE');
  if (sheet.actualRowCount > sheetLimits.rows + 1) throw new SheetFault('TOO_MANY_ROWS');
  const read: { number: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value).trim();
    });
    read.push({ number, cells: Array.from(cells, (cell) => cell ?? '') });
  });
  const [header, ...rows] = read;
  return {
    headers: header?.number === 1 ? header.cells : [],
    rows: rows.filter(({ cells }) => cells.some((cell) => cell !== '')),
  };
}
