import { Workbook } from 'exceljs';
import { readMemberRows } from './member-rows';
import { type SheetFault } from './sheet-table';
import { inflatedZipBytes, readXlsxTable } from './xlsx-table';

/** A member list as Excel saves it: numbers as numbers, dates as dates, a formula, rich text. */
async function memberWorkbook(): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Członkowie');
  sheet.addRow([
    'Nazwa organizacji',
    'Rodzaj',
    'NIP',
    'Miejscowość',
    'Województwo',
    'Członek od',
    'E-mail',
    'Imię i nazwisko',
  ]);
  sheet.addRow([
    'Zakład Przykład Sp. z o.o.',
    'firma',
    7120162157,
    'Świdnik',
    'lubelskie',
    new Date(Date.UTC(2024, 2, 15)),
    'jan@przyklad.example',
    'Jan Przykład',
  ]);
  const row = sheet.addRow(['', 'uczelnia', '', '', 'lubelskie', '', '', '']);
  row.getCell(1).value = {
    richText: [{ text: 'Politechnika ' }, { font: { bold: true }, text: 'Zmyślona' }],
  };
  row.getCell(4).value = { formula: 'UPPER("lublin")', result: 'LUBLIN' };
  sheet.addRow([]);
  sheet.addRow(['=HYPERLINK("http://evil.example","x")', 'firma', '', 'Radom', '', '', '', '']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('an XLSX member list', () => {
  it('reads numbers, dates, rich text and a formula’s stored result as the text people see', async () => {
    const table = await readXlsxTable(await memberWorkbook());
    expect(table.headers[5]).toBe('Członek od');
    expect(table.rows.map((row) => row.number)).toEqual([2, 3, 5]);
    expect(table.rows[0]!.cells.slice(2, 6)).toEqual([
      '7120162157',
      'Świdnik',
      'lubelskie',
      '2024-03-15',
    ]);
    expect(table.rows[1]!.cells[0]).toBe('Politechnika Zmyślona');
    expect(table.rows[1]!.cells[3]).toBe('LUBLIN');
    // Text that looks like a formula is kept as the text typed, never run.
    expect(table.rows[2]!.cells[0]).toBe('=HYPERLINK("http://evil.example","x")');
    const { members, problems } = readMemberRows(table);
    expect(problems).toEqual([]);
    expect(members.map((member) => member.organization.name)).toEqual([
      'Zakład Przykład Sp. z o.o.',
      'Politechnika Zmyślona',
      '=HYPERLINK("http://evil.example","x")',
    ]);
  });

  it('refuses what is not a workbook, and a zip that says it inflates past the limit, unread', async () => {
    const codeOf = (bytes: Uint8Array) =>
      readXlsxTable(bytes).then(
        () => 'read',
        (error: SheetFault) => error.code,
      );
    expect(await codeOf(Buffer.from('Nazwa;Miasto\nX;Y\n'))).toBe('MALFORMED_FILE');
    const workbook = await memberWorkbook();
    expect(await codeOf(workbook.subarray(0, workbook.length - 200))).toBe('MALFORMED_FILE');

    // The same workbook whose central directory claims 4 GB for its first file: a zip bomb.
    const bomb = Buffer.from(workbook);
    const entry = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bomb.writeUInt32LE(0xfffffffe, entry + 24);
    expect(inflatedZipBytes(bomb)).toBeGreaterThan(4e9);
    expect(await codeOf(bomb)).toBe('TOO_LARGE');
    expect(inflatedZipBytes(workbook)).toBeLessThan(100_000);
  });
});
