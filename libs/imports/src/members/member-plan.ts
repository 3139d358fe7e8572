import type { MemberOrganization, MemberRow, RowProblem } from './member-rows';

/** An organisation already on the platform, as the dry run compares a row with it. */
export interface KnownOrganization extends Omit<MemberOrganization, 'country'> {
  id: string;
  country: string;
}

export type OrganizationAction = 'CREATE' | 'UPDATE' | 'UNCHANGED';
export type PersonAction = 'INVITE' | 'ALREADY_A_USER' | 'NONE';

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
): { planned: PlannedMember[]; problems: RowProblem[] } {
  const byNip = new Map(known.filter((o) => o.nip).map((o) => [o.nip!, o]));
  const byNameCity = new Map(known.map((o) => [nameAndCity(o), o]));
  const problems: RowProblem[] = [];
  const nipRows = new Map<string, number>();
  const emailRows = new Map<string, number>();
  const planned: PlannedMember[] = [];

  for (const { row, organization, person } of members) {
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
    planned.push({
      row,
      organization: {
        action: !match ? 'CREATE' : changes.length > 0 ? 'UPDATE' : 'UNCHANGED',
        id: match?.id ?? null,
        changes,
        values: organization,
      },
      person: {
        action: !person ? 'NONE' : userEmails.has(person.email) ? 'ALREADY_A_USER' : 'INVITE',
        email: person?.email ?? null,
      },
    });
  }
  return { planned, problems };
}

/** Two rows with one NIP may list two people of one organisation, if they name it alike. */
function sameOrganizationRows(members: MemberRow[], first: number, second: number): boolean {
  const [a, b] = [first, second].map((row) => members.find((member) => member.row === row)!);
  return nameAndCity(a!.organization) === nameAndCity(b!.organization);
}
