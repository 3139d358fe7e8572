import { isValidNip, isValidRegon, registryDigits } from './tax-ids';

/** Numbers made up for the tests, their check digits computed by hand from the weights. */
describe('Polish registry numbers', () => {
  it('reads a NIP as people type it', () => {
    expect(registryDigits('PL 712-016-21-54')).toBe('7120162154');
    expect(registryDigits(' 712.016.21.54 ')).toBe('7120162154');
  });

  it('accepts a NIP whose check digit matches, in any typing', () => {
    // 1·6+2·5+3·7+4·2+5·3+6·4+7·5+8·6+9·7 = 230; 230 mod 11 = 10: no NIP ends that way.
    expect(isValidNip('1234567890')).toBe(false);
    // 5·6+2·5+6·7+0·2+0·3+0·4+1·5+2·6+3·7 = 120; 120 mod 11 = 10 again: refused.
    expect(isValidNip('5260001230')).toBe(false);
    // 7·6+1·5+2·7+0·2+1·3+6·4+2·5+1·6+5·7 = 139; 139 mod 11 = 7.
    expect(isValidNip('7120162157')).toBe(true);
    expect(isValidNip('PL 712-016-21-57')).toBe(true);
    expect(isValidNip('7120162154')).toBe(false);
  });

  it('refuses what is not ten digits', () => {
    for (const typed of ['', '712016215', '71201621577', '712O162157', 'PL']) {
      expect(isValidNip(typed)).toBe(false);
    }
  });

  it('accepts 9-digit REGONs by their check digit, a remainder of 10 reading 0', () => {
    // 1·8+2·9+3·2+4·3+5·4+6·5+7·6+8·7 = 192; 192 mod 11 = 5.
    expect(isValidRegon('123456785')).toBe(true);
    expect(isValidRegon('123456786')).toBe(false);
    // 0·8+0·9+0·2+0·3+0·4+0·5+1·6+1·7 = 13; 13 mod 11 = 2.
    expect(isValidRegon('000000112')).toBe(true);
    // 0·8+0·9+0·2+0·3+0·4+2·5+0·6+0·7 = 10: a remainder of 10 reads 0.
    expect(isValidRegon('000002000')).toBe(true);
  });

  it('accepts 14-digit REGONs only under a valid 9-digit parent', () => {
    // Parent 123456785, unit 0001: weighted sum of the first 13 digits
    // 1·2+2·4+3·8+4·5+5·0+6·9+7·7+8·3+5·6+0·1+0·2+0·4+1·8 = 219; 219 mod 11 = 10 → 0.
    expect(isValidRegon('12345678500010')).toBe(true);
    expect(isValidRegon('12345678500011')).toBe(false);
    expect(isValidRegon('12345678600010')).toBe(false);
    expect(isValidRegon('1234567850001')).toBe(false);
  });
});
