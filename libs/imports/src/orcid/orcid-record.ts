import { bareDoi } from '../openalex/openalex-work';
import { SourceFault } from '../openalex/openalex-client';
import { orcidId } from './orcid-id';

/** What a draft reads of an ORCID record (API v3.0 `/record`, JSON), as a researcher keeps it. */
export interface OrcidRecordSummary {
  orcidId: string;
  name: string | null;
  keywords: string[];
  /** The current employment (no end date, latest start), else the latest ended one. */
  employer: {
    name: string;
    city: string | null;
    country: string | null;
    ror: string | null;
  } | null;
  works: { title: string; doi: string | null; year: number | null }[];
}

type Value<T> = { value?: T } | null | undefined;
type FuzzyDate = { year?: Value<string> } | null | undefined;

interface ExternalId {
  'external-id-type'?: string;
  'external-id-value'?: string;
  'external-id-relationship'?: string;
}

interface EmploymentSummary {
  'start-date'?: FuzzyDate;
  'end-date'?: FuzzyDate;
  organization?: {
    name?: string;
    address?: { city?: string | null; country?: string | null } | null;
    'disambiguated-organization'?: {
      'disambiguated-organization-identifier'?: string;
      'disambiguation-source'?: string;
    } | null;
  };
}

interface WorkSummary {
  title?: { title?: Value<string> } | null;
  'external-ids'?: { 'external-id'?: ExternalId[] } | null;
  'publication-date'?: FuzzyDate;
}

interface OrcidRecord {
  'orcid-identifier'?: { path?: string };
  person?: {
    name?: {
      'given-names'?: Value<string>;
      'family-name'?: Value<string>;
      'credit-name'?: Value<string>;
    } | null;
    keywords?: { keyword?: { content?: string }[] } | null;
  } | null;
  'activities-summary'?: {
    employments?: {
      'affiliation-group'?: { summaries?: { 'employment-summary'?: EmploymentSummary }[] }[];
    } | null;
    works?: { group?: { 'work-summary'?: WorkSummary[] }[] } | null;
  } | null;
}

const year = (date: FuzzyDate) => {
  const value = Number(date?.year?.value);
  return Number.isInteger(value) && value > 0 ? value : null;
};

/**
 * Reads an ORCID record, from the API or a file a researcher uploaded, as the record of the iD
 * expected (the signed-in researcher's, verified by ORCID sign-in): another iD's record is
 * refused (OTHER_ORCID_ID), and anything that is not a v3.0 record (NOT_ORCID_RECORD).
 */
export function readOrcidRecord(body: unknown, expectedId: string): OrcidRecordSummary {
  const record = body as OrcidRecord | null;
  const found = orcidId(record?.['orcid-identifier']?.path);
  if (!record || typeof record !== 'object' || !found || !('activities-summary' in record)) {
    throw new SourceFault('NOT_ORCID_RECORD', 'This is not an ORCID record (API v3.0)');
  }
  if (found !== orcidId(expectedId)) {
    throw new SourceFault('OTHER_ORCID_ID', `The record is ${found}'s, not ${expectedId}'s`);
  }
  const person = record.person;
  const given = person?.name?.['given-names']?.value;
  const family = person?.name?.['family-name']?.value;
  const credit = person?.name?.['credit-name']?.value;
  const activities = record['activities-summary'];
  const employments = (activities?.employments?.['affiliation-group'] ?? [])
    .flatMap((group) => group.summaries ?? [])
    .map((summary) => summary['employment-summary'])
    .filter((summary): summary is EmploymentSummary => Boolean(summary?.organization?.name));
  // Current ones first, then by the latest start.
  employments.sort(
    (a, b) =>
      Number(year(a['end-date']) !== null) - Number(year(b['end-date']) !== null) ||
      (year(b['start-date']) ?? 0) - (year(a['start-date']) ?? 0),
  );
  const employment = employments[0]?.organization;
  const disambiguated = employment?.['disambiguated-organization'];
  return {
    orcidId: found,
    name: credit?.trim() || [given, family].filter(Boolean).join(' ').trim() || null,
    keywords: (person?.keywords?.keyword ?? [])
      .map((keyword) => keyword.content?.trim() ?? '')
      .filter(Boolean),
    employer: employment
      ? {
          name: employment.name!.trim(),
          city: employment.address?.city ?? null,
          country: employment.address?.country ?? null,
          ror:
            disambiguated?.['disambiguation-source'] === 'ROR'
              ? (disambiguated['disambiguated-organization-identifier'] ?? null)
              : null,
        }
      : null,
    works: (activities?.works?.group ?? []).flatMap((group) => {
      // A group is one work as several sources list it; its first summary is the preferred one.
      const summary = group['work-summary']?.[0];
      const title = summary?.title?.title?.value?.trim();
      if (!summary || !title) return [];
      const doi = (summary['external-ids']?.['external-id'] ?? []).find(
        (id) => id['external-id-type'] === 'doi' && id['external-id-relationship'] !== 'part-of',
      )?.['external-id-value'];
      return [{ title, doi: bareDoi(doi ?? null), year: year(summary['publication-date']) }];
    }),
  };
}

export interface OrcidClientOptions {
  /** https://pub.orcid.org (public API) or https://api.orcid.org (member API). */
  baseUrl: string;
  /** A /read-public token, or the researcher's own from ORCID sign-in. */
  accessToken?: string;
  timeoutMs?: number;
}

/** ORCID's API v3.0: a researcher's record, read as JSON. */
export class OrcidClient {
  constructor(private readonly options: OrcidClientOptions) {}

  async record(id: string): Promise<OrcidRecordSummary> {
    const url = new URL(`v3.0/${id}/record`, this.options.baseUrl.replace(/\/?$/, '/'));
    let response: Response;
    try {
      response = await fetch(url, {
        headers: {
          accept: 'application/json',
          ...(this.options.accessToken
            ? { authorization: `Bearer ${this.options.accessToken}` }
            : {}),
        },
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
      });
    } catch (error) {
      throw new SourceFault('SOURCE_UNREACHABLE', `ORCID did not answer: ${String(error)}`);
    }
    if (!response.ok) throw new SourceFault('SOURCE_REFUSED', `ORCID answered ${response.status}`);
    return readOrcidRecord(await response.json().catch(() => null), id);
  }
}
