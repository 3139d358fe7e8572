import { ENV, type Env } from '@app/config';
import {
  currentVersions,
  type Language,
  type LegalDocument,
  type LegalText,
  loadLegalTexts,
} from '@app/domain';
import { Inject, Injectable } from '@nestjs/common';

/** The texts in force, read once at start: a missing or malformed file stops the api there. */
@Injectable()
export class LegalTexts {
  readonly texts: LegalText[];
  readonly versions: Record<LegalDocument, string>;

  constructor(@Inject(ENV) env: Env) {
    this.texts = loadLegalTexts(env.LEGAL_TEXTS_DIR);
    this.versions = currentVersions(this.texts);
  }

  inLanguage(language: Language): LegalText[] {
    return this.texts.filter((text) => text.language === language);
  }
}
