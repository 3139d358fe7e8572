/**
 * The parts of OpenAlex's Work object (https://docs.openalex.org/api-entities/works/work-object)
 * a capability draft reads, as the API returns them: ids and DOIs are URLs, the abstract is an
 * inverted index (word → positions), every list may be missing or empty.
 */
export interface OpenAlexWork {
  id: string;
  doi?: string | null;
  title?: string | null;
  display_name?: string | null;
  publication_year?: number | null;
  language?: string | null;
  abstract_inverted_index?: Record<string, number[]> | null;
  authorships?: OpenAlexAuthorship[] | null;
  topics?: OpenAlexTopic[] | null;
  keywords?: OpenAlexKeyword[] | null;
}

export interface OpenAlexAuthorship {
  author_position?: string;
  author: { id: string | null; display_name?: string | null; orcid?: string | null };
  institutions?: OpenAlexInstitution[] | null;
}

export interface OpenAlexInstitution {
  id: string | null;
  display_name?: string | null;
  ror?: string | null;
  country_code?: string | null;
  type?: string | null;
}

export interface OpenAlexTopic {
  id: string;
  display_name: string;
  score?: number;
}

export interface OpenAlexKeyword {
  id?: string;
  display_name: string;
  score?: number;
}

/** A list endpoint's page (`/works?filter=…&cursor=…`). */
export interface OpenAlexPage<T> {
  meta: { count: number; per_page?: number; next_cursor?: string | null };
  results: T[];
}

/**
 * The abstract as text: each word put back at its positions. OpenAlex stores abstracts only as
 * this index; a position no word claims is left out rather than guessed.
 */
export function abstractText(index: Record<string, number[]> | null | undefined): string {
  if (!index) return '';
  const words: string[] = [];
  for (const [word, positions] of Object.entries(index)) {
    for (const position of positions) {
      if (Number.isInteger(position) && position >= 0 && position < 100_000) words[position] = word;
    }
  }
  return words.filter((word) => word !== undefined).join(' ');
}

/** "https://doi.org/10.1234/ABC" → "10.1234/abc" (DOIs are case-insensitive). */
export function bareDoi(doi: string | null | undefined): string | null {
  const match = /10\.\d{4,9}\/\S+$/.exec(doi ?? '');
  return match ? match[0].toLowerCase() : null;
}

/** "https://orcid.org/0000-0002-1825-0097" → "0000-0002-1825-0097". */
export function bareOrcid(orcid: string | null | undefined): string | null {
  const match = /(\d{4}-\d{4}-\d{4}-\d{3}[\dX])$/i.exec(orcid ?? '');
  return match ? match[1]!.toUpperCase() : null;
}
