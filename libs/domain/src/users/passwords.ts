import { invalidInput } from '../errors/domain.exception';
import { limits } from '../limits';
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

/** Long enough, mixed enough, and not built from the e-mail address. */
export function assertStrongPassword(password: string, email: string): void {
  const weak = (reason: string) => invalidInput('password', `Password is too weak: ${reason}`);
  if (password.length < limits.passwordMin)
    throw weak(`use at least ${limits.passwordMin} characters`);
  if (password.length > limits.passwordMax)
    throw weak(`use at most ${limits.passwordMax} characters`);
  const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((c) =>
    c.test(password),
  );
  if (classes.length < 3) {
    throw weak('mix at least three of lower-case letters, upper-case letters, digits and symbols');
  }
  const localPart = email.split('@')[0]?.toLowerCase() ?? '';
  if (localPart.length >= 4 && password.toLowerCase().includes(localPart)) {
    throw weak('do not build it from your e-mail address');
  }
  if (/(.)\1{3,}/u.test(password)) throw weak('avoid repeating one character');
}
