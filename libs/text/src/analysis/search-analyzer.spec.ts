import { analyzeForSearch, analyzeSearchQuery, polishSearchKey } from './search-analyzer';

/** Every case form, singular and plural, of technical nouns and adjectives a cluster writes. */
const caseForms: Record<string, string[]> = {
  obróbka: [
    'obróbki',
    'obróbce',
    'obróbkę',
    'obróbką',
    'obróbko',
    'obróbek',
    'obróbkom',
    'obróbkami',
    'obróbkach',
  ],
  spoina: [
    'spoiny',
    'spoinie',
    'spoinę',
    'spoiną',
    'spoino',
    'spoin',
    'spoinom',
    'spoinami',
    'spoinach',
  ],
  łożysko: ['łożyska', 'łożysku', 'łożyskiem', 'łożysk', 'łożyskom', 'łożyskami', 'łożyskach'],
  powłoka: [
    'powłoki',
    'powłoce',
    'powłokę',
    'powłoką',
    'powłok',
    'powłokom',
    'powłokami',
    'powłokach',
  ],
  zużycie: ['zużycia', 'zużyciu', 'zużyciem', 'zużyć', 'zużyciom', 'zużyciami', 'zużyciach'],
  wał: ['wału', 'wałowi', 'wałem', 'wale', 'wały', 'wałów', 'wałom', 'wałami', 'wałach'],
  stal: ['stali', 'stalą', 'stale', 'stalom', 'stalami', 'stalach'],
  narzędzie: [
    'narzędzia',
    'narzędziu',
    'narzędziem',
    'narzędzi',
    'narzędziom',
    'narzędziami',
    'narzędziach',
  ],
  metoda: ['metody', 'metodzie', 'metodę', 'metodą', 'metod', 'metodom', 'metodami', 'metodach'],
  droga: ['drogi', 'drodze', 'drogę', 'drogą', 'dróg', 'drogom', 'drogami', 'drogach'],
  blacha: ['blachy', 'blasze', 'blachę', 'blachą', 'blach', 'blachami', 'blachach'],
  sprzęt: ['sprzętu', 'sprzętowi', 'sprzętem', 'sprzęcie', 'sprzęty', 'sprzętów'],
  materiał: [
    'materiału',
    'materiałowi',
    'materiałem',
    'materiale',
    'materiały',
    'materiałów',
    'materiałami',
  ],
  pomiar: ['pomiaru', 'pomiarowi', 'pomiarem', 'pomiarze', 'pomiary', 'pomiarów', 'pomiarami'],
  wiertło: ['wiertła', 'wiertłu', 'wiertłem', 'wiertle', 'wierteł', 'wiertłom', 'wiertłami'],
  przekładnia: ['przekładni', 'przekładnię', 'przekładnią', 'przekładnio', 'przekładniami'],
  koło: ['koła', 'kołu', 'kołem', 'kole', 'kół', 'kołom', 'kołami', 'kołach'],
  część: ['części', 'częścią', 'częściom', 'częściami', 'częściach'],
  spawanie: ['spawania', 'spawaniu', 'spawaniem', 'spawań', 'spawaniom', 'spawaniami'],
  laserowy: [
    'laserowego',
    'laserowemu',
    'laserowym',
    'laserowa',
    'laserowej',
    'laserową',
    'laserowe',
    'laserowych',
    'laserowymi',
  ],
  ścierny: [
    'ściernego',
    'ściernemu',
    'ściernym',
    'ścierna',
    'ściernej',
    'ścierną',
    'ścierne',
    'ściernych',
    'ściernymi',
  ],
  stalowy: [
    'stalowego',
    'stalowemu',
    'stalowym',
    'stalowa',
    'stalowej',
    'stalową',
    'stalowe',
    'stalowych',
  ],
};

describe('search analysis', () => {
  const table = Object.entries(caseForms).flatMap(([base, forms]) =>
    forms.map((form) => [form, base] as const),
  );

  it('holds well over 40 inflected forms', () => {
    expect(table.length).toBeGreaterThan(150);
  });

  it.each(table)('"%s" has the search key of "%s"', (form, base) => {
    expect(polishSearchKey(form)).toBe(polishSearchKey(base));
  });

  it('keeps different technical words apart', () => {
    const keys = Object.keys(caseForms).map(polishSearchKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('finds a Polish word in any case form from a query of unknown language', () => {
    const [document] = [analyzeForSearch('Zużycie narzędzi skrawających', 'pl')];
    for (const query of ['zużyciem', 'zużyciu', 'narzędziami']) {
      const [forms] = analyzeSearchQuery(query);
      expect(forms!.some((form) => document.includes(form))).toBe(true);
    }
  });

  it('offers a query word under both languages and drops stop words of either', () => {
    const [forms] = analyzeSearchQuery('coatings');
    expect(forms).toContain(analyzeForSearch('coating', 'en')[0]);
    expect(analyzeSearchQuery('i the')).toEqual([]);
  });

  it('asks only for words the index holds: one letter is never indexed', () => {
    const commerce = new Set([
      ...analyzeForSearch('commerce', 'pl'),
      ...analyzeForSearch('commerce', 'en'),
    ]);
    expect(analyzeSearchQuery('e-commerce')).toEqual([[...commerce]]);
    expect(analyzeSearchQuery('ą ę y')).toEqual([]);
  });

  it.each(['e', 'y', 'ą', 'ę', 'ee', 'aa', 'e-commerce', 'E-mail', 'ió'])(
    'never makes an empty key (PostgreSQL refuses one in a tsquery or tsvector): "%s"',
    (text) => {
      for (const forms of analyzeSearchQuery(text)) {
        expect(forms.length).toBeGreaterThan(0);
        for (const form of forms) expect(form).toMatch(/^[\p{L}\p{N}]+$/u);
      }
      for (const language of ['pl', 'en'] as const) {
        for (const term of analyzeForSearch(text, language)) expect(term).not.toBe('');
      }
    },
  );
});
