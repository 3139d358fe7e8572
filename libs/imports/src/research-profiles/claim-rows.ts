import { Language, limits } from '@app/domain';
import { foldDiacritics } from '@app/text';
import type { SheetTable } from '../members/sheet-table';
import { orcidId } from '../orcid/orcid-id';

export type ClaimColumn = 'orcid' | 'email' | 'language' | 'fullName';
export type ClaimProblemCode =
  | 'MISSING_COLUMN'
  | 'INVALID_ORCID'
  | 'INVALID_EMAIL'
  | 'INVALID_LANGUAGE'
  | 'DUPLICATE'
  | 'UNKNOWN_ORCID'
  | 'ALREADY_CLAIMED'
  | 'NOT_A_RESEARCHER';

export interface ClaimRow {
  row: number;
  orcidId: string;
  email: string;
  language: Language | null;
  fullName: string | null;
}

export interface ClaimProblem {
  row: number;
  column: ClaimColumn;
  code: ClaimProblemCode;
}

const headers: Record<ClaimColumn, string[]> = {
  orcid: ['orcid', 'orcid id', 'orcid ids', 'identyfikator orcid'],
  email: ['e-mail', 'email', 'adres e-mail', 'adres email', 'mail'],
  language: ['jezyk', 'language'],
  fullName: ['imie i nazwisko', 'osoba', 'full name', 'name'],
};
const languages: Record<string, Language> = {
  pl: Language.pl,
  polski: Language.pl,
  polish: Language.pl,
  en: Language.en,
  angielski: Language.en,
  english: Language.en,
};
const key = (text: string) => foldDiacritics(text.trim().toLowerCase()).replace(/\s+/g, ' ');
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The rows of a coordinator's file naming who should claim which draft: an ORCID iD and an
 * e-mail address each, optionally a language and a name (headers in Polish or English).
 */
export function readClaimRows(table: SheetTable): { rows: ClaimRow[]; problems: ClaimProblem[] } {
  const index = Object.fromEntries(
    (Object.keys(headers) as ClaimColumn[]).map((column) => [
      column,
      table.headers.findIndex((header) => headers[column].includes(key(header))),
    ]),
  ) as Record<ClaimColumn, number>;
  const problems: ClaimProblem[] = [];
  for (const column of ['orcid', 'email'] as const) {
    if (index[column] < 0) problems.push({ row: 1, column, code: 'MISSING_COLUMN' });
  }
  if (problems.length > 0) return { rows: [], problems };
  const rows: ClaimRow[] = [];
  const seen = new Set<string>();
  for (const { number, cells } of table.rows) {
    const cell = (column: ClaimColumn) =>
      index[column] < 0 ? '' : (cells[index[column]] ?? '').trim();
    const problem = (column: ClaimColumn, code: ClaimProblemCode) =>
      problems.push({ row: number, column, code });
    const id = orcidId(cell('orcid'));
    const email = cell('email').toLowerCase();
    const typedLanguage = cell('language');
    const language = typedLanguage ? (languages[key(typedLanguage)] ?? null) : null;
    if (!id) problem('orcid', 'INVALID_ORCID');
    else if (seen.has(id)) problem('orcid', 'DUPLICATE');
    if (!emailPattern.test(email) || email.length > limits.email) problem('email', 'INVALID_EMAIL');
    if (typedLanguage && !language) problem('language', 'INVALID_LANGUAGE');
    if (!id || seen.has(id) || problems.some((found) => found.row === number)) continue;
    seen.add(id);
    rows.push({
      row: number,
      orcidId: id,
      email,
      language,
      fullName: cell('fullName').slice(0, limits.fullName) || null,
    });
  }
  return { rows, problems };
}
