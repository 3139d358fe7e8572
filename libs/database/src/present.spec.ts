import { oneOf, present } from './present';

describe('present', () => {
  it('narrows columns that hold a value on every row', () => {
    const rows: { id: string; email: string | null }[] = [{ id: '1', email: 'a@example.com' }];
    const checked: { id: string; email: string }[] = present(rows, 'email');
    expect(checked).toBe(rows);
  });

  it('fails on the first row whose column is null', () => {
    expect(() => present([{ email: 'a' }, { email: null }], 'email')).toThrow(
      'Column email is null',
    );
  });
});

describe('oneOf', () => {
  enum Colour {
    RED = 'RED',
  }

  it('passes a value of the enum and refuses any other', () => {
    expect(oneOf(Colour, 'RED')).toBe(Colour.RED);
    expect(() => oneOf(Colour, 'BLUE')).toThrow('Unexpected value BLUE');
    expect(oneOf(Colour, null)).toBeNull();
  });
});
