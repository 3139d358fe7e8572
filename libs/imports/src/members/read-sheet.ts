import { readCsvTable, SheetFault, type SheetTable } from './sheet-table';
import { readXlsxTable } from './xlsx-table';

const startsWith = (bytes: Uint8Array, magic: number[]) =>
  magic.every((byte, index) => bytes[index] === byte);

/** Every XLSX is a zip. */
const zip = [0x50, 0x4b, 0x03, 0x04];
/** Excel 97–2003 (.xls) and other OLE2 files: asked to be saved as XLSX or CSV instead. */
const ole2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * An uploaded spreadsheet by what its bytes are, whatever its name says: an XLSX workbook, or
 * CSV text. Anything else (an old .xls, a PDF, a picture: bytes no text has) is refused unread.
 */
export async function readSheet(bytes: Uint8Array): Promise<SheetTable> {
  if (startsWith(bytes, zip)) return readXlsxTable(bytes);
  if (startsWith(bytes, ole2) || bytes.subarray(0, 8192).includes(0)) {
    throw new SheetFault('UNSUPPORTED_TYPE');
  }
  return readCsvTable(bytes);
}
