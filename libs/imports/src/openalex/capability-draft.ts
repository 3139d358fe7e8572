import { limits } from '@app/domain';
import { analyze, type SupportedLanguage } from '@app/text';
import {
  abstractText,
  bareDoi,
  type OpenAlexInstitution,
  type OpenAlexWork,
} from './openalex-work';

/** Where a proposed field came from: the works (by OpenAlex id) or the institution it names. */
export interface FieldSource {
  kind: 'WORK_TITLE' | 'WORK_ABSTRACTS' | 'WORK_TOPICS_AND_KEYWORDS' | 'WORK_DOIS' | 'INSTITUTION';
  ids: string[];
}

export interface Proposed<T> {
  value: T;
  source: FieldSource;
}

/** A capability proposed from a researcher's works; nothing here is published by itself. */
export interface CapabilityDraftProposal {
  language: SupportedLanguage;
  title: Proposed<string>;
  summary: Proposed<string>;
  expertiseKeywords: Proposed<string[]>;
  publications: Proposed<string[]>;
  organization: Proposed<{ name: string; ror: string | null; countryCode: string | null }> | null;
}

const sentencesPerSummary = 3;

/**
 * Drafts a capability from one author's works, extractively and in the works' language: the
 * title is the title of the work that shares most subject words with the others, the summary
 * the abstracts' sentences richest in the author's recurring words (one per work, at most three),
 * the expertise the topics and keywords OpenAlex scored highest across the works, the
 * publications their DOIs (newest first) and the organisation the institution the author gave
 * most often. Returns null when no work is in a language the platform reads.
 */
export function draftCapabilityFromWorks(
  authorId: string,
  works: OpenAlexWork[],
): CapabilityDraftProposal | null {
  const language = dominantLanguage(works);
  if (!language) return null;
  const own = works.filter((work) => (work.language ?? 'en') === language);
  const weights = termWeights(own, language);
  return {
    language,
    title: representativeTitle(own, language, weights),
    summary: extractiveSummary(own, language, weights),
    expertiseKeywords: expertise(works),
    publications: {
      value: [...works]
        .sort((a, b) => (b.publication_year ?? 0) - (a.publication_year ?? 0))
        .map((work) => bareDoi(work.doi))
        .filter((doi): doi is string => doi !== null)
        .filter((doi, index, all) => all.indexOf(doi) === index)
        .slice(0, limits.publications),
      source: { kind: 'WORK_DOIS', ids: works.filter((work) => work.doi).map((work) => work.id) },
    },
    organization: mostGivenInstitution(authorId, works),
  };
}

function dominantLanguage(works: OpenAlexWork[]): SupportedLanguage | null {
  const counts = { pl: 0, en: 0 };
  for (const work of works) {
    const language = work.language ?? 'en';
    if (language === 'pl' || language === 'en') counts[language] += 1;
  }
  if (counts.pl === 0 && counts.en === 0) return null;
  return counts.pl > counts.en ? 'pl' : 'en';
}

const titleOf = (work: OpenAlexWork) => (work.title ?? work.display_name ?? '').trim();

/** How many of the works use each subject word: a word one paper uses is no expertise. */
function termWeights(works: OpenAlexWork[], language: SupportedLanguage): Map<string, number> {
  const weights = new Map<string, number>();
  for (const work of works) {
    const text = `${titleOf(work)} ${abstractText(work.abstract_inverted_index)}`;
    for (const term of new Set(analyze(text, language))) {
      weights.set(term, (weights.get(term) ?? 0) + 1);
    }
  }
  return weights;
}

function textScore(text: string, language: SupportedLanguage, weights: Map<string, number>) {
  const terms = analyze(text, language);
  if (terms.length === 0) return 0;
  const shared = terms.reduce((sum, term) => sum + Math.max(0, (weights.get(term) ?? 1) - 1), 0);
  // Normalised by length so a long sentence is not chosen for being long.
  return shared / Math.sqrt(terms.length);
}

function representativeTitle(
  works: OpenAlexWork[],
  language: SupportedLanguage,
  weights: Map<string, number>,
): Proposed<string> {
  const titled = works.filter((work) => titleOf(work));
  const best = titled.reduce<OpenAlexWork | undefined>(
    (chosen, work) =>
      !chosen ||
      textScore(titleOf(work), language, weights) > textScore(titleOf(chosen), language, weights)
        ? work
        : chosen,
    undefined,
  );
  return {
    value: best ? titleOf(best).slice(0, limits.title) : '',
    source: { kind: 'WORK_TITLE', ids: best ? [best.id] : [] },
  };
}

const sentencePattern = /[^.!?]+[.!?]+(\s|$)|[^.!?]+$/g;

function extractiveSummary(
  works: OpenAlexWork[],
  language: SupportedLanguage,
  weights: Map<string, number>,
): Proposed<string> {
  const candidates = works.flatMap((work) => {
    const sentences = abstractText(work.abstract_inverted_index).match(sentencePattern) ?? [];
    return sentences
      .map((sentence) => sentence.trim())
      .filter((sentence) => sentence.split(/\s+/).length >= 6)
      .map((sentence) => ({ work, sentence, score: textScore(sentence, language, weights) }));
  });
  candidates.sort((a, b) => b.score - a.score);
  const chosen: typeof candidates = [];
  for (const candidate of candidates) {
    if (chosen.length === sentencesPerSummary) break;
    if (chosen.some(({ work }) => work.id === candidate.work.id)) continue;
    const length = [...chosen, candidate].reduce(
      (sum, { sentence }) => sum + sentence.length + 1,
      0,
    );
    if (length <= limits.summary) chosen.push(candidate);
  }
  return {
    value: chosen.map(({ sentence }) => sentence).join(' '),
    source: { kind: 'WORK_ABSTRACTS', ids: chosen.map(({ work }) => work.id) },
  };
}

/** Topics and keywords by their summed scores across the works, each named once. */
function expertise(works: OpenAlexWork[]): Proposed<string[]> {
  const scores = new Map<string, { name: string; score: number; ids: Set<string> }>();
  for (const work of works) {
    for (const { display_name: name, score = 0.5 } of [
      ...(work.topics ?? []),
      ...(work.keywords ?? []),
    ]) {
      if (!name?.trim()) continue;
      const key = name.trim().toLowerCase();
      const entry = scores.get(key) ?? { name: name.trim(), score: 0, ids: new Set<string>() };
      entry.score += score;
      entry.ids.add(work.id);
      scores.set(key, entry);
    }
  }
  const ranked = [...scores.values()]
    .filter(({ name }) => name.length <= limits.keywordLength)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, limits.keywordsPerKind);
  return {
    value: ranked.map(({ name }) => name),
    source: {
      kind: 'WORK_TOPICS_AND_KEYWORDS',
      ids: [...new Set(ranked.flatMap(({ ids }) => [...ids]))],
    },
  };
}

function mostGivenInstitution(
  authorId: string,
  works: OpenAlexWork[],
): CapabilityDraftProposal['organization'] {
  const counts = new Map<string, { institution: OpenAlexInstitution; count: number }>();
  for (const work of works) {
    const authorship = work.authorships?.find((candidate) => candidate.author.id === authorId);
    for (const institution of authorship?.institutions ?? []) {
      if (!institution.id || !institution.display_name) continue;
      const entry = counts.get(institution.id) ?? { institution, count: 0 };
      entry.count += 1;
      counts.set(institution.id, entry);
    }
  }
  const best = [...counts.values()].sort((a, b) => b.count - a.count)[0];
  if (!best) return null;
  const { institution } = best;
  return {
    value: {
      name: institution.display_name!.slice(0, limits.organizationName),
      ror: institution.ror ?? null,
      countryCode: institution.country_code ?? null,
    },
    source: { kind: 'INSTITUTION', ids: [institution.id!] },
  };
}
