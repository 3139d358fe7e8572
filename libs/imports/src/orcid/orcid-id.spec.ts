import { orcidId } from './orcid-id';

describe('ORCID iDs', () => {
  it('accepts the iD ORCID documents, bare or as its URL, and gives it bare', () => {
    expect(orcidId('0000-0002-1825-0097')).toBe('0000-0002-1825-0097');
    expect(orcidId('https://orcid.org/0000-0002-1825-0097')).toBe('0000-0002-1825-0097');
    // An invented iD whose check character is X (ISO 7064 MOD 11-2 gives 10).
    expect(orcidId('9999-0000-1234-007x')).toBe('9999-0000-1234-007X');
  });

  it('refuses a wrong check character and what is not an iD', () => {
    for (const typed of [
      '0000-0002-1825-0098',
      '0000000218250097',
      'https://example.org/0000-0002-1825-0097',
      '',
      null,
    ]) {
      expect(orcidId(typed)).toBeNull();
    }
  });
});
