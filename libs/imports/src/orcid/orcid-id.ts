/**
 * An ORCID iD ("0000-0002-1825-0097", or its https://orcid.org/ URL) checked by its last
 * character, ISO 7064 MOD 11-2 over the other fifteen digits, as ORCID documents it.
 * Returns the bare iD, or null when it is not one.
 */
export function orcidId(typed: string | null | undefined): string | null {
  const match =
    /^(?:https?:\/\/(?:www\.)?orcid\.org\/)?(\d{4})-(\d{4})-(\d{4})-(\d{3}[\dX])$/i.exec(
      (typed ?? '').trim(),
    );
  if (!match) return null;
  const id = match.slice(1, 5).join('-').toUpperCase();
  const digits = id.replace(/-/g, '');
  let total = 0;
  for (const digit of digits.slice(0, 15)) total = (total + Number(digit)) * 2;
  const result = (12 - (total % 11)) % 11;
  return digits[15] === (result === 10 ? 'X' : String(result)) ? id : null;
}
