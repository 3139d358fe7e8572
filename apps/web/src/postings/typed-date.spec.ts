import 'dayjs/locale/pl';
import { parseTypedDate } from './typed-date';

describe('a typed date', () => {
  it.each([
    ['1.01.2020', '2020-01-01'],
    ['31.12.2027', '2027-12-31'],
    [' 3/4/2027 ', '2027-04-03'],
    ['2027-04-03', '2027-04-03'],
    ['3 kwietnia 2027', '2027-04-03'],
  ])('reads %s', (text, date) => {
    expect(parseTypedDate(text, 'pl')).toBe(date);
  });

  it('reads the English month names the field shows', () => {
    expect(parseTypedDate('3 April 2027', 'en')).toBe('2027-04-03');
  });

  it.each(['31.02.2027', '13.13.2027', 'wkrótce', '1.01', ''])('refuses %p', (text) => {
    expect(parseTypedDate(text, 'pl')).toBeNull();
  });
});
