import { analyze, detectLanguage, foldDiacritics, tokenize } from './text-analyzer';

describe('text analysis', () => {
  it('gives Polish inflections of one word the same stem', () => {
    const stems = ['obróbka', 'obróbki', 'obróbką', 'obróbkę'].map(
      (word) => analyze(word, 'pl')[0],
    );
    expect(new Set(stems).size).toBe(1);
  });

  it('stems English plurals and gerunds', () => {
    expect(analyze('simulations', 'en')).toEqual(analyze('simulation', 'en'));
    expect(analyze('welding', 'en')).toEqual(analyze('welds', 'en'));
  });

  it('drops stop words of the text language', () => {
    expect(analyze('badania nad powłokami i ich trwałością', 'pl')).toHaveLength(3);
    expect(analyze('the wear of the coatings', 'en')).toHaveLength(2);
  });

  it('folds Polish diacritics after stemming', () => {
    expect(foldDiacritics('łożysko źródło')).toBe('lozysko zrodlo');
    expect(analyze('spawalnictwo', 'pl')[0]).not.toMatch(/[ąćęłńóśźż]/);
  });

  it('splits hyphenated words and ignores punctuation', () => {
    expect(tokenize('Badania R&D, laser-hybrid welding!')).toEqual([
      'badania',
      'r',
      'd',
      'laser',
      'hybrid',
      'welding',
    ]);
  });

  it('detects Polish and English and falls back on ambiguous text', () => {
    expect(
      detectLanguage('Szukamy partnera do badań nad powłokami, które zmniejszą zużycie narzędzi.'),
    ).toBe('pl');
    expect(
      detectLanguage('We are looking for a partner to test the fatigue of welded joints.'),
    ).toBe('en');
    expect(detectLanguage('CNC', 'pl')).toBe('pl');
  });
});
