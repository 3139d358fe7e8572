import { isSortText } from './pagination';

describe('cursor sort values', () => {
  it.each([
    '2026-12-03 10:00:00.123456+00',
    '2026-12-03 10:00:00+05:30',
    '2024-02-29 23:59:59+00',
    '2026-12-03T10:00:00Z',
    'infinity',
    '-infinity',
  ])('takes the timestamp PostgreSQL printed: %s', (text) => {
    expect(isSortText.timestamp(text)).toBe(true);
  });

  it.each([
    '2026-02-30 10:00:00+00',
    '2025-02-29 10:00:00+00',
    '2026-04-31 10:00:00+00',
    '2026-13-01 10:00:00+00',
    '2026-00-10 10:00:00+00',
    '0000-01-01 00:00:00+00',
    '2026-12-03 24:00:01+00',
    '2026-12-03 10:60:00+00',
    '2026-12-03 10:00:60+00',
    '2026-12-03 10:00:00+16',
    '0.5',
    '',
  ])('refuses a timestamp that does not exist: %s', (text) => {
    expect(isSortText.timestamp(text)).toBe(false);
  });

  it.each(['0.5', '1', '0', '-0', '0.000', '1e-300', '1.5E+10', '.5'])(
    'takes the number %s',
    (text) => {
      expect(isSortText.number(text)).toBe(true);
    },
  );

  it.each(['1e999', '-1e999', '1e-999', '0.1e-400', '0x10', 'NaN', 'Infinity', '1_000', ''])(
    'refuses a number PostgreSQL cannot hold as float8: %s',
    (text) => {
      expect(isSortText.number(text)).toBe(false);
    },
  );

  it('refuses a text holding NUL', () => {
    expect(isSortText.text('Politechnika')).toBe(true);
    expect(isSortText.text('a\u0000b')).toBe(false);
  });
});
