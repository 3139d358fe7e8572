import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Language } from '../enums';
import { currentVersions, LegalDocument, loadLegalTexts, parseLegalText } from './legal-documents';

const folderWith = (files: Record<string, string>) => {
  const folder = mkdtempSync(join(tmpdir(), 'legal-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
};
const allFiles = (terms: Record<Language, string>) => ({
  'terms.pl.md': `version: ${terms.pl}\n\nRegulamin\n\n1. Punkt.`,
  'terms.en.md': `version: ${terms.en}\r\n\r\nTerms\r\n\r\n1. Point.`,
  'privacy.pl.md': 'version: 1\n\nInformacja',
  'privacy.en.md': 'version: 1\n\nNotice',
});

describe('legal texts', () => {
  it('ships every document in every language, one version across languages', () => {
    const texts = loadLegalTexts();
    expect(texts).toHaveLength(4);
    expect(Object.keys(currentVersions(texts)).sort()).toEqual(['PRIVACY', 'TERMS']);
  });

  it("reads the operator's folder, with Windows line ends", () => {
    const texts = loadLegalTexts(folderWith(allFiles({ pl: '2027-01', en: '2027-01' })));
    expect(currentVersions(texts)).toEqual({ TERMS: '2027-01', PRIVACY: '1' });
    expect(texts.find((text) => text.language === Language.en)!.body).toBe('Terms\n\n1. Point.');
  });

  it('refuses a folder whose languages disagree on a version, or that misses a file', () => {
    expect(() => loadLegalTexts(folderWith(allFiles({ pl: '2', en: '1' })))).toThrow(
      'TERMS has a different version in each language: 2, 1',
    );
    const { ['privacy.en.md']: _missing, ...rest } = allFiles({ pl: '1', en: '1' });
    expect(() => loadLegalTexts(folderWith(rest))).toThrow(/privacy\.en\.md/);
  });

  it('needs a version line and a text', () => {
    expect(() => parseLegalText(LegalDocument.TERMS, Language.pl, 'Regulamin\n\n1.')).toThrow(
      'terms.pl.md: the first line must be "version: …"',
    );
    expect(() => parseLegalText(LegalDocument.TERMS, Language.pl, 'version: 3\n\n  ')).toThrow(
      'terms.pl.md has no text',
    );
  });
});
