import type { MemberOrganization, MemberRow, RowProblem } from './member-rows';

/** An organisation already on the platform, as the dry run compares a row with it. */
export interface KnownOrganization extends Omit<MemberOrganization, 'country'> {
  id: string;
  country: string;
}

export type OrganizationAction = 'CREATE' | 'UPDATE' | 'UNCHANGED';
export type PersonAction = 'INVITE' | 'ALREADY_A_USER' | 'NONE';
export type PostingAction = 'CREATE_NEED' | 'CREATE_CAPABILITY' | 'UNCHANGED' | 'NONE';

/** An account a row's person already has, as far as a posting of theirs is concerned. */
export interface KnownAuthor {
  role: string;
  /** Their postings' titles, lower-cased: the same file imported again adds none. */
  titles: ReadonlySet<string>;
}

const postingActionOf: Record<string, PostingAction> = {
  FIRM: 'CREATE_NEED',
  RESEARCHER: 'CREATE_CAPABILITY',
};

export interface PlannedMember {
  row: number;
  organization: {
    action: OrganizationAction;
    /** The organisation updated or left as it is. */
    id: string | null;
    /** The fields an update changes. */
    changes: (keyof MemberOrganization)[];
    values: MemberOrganization;
  };
  person: { action: PersonAction; email: string | null };
  posting: { action: PostingAction; title: string | null };
}

const comparable: (keyof MemberOrganization)[] = [
  'name',
  'kind',
  'size',
  'nip',
  'regon',
  'city',
  'region',
  'country',
  'website',
];

/** Case aside, accents not: "Świdnik" is "ŚWIDNIK", not "Swidnik". */
const comparableText = (text: string) => text.trim().toLocaleLowerCase('pl');
const sameText = (a: string, b: string) => comparableText(a) === comparableText(b);
const nameAndCity = (o: { name: string; city: string }) =>
  `${comparableText(o.name)}\u0000${comparableText(o.city)}`;

/**
 * What an import would do, row by row, without doing it: an organisation is the one on the
 * platform with its NIP, else with its name and city (case aside), and is created, updated (the
 * fields the row fills and that differ) or left unchanged; a person is invited unless already a
 * user. Rows naming the same NIP, or the same person, twice are problems: the file decides
 * nothing between them. Running a plan's import and planning the same file again gives only
 * UNCHANGED and ALREADY_A_USER.
 */
export function planMemberImport(
  members: MemberRow[],
  known: KnownOrganization[],
  userEmails: ReadonlySet<string>,
  authors: ReadonlyMap<string, KnownAuthor> = new Map(),
): { planned: PlannedMember[]; problems: RowProblem[] } {
  const byNip = new Map(known.filter((o) => o.nip).map((o) => [o.nip!, o]));
  const byNameCity = new Map(known.map((o) => [nameAndCity(o), o]));
  const problems: RowProblem[] = [];
  const nipRows = new Map<string, number>();
  const emailRows = new Map<string, number>();
  const planned: PlannedMember[] = [];

  for (const { row, organization, person, posting } of members) {
    const { nip } = organization;
    if (nip && nipRows.has(nip) && !sameOrganizationRows(members, nipRows.get(nip)!, row)) {
      problems.push({ row, column: 'nip', code: 'DUPLICATE_IN_FILE' });
      continue;
    }
    if (person && emailRows.has(person.email)) {
      problems.push({ row, column: 'email', code: 'DUPLICATE_IN_FILE' });
      continue;
    }
    if (nip) nipRows.set(nip, row);
    if (person) emailRows.set(person.email, row);

    const match = (nip && byNip.get(nip)) || byNameCity.get(nameAndCity(organization));
    const changes = match
      ? comparable.filter((field) => {
          const value = organization[field];
          if (value === null || value === '') return false;
          const current = match[field];
          return typeof value === 'string' && typeof current === 'string'
            ? !sameText(value, current)
            : value !== current;
        })
      : [];
    const personAction: PersonAction = !person
      ? 'NONE'
      : userEmails.has(person.email)
        ? 'ALREADY_A_USER'
        : 'INVITE';
    let postingAction: PostingAction = 'NONE';
    if (posting && person) {
      // A new person posts as the role the row gives; an existing account as the one it has.
      const author = personAction === 'INVITE' ? null : authors.get(person.email);
      const role = personAction === 'INVITE' ? person.role : author?.role;
      const action = role ? postingActionOf[role] : undefined;
      if (!action) {
        problems.push({ row, column: 'postingTitle', code: 'POSTING_WITHOUT_AUTHOR' });
        continue;
      }
      postingAction = author?.titles.has(posting.title.toLocaleLowerCase('pl'))
        ? 'UNCHANGED'
        : action;
    }
    planned.push({
      row,
      organization: {
        action: !match ? 'CREATE' : changes.length > 0 ? 'UPDATE' : 'UNCHANGED',
        id: match?.id ?? null,
        changes,
        values: organization,
      },
      person: { action: personAction, email: person?.email ?? null },
      posting: { action: postingAction, title: posting?.title ?? null },
    });
  }
  return { planned, problems };
}

/** Two rows with one NIP may list two people of one organisation, if they name it alike. */
function sameOrganizationRows(members: MemberRow[], first: number, second: number): boolean {
  const [a, b] = [first, second].map((row) => members.find((member) => member.row === row)!);
  return nameAndCity(a!.organization) === nameAndCity(b!.organization);
}
