import {
  CompanySize,
  isValidNip,
  isValidRegon,
  Language,
  limits,
  OrganizationKind,
  organizationKindsByRole,
  registryDigits,
  UserRole,
} from '@app/domain';
import { foldDiacritics } from '@app/text';
import type { SheetTable } from './sheet-table';

/** A member organisation as a row gives it. */
export interface MemberOrganization {
  name: string;
  kind: OrganizationKind;
  size: CompanySize | null;
  nip: string | null;
  regon: string | null;
  city: string;
  region: string;
  country: string;
  website: string | null;
}

/** A person to invite, of the row's organisation. */
export interface MemberPerson {
  email: string;
  fullName: string;
  role: UserRole.FIRM | UserRole.RESEARCHER;
  language: Language;
}

/** A need (for a firm's person) or a capability (a researcher's) to create as a draft. */
export interface MemberPosting {
  title: string;
  summary: string;
}

export interface MemberRow {
  row: number;
  organization: MemberOrganization;
  person: MemberPerson | null;
  posting: MemberPosting | null;
}

export type MemberColumn = keyof typeof columnNames;

export type ProblemCode =
  | 'MISSING_COLUMN'
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'INVALID_NIP'
  | 'INVALID_REGON'
  | 'INVALID_EMAIL'
  | 'INVALID_WEBSITE'
  | 'UNKNOWN_VALUE'
  /** A size given for an organisation that is not a company. */
  | 'SIZE_NOT_FOR_KIND'
  /** A person whose role cannot belong to the row's kind of organisation (a firm at a university). */
  | 'ROLE_NOT_FOR_KIND'
  /** A posting whose row names no one who may post it (a firm's person or a researcher). */
  | 'POSTING_WITHOUT_AUTHOR'
  | 'DUPLICATE_IN_FILE';

/** What is wrong where: the spreadsheet's row (1 is the header) and the column, by its key. */
export interface RowProblem {
  row: number;
  column: MemberColumn;
  code: ProblemCode;
}

/** Header names people use for each column, in Polish and English (diacritics folded). */
const columnNames = {
  organization: [
    'organizacja',
    'nazwa organizacji',
    'nazwa firmy',
    'firma',
    'organization',
    'organisation',
    'organization name',
    'organisation name',
    'company',
  ],
  kind: [
    'rodzaj',
    'rodzaj organizacji',
    'typ',
    'typ organizacji',
    'kind',
    'type',
    'organization kind',
  ],
  size: ['wielkosc', 'wielkosc firmy', 'wielkosc przedsiebiorstwa', 'size', 'company size'],
  nip: ['nip', 'tax id', 'vat id', 'vat number'],
  regon: ['regon'],
  city: ['miejscowosc', 'miasto', 'city', 'town'],
  region: ['wojewodztwo', 'region', 'voivodeship', 'province'],
  country: ['kraj', 'country'],
  website: ['strona www', 'strona internetowa', 'www', 'website', 'web site', 'url'],
  email: ['e-mail', 'email', 'adres e-mail', 'adres email', 'mail'],
  fullName: [
    'imie i nazwisko',
    'osoba',
    'osoba kontaktowa',
    'full name',
    'name',
    'contact name',
    'contact person',
    'person',
  ],
  role: ['rola', 'role'],
  language: ['jezyk', 'language'],
  postingTitle: [
    'tytul potrzeby lub oferty',
    'tytul potrzeby',
    'tytul oferty',
    'potrzeba',
    'oferta',
    'posting',
    'posting title',
    'need',
    'need title',
    'offer',
    'offer title',
  ],
  postingSummary: [
    'opis potrzeby lub oferty',
    'opis potrzeby',
    'opis oferty',
    'streszczenie',
    'posting summary',
    'need summary',
    'offer summary',
    'summary',
  ],
} as const;

const required: MemberColumn[] = ['organization', 'kind', 'city'];

const key = (text: string) => foldDiacritics(text.trim().toLowerCase()).replace(/\s+/g, ' ');

/** Values people write for each choice (folded), beside the API's own names. */
const choices = {
  kind: {
    [OrganizationKind.COMPANY]: ['firma', 'przedsiebiorstwo', 'spolka', 'company', 'firm'],
    [OrganizationKind.UNIVERSITY]: ['uczelnia', 'uniwersytet', 'politechnika', 'university'],
    [OrganizationKind.RESEARCH_INSTITUTE]: [
      'instytut',
      'instytut badawczy',
      'research institute',
      'institute',
    ],
  },
  size: {
    [CompanySize.SME_UP_TO_10]: ['mikro', 'mikroprzedsiebiorstwo', 'do 10', '1-9', 'micro'],
    [CompanySize.SME_11_49]: ['mala', 'male', 'male przedsiebiorstwo', '10-49', '11-49', 'small'],
    [CompanySize.SME_50_249]: [
      'srednia',
      'srednie',
      'srednie przedsiebiorstwo',
      '50-249',
      'medium',
    ],
    [CompanySize.LARGE]: ['duza', 'duze', 'duze przedsiebiorstwo', '250+', 'large'],
  },
  role: {
    [UserRole.FIRM]: ['firma', 'przedsiebiorca', 'firm', 'company'],
    [UserRole.RESEARCHER]: ['naukowiec', 'badacz', 'researcher', 'scientist'],
  },
  language: {
    [Language.pl]: ['pl', 'polski', 'polish'],
    [Language.en]: ['en', 'angielski', 'english'],
  },
} as const;

function choose<T extends string>(options: Record<T, readonly string[]>, typed: string): T | null {
  const wanted = key(typed);
  for (const [value, names] of Object.entries(options) as [T, readonly string[]][]) {
    if (key(value) === wanted || names.includes(wanted)) return value;
  }
  return null;
}

/** A two-letter country code as written, or Poland by its name; Poland when left empty. */
function country(typed: string, unknown: () => void): string {
  if (!typed) return 'PL';
  if (/^[a-z]{2}$/i.test(typed)) return typed.toUpperCase();
  if (['polska', 'poland'].includes(key(typed))) return 'PL';
  unknown();
  return typed;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The members a spreadsheet lists, and every problem with the row and column it is in. A row
 * with a problem gives no member: the import runs all or nothing on the rows as read here.
 */
export function readMemberRows(table: SheetTable): {
  members: MemberRow[];
  problems: RowProblem[];
} {
  const positions = new Map<MemberColumn, number>();
  table.headers.forEach((header, index) => {
    const column = (Object.keys(columnNames) as MemberColumn[]).find((candidate) =>
      (columnNames[candidate] as readonly string[]).includes(key(header)),
    );
    if (column && !positions.has(column)) positions.set(column, index);
  });
  const missing = required.filter((column) => !positions.has(column));
  if (missing.length > 0) {
    return {
      members: [],
      problems: missing.map((column) => ({ row: 1, column, code: 'MISSING_COLUMN' })),
    };
  }

  const members: MemberRow[] = [];
  const problems: RowProblem[] = [];
  for (const { number, cells } of table.rows) {
    const found: RowProblem[] = [];
    const cell = (column: MemberColumn) => {
      const position = positions.get(column);
      return position === undefined ? '' : (cells[position] ?? '').trim();
    };
    const problem = (column: MemberColumn, code: ProblemCode) =>
      found.push({ row: number, column, code });
    const text = (column: MemberColumn, max: number) => {
      const value = cell(column);
      if (value.length > max) problem(column, 'TOO_LONG');
      return value;
    };
    const choice = <T extends string>(
      column: MemberColumn,
      options: Record<T, readonly string[]>,
    ) => {
      if (!cell(column)) return null;
      const value = choose(options, cell(column));
      if (!value) problem(column, 'UNKNOWN_VALUE');
      return value;
    };
    const registry = (column: 'nip' | 'regon', valid: (digits: string) => boolean) => {
      if (!cell(column)) return null;
      const digits = registryDigits(cell(column));
      if (!valid(digits)) problem(column, column === 'nip' ? 'INVALID_NIP' : 'INVALID_REGON');
      return digits;
    };

    for (const column of required) if (!cell(column)) problem(column, 'REQUIRED');
    const website = text('website', limits.website) || null;
    if (website && !/^(https?:\/\/)?[\w-]+(\.[\w-]+)+(\/\S*)?$/i.test(website)) {
      problem('website', 'INVALID_WEBSITE');
    }
    const kind = choice('kind', choices.kind) ?? OrganizationKind.COMPANY;
    if (cell('size') && kind !== OrganizationKind.COMPANY) {
      problem('size', 'SIZE_NOT_FOR_KIND');
    }
    const organization: MemberOrganization = {
      name: text('organization', limits.organizationName),
      kind,
      size: choice('size', choices.size),
      nip: registry('nip', isValidNip),
      regon: registry('regon', isValidRegon),
      city: text('city', limits.placeName),
      region: text('region', limits.placeName),
      country: country(cell('country'), () => problem('country', 'UNKNOWN_VALUE')),
      website,
    };

    let person: MemberPerson | null = null;
    const email = cell('email');
    if (email || cell('fullName')) {
      if (!email) problem('email', 'REQUIRED');
      else if (!emailPattern.test(email)) problem('email', 'INVALID_EMAIL');
      if (!cell('fullName')) problem('fullName', 'REQUIRED');
      const defaultRole =
        organization.kind === OrganizationKind.COMPANY ? UserRole.FIRM : UserRole.RESEARCHER;
      const role = choice('role', choices.role) ?? defaultRole;
      if (!organizationKindsByRole[role].includes(organization.kind)) {
        problem('role', 'ROLE_NOT_FOR_KIND');
      }
      person = {
        email: text('email', limits.email).toLowerCase(),
        fullName: text('fullName', limits.fullName),
        role,
        language: choice('language', choices.language) ?? Language.pl,
      };
    }
    let posting: MemberPosting | null = null;
    const title = text('postingTitle', limits.title);
    const summary = text('postingSummary', limits.summary);
    if (title || summary) {
      if (!title) problem('postingTitle', 'REQUIRED');
      else if (!person) problem('postingTitle', 'POSTING_WITHOUT_AUTHOR');
      // Without a summary the title says it: a draft the author completes before publishing.
      posting = { title, summary: summary || title };
    }
    if (found.length > 0) problems.push(...found);
    else members.push({ row: number, organization, person, posting });
  }
  return { members, problems };
}
