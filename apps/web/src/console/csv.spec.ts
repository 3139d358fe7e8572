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
});
