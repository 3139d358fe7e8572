import { type ImportedFields, type ImportSource, limits } from '@app/domain';
import type { SupportedLanguage } from '@app/text';
import { draftCapabilityFromWorks, type FieldSource } from '../openalex/capability-draft';
import { bareOrcid, type OpenAlexWork } from '../openalex/openalex-work';
import type { OrcidRecordSummary } from '../orcid/orcid-record';

export interface ProfileDraft {
  language: SupportedLanguage;
  imported: ImportedFields;
}

const titlesInDescription = 5;

/** The OpenAlex author behind an ORCID iD: the one its works name with that iD most often. */
export function openAlexAuthorOf(orcidId: string, works: OpenAlexWork[]): string | null {
  const counts = new Map<string, number>();
  for (const work of works) {
    for (const { author } of work.authorships ?? []) {
      if (author.id && bareOrcid(author.orcid) === orcidId)
        counts.set(author.id, (counts.get(author.id) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

const sourceOf = (source: FieldSource): ImportSource => ({ kind: source.kind, ids: source.ids });

/**
 * A researcher's capability proposed from their ORCID record and their OpenAlex works: title,
 * summary and description from the works (extractive, in their language), expertise from the
 * record's own keywords first and then the works' topics, the DOIs of both, and the
 * organisation of the current employment, else of the institution the works give most.
 * Null when no work is in a language the platform reads.
 */
export function draftResearchProfile(
  orcidId: string,
  record: OrcidRecordSummary | null,
  works: OpenAlexWork[],
  importedAt: Date,
): ProfileDraft | null {
  const authorId = openAlexAuthorOf(orcidId, works);
  return authorId ? draftAuthorProfile(authorId, orcidId, record, works, importedAt) : null;
}

/** The same for an OpenAlex author, who may have no ORCID iD (an institution's researchers). */
export function draftAuthorProfile(
  authorId: string,
  orcidId: string | null,
  record: OrcidRecordSummary | null,
  works: OpenAlexWork[],
  importedAt: Date,
): ProfileDraft | null {
  const fromWorks = draftCapabilityFromWorks(authorId, works);
  if (!fromWorks || !fromWorks.title.value || !fromWorks.summary.value) return null;
  const { language } = fromWorks;
  const orcidSource = (kind: ImportSource['kind']): ImportSource => ({
    kind,
    ids: orcidId ? [orcidId] : [],
  });

  const ownKeywords = (record?.keywords ?? []).filter(
    (keyword) => keyword.length <= limits.keywordLength,
  );
  const keywords = [...ownKeywords, ...fromWorks.expertiseKeywords.value]
    .filter(
      (keyword, index, all) =>
        all.findIndex((other) => other.toLowerCase() === keyword.toLowerCase()) === index,
    )
    .slice(0, limits.keywordsPerKind);
  const keywordSources = [
    ...(keywords.some((keyword) => ownKeywords.includes(keyword))
      ? [orcidSource('ORCID_KEYWORDS')]
      : []),
    ...(keywords.some((keyword) => fromWorks.expertiseKeywords.value.includes(keyword))
      ? [sourceOf(fromWorks.expertiseKeywords.source)]
      : []),
  ];

  const orcidDois = (record?.works ?? []).map((work) => work.doi).filter((doi) => doi !== null);
  const publications = [...new Set([...fromWorks.publications.value, ...orcidDois])].slice(
    0,
    limits.publications,
  );

  const recentTitles = [...works]
    .filter((work) => (work.language ?? 'en') === language && (work.title ?? work.display_name))
    .sort((a, b) => (b.publication_year ?? 0) - (a.publication_year ?? 0))
    .slice(0, titlesInDescription);
  const heading = language === 'pl' ? 'Wybrane publikacje:' : 'Selected publications:';
  const description = [
    fromWorks.summary.value,
    '',
    heading,
    ...recentTitles.map(
      (work) => `- ${(work.title ?? work.display_name)!.trim()} (${work.publication_year ?? '—'})`,
    ),
  ]
    .join('\n')
    .slice(0, limits.description);

  const employer = record?.employer;
  const organization = employer
    ? {
        value: { name: employer.name, ror: employer.ror },
        sources: [orcidSource('ORCID_EMPLOYMENT')],
      }
    : fromWorks.organization
      ? {
          value: { name: fromWorks.organization.value.name, ror: fromWorks.organization.value.ror },
          sources: [sourceOf(fromWorks.organization.source)],
        }
      : null;

  return {
    language,
    imported: {
      importedAt: importedAt.toISOString(),
      orcidId,
      fields: {
        title: { value: fromWorks.title.value, sources: [sourceOf(fromWorks.title.source)] },
        summary: { value: fromWorks.summary.value, sources: [sourceOf(fromWorks.summary.source)] },
        description: {
          value: description,
          sources: [
            sourceOf(fromWorks.summary.source),
            { kind: 'WORK_TITLE', ids: recentTitles.map((work) => work.id) },
          ],
        },
        expertiseKeywords: { value: keywords, sources: keywordSources },
        publications: {
          value: publications,
          sources: [
            sourceOf(fromWorks.publications.source),
            ...(orcidDois.length > 0 ? [orcidSource('ORCID_WORKS')] : []),
          ],
        },
      },
      organization,
    },
  };
}
