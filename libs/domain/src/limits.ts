/** Field limits from the EEN partnering profile guidelines (domain.md). */
export const limits = {
  title: 256,
  summary: 500,
  description: 4000,
  keywordsPerKind: 5,
  keywordLength: 60,
  sectors: 5,
  listItems: 10,
  listItemLength: 200,
  team: 1000,
  publications: 20,
  organizationName: 200,
  placeName: 100,
  fullName: 120,
  email: 254,
  website: 200,
  passwordMin: 10,
  passwordMax: 128,
  pageSizeDefault: 20,
  pageSizeMax: 100,
} as const;

/** NACE Rev. 2: a section letter, optionally a division, group and class (C, C29, C29.1, C29.10). */
export const naceCodePattern = /^[A-U](\d{2}(\.\d{1,2})?)?$/;

export const doiPattern = /^10\.\d{4,9}\/\S+$/;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && uuidPattern.test(value);
}
