import lexicon from '../libs/text/src/crosslingual/pl-en-lexicon.json';
import type { CapabilityProfile, NeedProfile } from '@app/matching';

/** mulberry32: a small seeded generator, so every run builds the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const polishEndings = ['', 'a', 'i', 'y', 'ą', 'ę', 'ów', 'ami', 'ach', 'em'];
const polishFiller =
  'oraz w na do z dla przy który która jest są być może badania prace rozwiązanie zakres proces projekt'.split(
    ' ',
  );
const englishFiller =
  'and the of for with in on to is are be can research work solution scope process project'.split(
    ' ',
  );
const cities = [
  ['Lublin', 'lubelskie'],
  ['Świdnik', 'lubelskie'],
  ['Radom', 'mazowieckie'],
  ['Warszawa', 'mazowieckie'],
  ['Starachowice', 'świętokrzyskie'],
  ['Kielce', 'świętokrzyskie'],
  ['Rzeszów', 'podkarpackie'],
  ['Kraków', 'małopolskie'],
] as const;
const collaborationTypes = [
  'RD_COOPERATION',
  'CONTRACT_RESEARCH',
  'CONSULTING',
  'TESTING_AND_LAB_SERVICES',
  'LICENSING',
  'STUDENT_PROJECTS',
];

interface Topic {
  polish: string[];
  english: string[];
}

/**
 * A corpus that behaves like the real one where it matters for speed: Polish and English
 * postings over a few hundred topics that share a technical vocabulary, with Zipf-like reuse
 * of common words, inflected Polish, and every structured field filled.
 */
export class SyntheticCorpus {
  private readonly next: () => number;
  private readonly topics: Topic[];

  constructor(seed: number, topicCount = 300) {
    this.next = random(seed);
    const entries = Object.entries(lexicon.entries).filter(([polish]) => !polish.includes(' '));
    this.topics = Array.from({ length: topicCount }, () => {
      const chosen = Array.from(
        { length: 14 },
        () => entries[Math.floor(this.next() ** 1.6 * entries.length)]!,
      );
      return {
        polish: chosen.map(([polish]) => polish),
        english: chosen.map(([, english]) => english.split(',')[0]!.trim()),
      };
    });
  }

  capability(index: number): CapabilityProfile {
    const base = this.posting(`capability-${index}`);
    return { ...base, trl: 1 + Math.floor(this.next() * 9), methods: [], equipment: [] };
  }

  need(index: number): NeedProfile {
    const base = this.posting(`need-${index}`);
    const trlMin = 1 + Math.floor(this.next() * 6);
    return {
      ...base,
      trlMin,
      trlMax: Math.min(9, trlMin + 1 + Math.floor(this.next() * 3)),
      budget: { min: 10_000, max: 10_000 + Math.floor(this.next() * 300_000), currency: 'PLN' },
      deadline: '2027-09-30',
    };
  }

  private posting(id: string) {
    const language = this.next() < 0.5 ? ('pl' as const) : ('en' as const);
    const main = this.pick(this.topics);
    const second = this.pick(this.topics);
    const words = (count: number) =>
      Array.from({ length: count }, () =>
        this.word(this.next() < 0.75 ? main : second, language),
      ).join(' ');
    const [city, region] = this.pick(cities);
    return {
      id,
      language,
      title: words(7),
      summary: words(25),
      description: words(90 + Math.floor(this.next() * 80)),
      keywords: Array.from({ length: 4 }, () => this.word(main, language)),
      sectors: [`C${25 + Math.floor(this.next() * 6)}`],
      collaborationTypes: [this.pick(collaborationTypes), this.pick(collaborationTypes)],
      place: { city, region, country: 'PL' },
    };
  }

  private word(topic: Topic, language: 'pl' | 'en'): string {
    if (this.next() < 0.3) return this.pick(language === 'pl' ? polishFiller : englishFiller);
    const index = Math.floor(this.next() ** 1.3 * topic.polish.length);
    return language === 'pl'
      ? topic.polish[index]! + this.pick(polishEndings)
      : topic.english[index]!;
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}
