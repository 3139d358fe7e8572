import { Workbook } from 'exceljs';
import { readSheet } from './read-sheet';
import { SheetFault } from './sheet-table';

const codeOf = (bytes: Uint8Array) =>
  readSheet(bytes).then(
    () => 'read',
    (error: unknown) => (error instanceof SheetFault ? error.code : String(error)),
  );

describe('an uploaded spreadsheet', () => {
  it('is read as XLSX or CSV by its bytes, whatever it is called', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('Członkowie').addRows([['Organizacja'], ['Przykład']]);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect((await readSheet(xlsx)).rows[0]?.cells).toEqual(['Przykład']);
    expect((await readSheet(Buffer.from('Organizacja\nPrzykład\n'))).rows[0]?.cells).toEqual([
      'Przykład',
    ]);
  });

  it('takes a CSV no reading can make sense of for malformed, not for a crash', async () => {
    expect(await codeOf(Buffer.from('Organizacja;Miasto\n"Firma "X" sp. z o.o.";Lublin\n'))).toBe(
      'MALFORMED_FILE',
    );
    expect(await codeOf(Buffer.from('Organizacja;Miasto\n"Firma bez końca;Lublin\n'))).toBe(
      'MALFORMED_FILE',
    );
  });

  it('refuses an old .xls, a PDF or a picture unread, and a broken zip as malformed', async () => {
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 1, 2, 3])]);
    expect(await codeOf(xls)).toBe('UNSUPPORTED_TYPE');
    expect(await codeOf(png)).toBe('UNSUPPORTED_TYPE');
    expect(await codeOf(pdf)).toBe('UNSUPPORTED_TYPE');
    expect(await codeOf(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe('MALFORMED_FILE');
  });
});
