import { conceptTerms, lemmaOf, prefixMarker, snowballStemmer } from '@app/text';
import { LRUCache } from 'lru-cache';
import type { ScoredPair } from '../engine';
import type { CapabilityProfile, EngineLanguage, NeedProfile } from '../profiles';
import { proximity, type Proximity } from '../scoring/factors';

export interface Explanation {
  /** Shared subjects as written: "powłoki ↔ coatings", or one word when both sides use it. */
  matchedTerms: string[];
  reasonForFirm: Record<EngineLanguage, string>;
  reasonForResearcher: Record<EngineLanguage, string>;
}

const collaborationLabels: Record<string, Record<EngineLanguage, string>> = {
  RD_COOPERATION: { en: 'joint R&D', pl: 'wspólne prace B+R' },
  COMMERCIAL_WITH_TECH_ASSISTANCE: {
    en: 'a commercial agreement with technical assistance',
    pl: 'umowę handlową ze wsparciem technicznym',
  },
  LICENSING: { en: 'licensing', pl: 'licencjonowanie' },
  CONTRACT_RESEARCH: { en: 'contract research', pl: 'badania na zlecenie' },
  CONSULTING: { en: 'consulting', pl: 'doradztwo' },
  TESTING_AND_LAB_SERVICES: {
    en: 'testing and lab services',
    pl: 'badania i usługi laboratoryjne',
  },
  STUDENT_PROJECTS: { en: 'student projects', pl: 'projekty studenckie' },
};

/** Places are named by relation only: a city could give away an anonymous poster. */
const placeLabels: Record<Proximity, Record<EngineLanguage, string>> = {
  city: { en: 'in the same city', pl: 'w tym samym mieście' },
  region: { en: 'in the same region', pl: 'w tym samym regionie' },
  country: { en: 'in the same country', pl: 'w tym samym kraju' },
  abroad: { en: 'abroad', pl: 'za granicą' },
};

const list = (items: string[], language: EngineLanguage) =>
  items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} ${language === 'pl' ? 'i' : 'and'} ${items.at(-1)}`;

/** A Polish word in its dictionary form where the lexicon knows it ("jakości" → "jakość"). */
function baseForm(surface: string, language: EngineLanguage): string {
  if (language !== 'pl') return surface;
  return lemmaOf(snowballStemmer('pl').stem(surface)) ?? surface;
}

/**
 * Analysing a text costs more than the rest of an explanation, and the same postings explain
 * many pairs (a need its whole list, a strong capability the lists of many needs), each time
 * read afresh. Kept by posting and version; a profile without a version, by the object.
 */
const surfacesByVersion = new LRUCache<string, Map<string, string>>({ max: 1000 });
const surfacesByProfile = new WeakMap<NeedProfile | CapabilityProfile, Map<string, string>>();

function surfaces(profile: NeedProfile | CapabilityProfile): Map<string, string> {
  const version = profile.version === undefined ? undefined : `${profile.id}@${profile.version}`;
  const cached = version ? surfacesByVersion.get(version) : surfacesByProfile.get(profile);
  if (cached) return cached;
  // Keywords first: people type them in the dictionary form more often than titles use it.
  const text = [
    ...(profile.keywords ?? []),
    profile.title,
    profile.summary ?? '',
    profile.description,
  ].join(' . ');
  const byKey = new Map<string, string>();
  for (const term of conceptTerms(text, profile.language)) {
    if (!term.key.startsWith(prefixMarker) && !byKey.has(term.key))
      byKey.set(term.key, baseForm(term.surface, profile.language));
  }
  if (version) surfacesByVersion.set(version, byKey);
  else surfacesByProfile.set(profile, byKey);
  return byKey;
}

/**
 * One or two plain sentences per reader and language that cite the fields behind the score:
 * shared subjects, TRL against the wanted range, collaboration types and distance.
 */
export function explain(
  pair: ScoredPair,
  need: NeedProfile,
  capability: CapabilityProfile,
): Explanation {
  const needWords = surfaces(need);
  const capabilityWords = surfaces(capability);
  const matchedTerms = [
    ...new Set(
      pair.sharedTerms
        .map((key) => [needWords.get(key), capabilityWords.get(key)] as const)
        .filter((words): words is [string, string] => !!words[0] && !!words[1])
        .map(([a, b]) => (a === b ? a : `${a} ↔ ${b}`)),
    ),
  ].slice(0, 5);
  const topicsFor = (reader: 'firm' | 'researcher') =>
    pair.sharedTerms
      .map((key) => (reader === 'firm' ? capabilityWords : needWords).get(key))
      .filter((word): word is string => !!word)
      .filter((word, index, all) => all.indexOf(word) === index)
      .slice(0, 3);

  const shared = (need.collaborationTypes ?? []).filter((type) =>
    (capability.collaborationTypes ?? []).includes(type),
  );
  const where = proximity(need, capability);
  const trlRange =
    need.trlMin !== undefined && need.trlMax !== undefined
      ? `${need.trlMin}–${need.trlMax}`
      : undefined;
  const trl = capability.trl;
  const trlPosition =
    trl === undefined || need.trlMin === undefined || need.trlMax === undefined
      ? undefined
      : trl < need.trlMin
        ? 'below'
        : trl > need.trlMax
          ? 'above'
          : 'inside';

  const sentence = (language: EngineLanguage, reader: 'firm' | 'researcher') => {
    const topics = topicsFor(reader);
    const first =
      topics.length > 0
        ? language === 'pl'
          ? `Wspólne tematy: ${list(topics, 'pl')}.`
          : `Shared topics: ${list(topics, 'en')}.`
        : language === 'pl'
          ? 'Teksty mają niewiele wspólnych tematów.'
          : 'The texts share few topics.';
    const clauses: string[] = [];
    if (trlPosition && trlRange) {
      const position = {
        inside: { en: 'within', pl: 'mieści się w zakresie' },
        below: { en: 'below', pl: 'jest poniżej zakresu' },
        above: { en: 'above', pl: 'jest powyżej zakresu' },
      }[trlPosition];
      clauses.push(
        language === 'pl'
          ? reader === 'firm'
            ? `TRL ${trl} ${position.pl} ${trlRange}, którego szukasz`
            : `Twoje TRL ${trl} ${position.pl} ${trlRange} wskazanego przez firmę`
          : reader === 'firm'
            ? `TRL ${trl} is ${position.en} your range ${trlRange}`
            : `your TRL ${trl} is ${position.en} the firm's range ${trlRange}`,
      );
    }
    if (
      (need.collaborationTypes ?? []).length > 0 &&
      (capability.collaborationTypes ?? []).length > 0
    ) {
      const labels = shared.map((type) => collaborationLabels[type]?.[language] ?? type);
      clauses.push(
        shared.length === 0
          ? language === 'pl'
            ? 'brak wspólnej formy współpracy'
            : 'no kind of collaboration is shared'
          : language === 'pl'
            ? reader === 'firm'
              ? `zespół oferuje ${list(labels, 'pl')}`
              : `firma szuka: ${list(labels, 'pl')}, co oferujesz`
            : reader === 'firm'
              ? `the team offers ${list(labels, 'en')}`
              : `the firm wants ${list(labels, 'en')}, which you offer`,
      );
    }
    if (where)
      clauses.push(
        language === 'pl'
          ? `partner jest ${placeLabels[where].pl}`
          : `the partner is ${placeLabels[where].en}`,
      );
    if (clauses.length === 0) return first;
    const second = clauses.join('; ');
    return `${first} ${second.charAt(0).toUpperCase()}${second.slice(1)}.`;
  };

  return {
    matchedTerms,
    reasonForFirm: { pl: sentence('pl', 'firm'), en: sentence('en', 'firm') },
    reasonForResearcher: { pl: sentence('pl', 'researcher'), en: sentence('en', 'researcher') },
  };
}
