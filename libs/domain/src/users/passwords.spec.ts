import { DomainException } from '../errors/domain.exception';
import { assertStrongPassword, hashPassword, verifyPassword } from './passwords';

describe('passwords', () => {
  it.each([
    ['Short1!', 'too short'],
    ['alllowercaseletters', 'one character class'],
    ['anna.kowalska2026', 'contains the e-mail local part'],
    ['Aaaaaaaa1234', 'repeats one character'],
  ])('rejects %s (%s)', (password) => {
    expect(() => assertStrongPassword(password, 'anna.kowalska@firma.pl')).toThrow(DomainException);
  });

  it('accepts a long mixed password', () => {
    expect(() => assertStrongPassword('Tokarka-CNC-2026', 'anna.kowalska@firma.pl')).not.toThrow();
  });

  it('hashes with Argon2id and verifies', async () => {
    const hashed = await hashPassword('Tokarka-CNC-2026');
    expect(hashed.startsWith('$argon2id$')).toBe(true);
    await expect(verifyPassword(hashed, 'Tokarka-CNC-2026')).resolves.toBe(true);
    await expect(verifyPassword(hashed, 'tokarka-cnc-2026')).resolves.toBe(false);
  });
});
