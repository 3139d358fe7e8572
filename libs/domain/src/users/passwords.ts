import { invalidInput } from '../errors/domain.exception';
import type { Language } from '../enums';
import { limits } from '../limits';
import { passwordWeakness } from './password-strength';
import { Algorithm, hash, verify } from '@node-rs/argon2';

/** OWASP's Argon2id baseline: 19 MiB, 2 passes. */
const argon2Options = {
  algorithm: Algorithm.Argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export const hashPassword = (password: string): Promise<string> => hash(password, argon2Options);

export const verifyPassword = (passwordHash: string, password: string): Promise<boolean> =>
  verify(passwordHash, password);

/** Verifying against a throwaway hash keeps unknown e-mails as slow as wrong passwords. */
let decoyHash: Promise<string> | undefined;
export const decoyPasswordHash = (): Promise<string> =>
  (decoyHash ??= hashPassword('decoy-password-0'));

const lengthMessages = {
  short: {
    en: `Password is too short: use at least ${limits.passwordMin} characters`,
    pl: `Hasło jest za krótkie: użyj co najmniej ${limits.passwordMin} znaków`,
  },
  long: {
    en: `Password is too long: use at most ${limits.passwordMax} characters`,
    pl: `Hasło jest za długie: użyj najwyżej ${limits.passwordMax} znaków`,
  },
};

/** The rule `assertStrongPassword` applies, as the schema tells clients. */
export const passwordRule = `${limits.passwordMin} to ${limits.passwordMax} characters, hard to guess (checked against common passwords and Polish and English words, with or without diacritics) and not built from your e-mail address or name`;

/**
 * Long enough, hard to guess (see `passwordWeakness`) and not built from the user's e-mail
 * address or name; the message says why not, in the user's language.
 */
export function assertStrongPassword(
  password: string,
  user: { email: string; fullName: string; language: Language },
): void {
  const { language } = user;
  const weakness =
    password.length < limits.passwordMin
      ? lengthMessages.short[language]
      : password.length > limits.passwordMax
        ? lengthMessages.long[language]
        : passwordWeakness(password, [user.email, user.fullName], language);
  if (weakness) throw invalidInput('password', weakness, 'weak-password');
}
