/**
 * Pages seen before signing in need only some messages; the catalogue is split so the sign-in
 * page does not download the whole app's words. Keys are public by prefix (`signIn.title`) or
 * by name; everything else loads once someone is signed in.
 */
const publicPrefixes = [
  'app',
  'action',
  'state',
  'error',
  'form',
  'rule',
  'language',
  'signIn',
  'signUp',
  'verifyEmail',
  'password',
  'role',
  'organization',
  'organizationKind',
  'orcid',
  'legal',
];
const publicKeys = new Set([
  'account.newPassword',
  'account.repeatPassword',
  'account.passwordsDiffer',
]);

export type CatalogueArea = 'public' | 'app';

export function areaOf(key: string): CatalogueArea {
  const prefix = key.split('.')[0]!;
  return publicPrefixes.includes(prefix) || publicKeys.has(key) ? 'public' : 'app';
}
