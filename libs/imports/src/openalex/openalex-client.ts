import type { OpenAlexPage, OpenAlexWork } from './openalex-work';

export interface OpenAlexClientOptions {
  /** https://api.openalex.org, or a mirror; the platform calls nothing unless one is configured. */
  baseUrl: string;
  /** OpenAlex's API key, when the deployment has one. */
  apiKey?: string;
  /** Sent as `mailto`, as OpenAlex asks of clients that page through much. */
  mailto?: string;
  timeoutMs?: number;
}

/** Why a source's answer could not be used, with a code the API and the web app can name. */
export class SourceFault extends Error {
  constructor(
    readonly code:
      | 'SOURCE_UNREACHABLE'
      | 'SOURCE_REFUSED'
      | 'NOT_OPENALEX'
      | 'NOT_VAT_REGISTER'
      | 'NOT_ORCID_RECORD'
      | 'OTHER_ORCID_ID'
      | 'MALFORMED_FILE',
    message: string,
  ) {
    super(message);
  }
}

/** An uploaded file's bytes read as JSON, or a MALFORMED_FILE fault. */
export function jsonFile(content: Uint8Array): unknown {
  try {
    return JSON.parse(Buffer.from(content).toString('utf8'));
  } catch {
    throw new SourceFault('MALFORMED_FILE', 'The file is not JSON');
  }
}

/** The fields a draft reads (`select`), so a page of 100 works stays small. */
const workFields = [
  'id',
  'doi',
  'title',
  'display_name',
  'publication_year',
  'language',
  'abstract_inverted_index',
  'authorships',
  'topics',
  'keywords',
].join(',');

/** The OpenAlex works API (https://developers.openalex.org), paged by cursor. */
export class OpenAlexClient {
  constructor(private readonly options: OpenAlexClientOptions) {}

  /** Every work of one author (an OpenAlex author id such as A5000000001). */
  worksOfAuthor(authorId: string): AsyncGenerator<OpenAlexWork[]> {
    return this.works(`authorships.author.id:${shortId(authorId)}`);
  }

  /** Every work one of whose authors OpenAlex knows by this ORCID iD. */
  worksOfOrcid(orcidId: string): AsyncGenerator<OpenAlexWork[]> {
    return this.works(`authorships.author.orcid:${orcidId}`);
  }

  /** Every work with an author at an institution, by its ROR id (https://ror.org/…). */
  worksOfInstitution(ror: string): AsyncGenerator<OpenAlexWork[]> {
    return this.works(`authorships.institutions.ror:${ror}`);
  }

  private async *works(filter: string): AsyncGenerator<OpenAlexWork[]> {
    let cursor: string | null = '*';
    while (cursor) {
      const page = await this.page(filter, cursor);
      if (page.results.length === 0) return;
      yield page.results;
      cursor = page.meta.next_cursor ?? null;
    }
  }

  private async page(filter: string, cursor: string): Promise<OpenAlexPage<OpenAlexWork>> {
    const url = new URL('works', this.options.baseUrl.replace(/\/?$/, '/'));
    url.searchParams.set('filter', filter);
    url.searchParams.set('per_page', '100');
    url.searchParams.set('cursor', cursor);
    url.searchParams.set('select', workFields);
    if (this.options.apiKey) url.searchParams.set('api_key', this.options.apiKey);
    if (this.options.mailto) url.searchParams.set('mailto', this.options.mailto);
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
      });
    } catch (error) {
      throw new SourceFault('SOURCE_UNREACHABLE', `OpenAlex did not answer: ${String(error)}`);
    }
    if (!response.ok) {
      throw new SourceFault('SOURCE_REFUSED', `OpenAlex answered ${response.status}`);
    }
    return openAlexWorksPage(await response.json().catch(() => null));
  }
}

const shortId = (id: string) => id.replace(/^https:\/\/openalex\.org\//, '');

/**
 * A works page as OpenAlex returns it, or a NOT_OPENALEX fault: the same check for the API's
 * answers and for a file a coordinator uploads.
 */
export function openAlexWorksPage(body: unknown): OpenAlexPage<OpenAlexWork> {
  const page = body as Partial<OpenAlexPage<OpenAlexWork>> | null;
  const isWork = (work: unknown) =>
    typeof work === 'object' &&
    work !== null &&
    typeof (work as OpenAlexWork).id === 'string' &&
    /^https:\/\/openalex\.org\/W\d+$/.test((work as OpenAlexWork).id);
  if (
    !page ||
    typeof page.meta !== 'object' ||
    page.meta === null ||
    !Array.isArray(page.results) ||
    !page.results.every(isWork)
  ) {
    throw new SourceFault('NOT_OPENALEX', 'This is not a page of OpenAlex works');
  }
  return page as OpenAlexPage<OpenAlexWork>;
}
