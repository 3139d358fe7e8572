import { bareOrcid, type OpenAlexWork } from '../openalex/openalex-work';
import { draftAuthorProfile, type ProfileDraft } from './profile-draft';

export interface AuthorDraft extends ProfileDraft {
  openAlexAuthorId: string;
  orcidId: string | null;
  displayName: string;
}

const rorOf = (ror: string) =>
  ror
    .trim()
    .replace(/^https?:\/\/ror\.org\//, '')
    .toLowerCase();

/**
 * An institution's researchers, gathered from its works page by page: only authors who gave
 * the institution (by ROR id) on a work count as its researchers, so co-authors elsewhere get
 * no draft here. One draft per researcher, not per group of co-authors: a draft is claimed and
 * published by a person, and a group's draft would belong to no one of them.
 */
export class InstitutionAuthors {
  private readonly works = new Map<string, OpenAlexWork>();
  private readonly authors = new Map<
    string,
    { workIds: Set<string>; names: Map<string, number>; orcid: string | null }
  >();
  private readonly ror: string;

  constructor(ror: string) {
    this.ror = rorOf(ror);
  }

  get authorCount(): number {
    return this.authors.size;
  }

  get workCount(): number {
    return this.works.size;
  }

  add(works: OpenAlexWork[]): void {
    for (const work of works) {
      for (const authorship of work.authorships ?? []) {
        const { id, display_name: name, orcid } = authorship.author;
        const here = (authorship.institutions ?? []).some(
          (institution) => institution.ror && rorOf(institution.ror) === this.ror,
        );
        if (!id || !here) continue;
        this.works.set(work.id, work);
        const author = this.authors.get(id) ?? {
          workIds: new Set<string>(),
          names: new Map<string, number>(),
          orcid: null,
        };
        author.workIds.add(work.id);
        if (name?.trim()) author.names.set(name.trim(), (author.names.get(name.trim()) ?? 0) + 1);
        author.orcid ??= bareOrcid(orcid);
        this.authors.set(id, author);
      }
    }
  }

  /** A draft for each researcher with a work in a language the platform reads. */
  *drafts(importedAt: Date): Generator<AuthorDraft> {
    for (const [authorId, author] of this.authors) {
      const works = [...author.workIds].map((id) => this.works.get(id)!);
      const draft = draftAuthorProfile(authorId, author.orcid, null, works, importedAt);
      if (!draft) continue;
      const displayName =
        [...author.names].sort((a, b) => b[1] - a[1])[0]?.[0] ?? authorId.split('/').pop()!;
      yield {
        ...draft,
        openAlexAuthorId: authorId,
        orcidId: author.orcid,
        displayName: displayName.slice(0, 120),
      };
    }
  }
}
