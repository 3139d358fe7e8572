/**
 * Polish registry numbers as people type them ("PL 712-016-21-54", "712 016 21 54"), checked by
 * their check digits: NIP (tax id, 10 digits) and REGON (statistical id, 9 digits, or 14 for a
 * local unit whose first 9 are the parent's REGON).
 */

/** The digits of a NIP or REGON as typed: spaces, dashes and dots dropped, a PL prefix too. */
export function registryDigits(typed: string): string {
  return typed
    .trim()
    .replace(/^PL/i, '')
    .replace(/[\s.-]/g, '');
}

function checkDigit(digits: string, weights: number[]): number {
  const sum = weights.reduce((total, weight, index) => total + weight * Number(digits[index]), 0);
  return sum % 11;
}

const nipWeights = [6, 5, 7, 2, 3, 4, 5, 6, 7];
const regon9Weights = [8, 9, 2, 3, 4, 5, 6, 7];
const regon14Weights = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8];

/** A NIP: ten digits whose weighted sum of the first nine, modulo 11, is the tenth (never 10). */
export function isValidNip(typed: string): boolean {
  const digits = registryDigits(typed);
  if (!/^\d{10}$/.test(digits)) return false;
  const check = checkDigit(digits, nipWeights);
  return check !== 10 && check === Number(digits[9]);
}

/** A REGON of 9 digits, or of 14 whose first 9 are a valid REGON (a remainder of 10 reads 0). */
export function isValidRegon(typed: string): boolean {
  const digits = registryDigits(typed);
  const valid = (length: number, weights: number[]) =>
    checkDigit(digits, weights) % 10 === Number(digits[length - 1]);
  if (/^\d{9}$/.test(digits)) return valid(9, regon9Weights);
  if (/^\d{14}$/.test(digits)) return isValidRegon(digits.slice(0, 9)) && valid(14, regon14Weights);
  return false;
}
