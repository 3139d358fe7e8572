import { refusalOf } from '../graphql/upload';

/** The reasons an import can fail that the page words; any other is a failure to reach it. */
const known = [
  'orcid-not-linked',
  'NO_SOURCE',
  'no-works',
  'OTHER_ORCID_ID',
  'NOT_ORCID_RECORD',
  'NOT_OPENALEX',
  'MALFORMED_FILE',
  'SOURCE_UNREACHABLE',
  'SOURCE_REFUSED',
  'PAYLOAD_TOO_LARGE',
  'NOT_FOUND',
] as const;
export type ImportFailure = (typeof known)[number] | 'network';

export function importFailure(error: unknown): ImportFailure {
  const reason = refusalOf(error);
  return known.find((item) => item === reason) ?? 'network';
}
