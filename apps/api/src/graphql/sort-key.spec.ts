import { type KeyedOrder, sortKey } from './sort-key';

const order = (sortType: KeyedOrder['sortType'], direction: KeyedOrder['direction']) => ({
  sortType,
  direction,
});
const ids = ['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b'];

/** The texts sorted by their keys, as a client would. */
const byKey = (keyOrder: KeyedOrder, rows: [string, string][]) =>
  rows
    .map(([text, id]) => ({ text, id, key: sortKey(keyOrder, text, id)! }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ text, id }) => `${text}/${id.slice(-1)}`);

describe('sortKey', () => {
  it('orders numbers as numbers both ways, negative and fractional, ties by id', () => {
    const rows: [string, string][] = [
      ['0.5', ids[1]!],
      ['-2', ids[0]!],
      ['0.5', ids[0]!],
      ['10', ids[0]!],
      ['0.25', ids[0]!],
      ['-0.5', ids[0]!],
      ['0', ids[0]!],
    ];
    expect(byKey(order('number', 'ASC'), rows)).toEqual([
      '-2/a',
      '-0.5/a',
      '0/a',
      '0.25/a',
      '0.5/a',
      '0.5/b',
      '10/a',
    ]);
    expect(byKey(order('number', 'DESC'), rows)).toEqual([
      '10/a',
      '0.5/b',
      '0.5/a',
      '0.25/a',
      '0/a',
      '-0.5/a',
      '-2/a',
    ]);
  });

  it('orders timestamps to the microsecond across offsets, with the infinities at the ends', () => {
    const rows: [string, string][] = [
      ['2026-12-04 21:00:00.000002+00', ids[0]!],
      ['infinity', ids[0]!],
      ['2026-12-04 22:00:00.000001+01', ids[0]!],
      ['-infinity', ids[0]!],
      ['2026-12-04 21:00:00+00', ids[1]!],
      ['1969-07-20 20:17:40+00', ids[0]!],
    ];
    expect(byKey(order('timestamp', 'ASC'), rows)).toEqual([
      '-infinity/a',
      '1969-07-20 20:17:40+00/a',
      '2026-12-04 21:00:00+00/b',
      '2026-12-04 22:00:00.000001+01/a',
      '2026-12-04 21:00:00.000002+00/a',
      'infinity/a',
    ]);
    expect(byKey(order('timestamp', 'DESC'), rows)).toEqual([
      'infinity/a',
      '2026-12-04 21:00:00.000002+00/a',
      '2026-12-04 22:00:00.000001+01/a',
      '2026-12-04 21:00:00+00/b',
      '1969-07-20 20:17:40+00/a',
      '-infinity/a',
    ]);
  });

  it('gives no key for text orders', () => {
    expect(sortKey(order('text', 'ASC'), 'abc', ids[0]!)).toBeNull();
  });
});
