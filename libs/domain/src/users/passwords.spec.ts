import { DomainException } from '../errors/domain.exception';
import { Language } from '../enums';
import { assertStrongPassword, hashPassword, verifyPassword } from './passwords';

const anna = { email: 'anna.kowalska@firma.pl', fullName: 'Anna Kowalska', language: Language.en };

const rejection = (password: string, user = anna): string => {
  try {
    assertStrongPassword(password, user);
  } catch (error) {
    if (error instanceof DomainException) return error.message;
    throw error;
  }
  return 'accepted';
};

describe('passwords', () => {
  it.each([
    ['Password123', /easy to guess/],
    ['Qwerty12345', /easy to guess/],
    ['P@ssw0rd2026', /easy to guess.*similar to a commonly used password/],
    ['Short1!', /too short/],
    ['Aaaaaaaaaaaa', /easy to guess/],
    ['anna.kowalska2026', /e-mail address or name/],
    ['Kowalska-Tokarka-2026', /e-mail address or name/],
    ['x'.repeat(129), /too long/],
    // Polish "hasło" typed without its diacritic, a year and "!".
    ['Haslo2026!', /easy to guess/],
    ['Hasło2026!', /easy to guess/],
  ])('rejects %s and says why', (password, reason) => {
    expect(rejection(password)).toMatch(reason);
  });

  it.each(['Password123', 'Haslo2026!', 'Qwerty12345', 'Aaaaaaaaaaaa'])(
    'words the reason for %s as sentences, each with one full stop between',
    (password) => {
      for (const language of [Language.en, Language.pl]) {
        const message = rejection(password, { ...anna, language });
        expect(message).not.toMatch(/\.\.|\.$|\s\./);
        expect(message).toMatch(/\. \p{Lu}/u);
      }
    },
  );

  it('knows Polish words and names, and answers in Polish', () => {
    const message = rejection('Kowalski2026!', { ...anna, language: Language.pl });
    expect(message).toMatch(/zbyt łatwe do odgadnięcia/);
    expect(message).toMatch(/imiona i nazwiska/);
    expect(rejection('Zółw-Kowalska-99', { ...anna, language: Language.pl })).toMatch(
      /adresu e-mail ani imienia/,
    );
  });

  it.each([
    'Tokarka-CNC-2026',
    'Demo-Klaster-2026!',
    'Admin-Platform-2026!',
    'Frezarka-CNC-2026',
    'Nowe-Haslo-Tokarka-2027',
    'Inne-Haslo-Frezarka-99',
  ])('accepts %s', (password) => {
    expect(rejection(password)).toBe('accepted');
  });

  it('hashes with Argon2id and verifies', async () => {
    const hashed = await hashPassword('Tokarka-CNC-2026');
    expect(hashed.startsWith('$argon2id$')).toBe(true);
    await expect(verifyPassword(hashed, 'Tokarka-CNC-2026')).resolves.toBe(true);
    await expect(verifyPassword(hashed, 'tokarka-cnc-2026')).resolves.toBe(false);
  });
});
