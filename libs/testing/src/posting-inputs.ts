/**
 * Valid need and capability inputs, as the API takes them. No imports: the browser tests use
 * them too, without loading the platform's code.
 */

/** A date this many days from today, as the API expects deadlines. */
export const daysFromToday = (days: number): string =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export function needInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Zwiększenie trwałości frezów przy obróbce stopów tytanu',
    summary: 'Szukamy partnera do badań powłok PVD, które wydłużą żywotność narzędzi.',
    description:
      'Obrabiamy Ti6Al4V na centrach 5-osiowych; frezy zużywają się po 30 minutach. Chcemy przetestować powłoki AlTiN.',
    technologyKeywords: ['obróbka skrawaniem', 'powłoki PVD'],
    marketKeywords: ['lotnictwo'],
    sectors: ['C25.62'],
    trlMin: 4,
    trlMax: 7,
    collaborationTypes: ['CONTRACT_RESEARCH'],
    budget: { min: 40000, max: 120000, currency: 'PLN' },
    deadline: daysFromToday(90),
    language: 'pl',
    visibility: 'PUBLIC',
    ...overrides,
  };
}

export function capabilityInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Wear-resistant PVD coatings for cutting tools',
    summary: 'Design and tribological testing of nitride coatings that extend tool life.',
    description:
      'Our lab deposits AlTiN and CrN coatings and tests them on tribometers and in machining trials of titanium alloys.',
    expertiseKeywords: ['PVD coatings', 'tribology'],
    methods: ['ball-on-disc tribometry'],
    equipment: ['industrial PVD arc system'],
    sectors: ['C25.73'],
    trl: 6,
    iprStatus: 'IPR_GRANTED',
    collaborationTypes: ['CONTRACT_RESEARCH', 'TESTING_AND_LAB_SERVICES'],
    team: '8 researchers',
    publications: ['10.1016/j.surfcoat.2023.129876'],
    language: 'en',
    visibility: 'PUBLIC',
    ...overrides,
  };
}

/** A firm's need and a lab's capability on fatigue of welded brackets, made to match. */
export const bracketsNeed = needInput({
  title: 'Trwałość zmęczeniowa spawanych wsporników ramy',
  summary: 'Szukamy badań zmęczeniowych i symulacji spoin wsporników.',
  description:
    'Wsporniki spawane pękają w eksploatacji. Potrzebujemy symulacji MES i badań zmęczeniowych połączeń spawanych.',
  technologyKeywords: ['zmęczenie materiału', 'połączenia spawane', 'wsporniki'],
  marketKeywords: [],
  sectors: ['C29.20'],
  collaborationTypes: ['CONTRACT_RESEARCH'],
});

export const bracketsCapability = capabilityInput({
  title: 'Fatigue assessment of welded brackets and joints',
  summary: 'Finite element fatigue analysis and bench tests of welded joints.',
  description: 'We simulate and test the fatigue life of welded steel brackets and frame joints.',
  expertiseKeywords: ['fatigue', 'welded joints', 'brackets'],
  sectors: ['C29.20'],
  collaborationTypes: ['CONTRACT_RESEARCH'],
  trl: 5,
});
