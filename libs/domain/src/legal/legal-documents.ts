import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Language } from '../enums';
import { shippedLegalTexts } from './shipped-texts';

/** The texts every user accepts: at sign-up, and again whenever their version changes. */
export enum LegalDocument {
  TERMS = 'TERMS',
  PRIVACY = 'PRIVACY',
}

export interface LegalText {
  document: LegalDocument;
  language: Language;
  /** Names the wording: an acceptance is of one version, in whichever language it was read. */
  version: string;
  body: string;
}

const versionLine = /^version:\s*(\S.{0,39}?)\s*$/;

/** A text file opens with `version: …`, then a blank line, then the text. */
export function parseLegalText(
  document: LegalDocument,
  language: Language,
  source: string,
): LegalText {
  const [first = '', ...rest] = source.replace(/\r\n/g, '\n').split('\n');
  const version = versionLine.exec(first)?.[1];
  const body = rest.join('\n').trim();
  if (!version)
    throw new Error(`${fileName(document, language)}: the first line must be "version: …"`);
  if (!body) throw new Error(`${fileName(document, language)} has no text`);
  return { document, language, version, body };
}

export const fileName = (document: LegalDocument, language: Language) =>
  `${document.toLowerCase()}.${language}.md`;

/**
 * The texts in force: the operator's folder (`terms.pl.md`, `privacy.en.md`, …) when given,
 * else those shipped with the app. Every document is needed in every language, with one
 * version across languages, since the languages are translations of one wording.
 */
export function loadLegalTexts(directory?: string): LegalText[] {
  const texts = Object.values(LegalDocument).flatMap((document) =>
    Object.values(Language).map((language) =>
      parseLegalText(
        document,
        language,
        directory
          ? readFileSync(join(directory, fileName(document, language)), 'utf8')
          : shippedLegalTexts[document][language],
      ),
    ),
  );
  for (const document of Object.values(LegalDocument)) {
    const versions = new Set(
      texts.filter((text) => text.document === document).map((text) => text.version),
    );
    if (versions.size > 1) {
      throw new Error(
        `${document} has a different version in each language: ${[...versions].join(', ')}`,
      );
    }
  }
  return texts;
}

/** Each document's version in force. */
export const currentVersions = (texts: LegalText[]): Record<LegalDocument, string> =>
  Object.fromEntries(texts.map((text) => [text.document, text.version])) as Record<
    LegalDocument,
    string
  >;
