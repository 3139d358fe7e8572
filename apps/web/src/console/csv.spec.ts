import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes every cell, doubles quotes and starts with a BOM', () => {
    expect(
      toCsv(
        ['sektor', 'liczba'],
        [
          ['C29 "pojazdy"', 3],
          ['Łódź, centrum', 0],
        ],
      ),
    ).toBe('\uFEFF"sektor","liczba"\r\n"C29 ""pojazdy""","3"\r\n"Łódź, centrum","0"\r\n');
  });

  it('keeps text that a spreadsheet would run as a formula as text, and numbers as numbers', () => {
    const csv = toCsv(
      ['tytuł', 'wynik'],
      [
        ['=HYPERLINK("http://evil.example","kliknij")', -3],
        ['+48 81 000 00 00', 0],
        ['-5 zł', 1],
        ['@SUM(A1:A2)', 2],
        ['\t=1+1', 3],
        ['Zwykły tytuł', 4],
      ],
    );
    expect(csv.split('\r\n').slice(1, -1)).toEqual([
      '"\'=HYPERLINK(""http://evil.example"",""kliknij"")","-3"',
      '"\'+48 81 000 00 00","0"',
      '"\'-5 zł","1"',
      '"\'@SUM(A1:A2)","2"',
      '"\'\t=1+1","3"',
      '"Zwykły tytuł","4"',
    ]);
  });
});
