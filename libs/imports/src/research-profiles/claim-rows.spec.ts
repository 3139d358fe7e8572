import { readCsvTable } from '../members/sheet-table';
import { readClaimRows } from './claim-rows';

const table = (text: string) => readCsvTable(new TextEncoder().encode(text));

describe('readClaimRows', () => {
  it('reads iDs, addresses, languages and names under Polish or English headers', () => {
    const { rows, problems } = readClaimRows(
      table(
        'ORCID iD;Adres e-mail;Język;Imię i nazwisko\r\n' +
          'https://orcid.org/0000-0002-1825-0097;Ewa@Uczelnia.example;angielski;Ewa Przykładowa\r\n' +
          '0000-0001-5109-3700;jan@uczelnia.example;;\r\n',
      ),
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        row: 2,
        orcidId: '0000-0002-1825-0097',
        email: 'ewa@uczelnia.example',
        language: 'en',
        fullName: 'Ewa Przykładowa',
      },
      {
        row: 3,
        orcidId: '0000-0001-5109-3700',
        email: 'jan@uczelnia.example',
        language: null,
        fullName: null,
      },
    ]);
  });

  it('names every bad cell by row and column, and a missing column once', () => {
    expect(readClaimRows(table('name;email\nEwa;ewa@x.example\n')).problems).toEqual([
      { row: 1, column: 'orcid', code: 'MISSING_COLUMN' },
    ]);
    const { rows, problems } = readClaimRows(
      table(
        'orcid,email,language\n' +
          '0000-0002-1825-0098,ewa@x.example,pl\n' +
          '0000-0002-1825-0097,not-an-address,pl\n' +
          '0000-0001-5109-3700,jan@x.example,klingon\n' +
          '0000-0001-5109-3700,jan@x.example,en\n' +
          '0000-0001-5109-3700,jan@x.example,en\n',
      ),
    );
    expect(problems).toEqual([
      { row: 2, column: 'orcid', code: 'INVALID_ORCID' },
      { row: 3, column: 'email', code: 'INVALID_EMAIL' },
      { row: 4, column: 'language', code: 'INVALID_LANGUAGE' },
      { row: 6, column: 'orcid', code: 'DUPLICATE' },
    ]);
    expect(rows.map((row) => row.row)).toEqual([5]);
  });
});
