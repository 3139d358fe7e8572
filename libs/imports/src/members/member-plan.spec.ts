import { type KnownOrganization, planMemberImport } from './member-plan';
import { readMemberRows } from './member-rows';
import { readCsvTable } from './sheet-table';

const sheet = [
  'Organizacja;Rodzaj;Wielkość;NIP;Miasto;Województwo;E-mail;Osoba',
  'Zakład Przykład Sp. z o.o.;firma;mała;7120162157;Świdnik;lubelskie;jan@przyklad.example;Jan Przykład',
  'Zakład Przykład Sp. z o.o.;firma;mała;7120162157;Świdnik;lubelskie;ewa@przyklad.example;Ewa Przykład',
  'Politechnika Zmyślona;uczelnia;;;LUBLIN;lubelskie;anna@pz.example;Anna Testowa',
  'Nowa Odlewnia;firma;duża;;Radom;mazowieckie;;',
  'Inna Nazwa Tego NIP;firma;;7120162157;Kraśnik;lubelskie;;',
  'Nowa Odlewnia;firma;duża;;Radom;mazowieckie;jan@przyklad.example;Jan Drugi',
].join('\n');
const { members } = readMemberRows(readCsvTable(Buffer.from(sheet)));

const known: KnownOrganization[] = [
  {
    id: 'org-firm',
    name: 'Zakład Przykład Sp. z o.o.',
    kind: 'COMPANY' as KnownOrganization['kind'],
    size: 'SME_11_49' as KnownOrganization['size'],
    nip: '7120162157',
    regon: null,
    city: 'Świdnik',
    region: 'lubelskie',
    country: 'PL',
    website: null,
  },
  {
    id: 'org-university',
    name: 'politechnika zmyślona',
    kind: 'UNIVERSITY' as KnownOrganization['kind'],
    size: null,
    nip: null,
    regon: null,
    city: 'Lublin',
    region: 'podkarpackie',
    country: 'PL',
    website: null,
  },
];

describe('the dry run of a member import', () => {
  const { planned, problems } = planMemberImport(members, known, new Set(['anna@pz.example']));

  it('finds organisations by NIP, else by name and city, and says what would change', () => {
    expect(
      planned.map(({ row, organization }) => [
        row,
        organization.action,
        organization.id,
        organization.changes,
      ]),
    ).toEqual([
      [2, 'UNCHANGED', 'org-firm', []],
      [3, 'UNCHANGED', 'org-firm', []],
      [4, 'UPDATE', 'org-university', ['region']],
      [5, 'CREATE', null, []],
    ]);
  });

  it('invites people who are not users yet, and no one twice', () => {
    expect(planned.map(({ person }) => person)).toEqual([
      { action: 'INVITE', email: 'jan@przyklad.example' },
      { action: 'INVITE', email: 'ewa@przyklad.example' },
      { action: 'ALREADY_A_USER', email: 'anna@pz.example' },
      { action: 'NONE', email: null },
    ]);
    expect(problems).toEqual([
      { row: 6, column: 'nip', code: 'DUPLICATE_IN_FILE' },
      { row: 7, column: 'email', code: 'DUPLICATE_IN_FILE' },
    ]);
  });

  it('plans nothing the second time, once the first plan is done', () => {
    const done: KnownOrganization[] = planned.map(({ organization }, index) => ({
      id: organization.id ?? `new-${index}`,
      ...organization.values,
    }));
    const users = new Set(planned.flatMap(({ person }) => (person.email ? [person.email] : [])));
    const again = planMemberImport(members.slice(0, 4), done, users);
    expect(again.planned.map(({ organization }) => organization.action)).toEqual(
      Array(4).fill('UNCHANGED'),
    );
    expect(again.planned.every(({ person }) => person.action !== 'INVITE')).toBe(true);
  });

  it('drafts a posting as its person: a need for a firm, an offer for a researcher, once', () => {
    const postings = readMemberRows(
      readCsvTable(
        Buffer.from(
          [
            'Organizacja;Rodzaj;Miasto;E-mail;Osoba;Potrzeba',
            'Odlewnia;firma;Radom;nowy@odlewnia.example;Nowy;Porowatość odlewów',
            'Instytut;instytut;Lublin;stary@instytut.example;Stary;Tomografia odlewów',
            'Instytut;instytut;Lublin;inna@instytut.example;Inna;Nowa oferta',
            'Klaster;firma;Lublin;koordynator@klaster.example;Koordynator;Cokolwiek',
          ].join('\n'),
        ),
      ),
    ).members;
    const { planned, problems } = planMemberImport(
      postings,
      [],
      new Set(['stary@instytut.example', 'inna@instytut.example', 'koordynator@klaster.example']),
      new Map([
        ['stary@instytut.example', { role: 'RESEARCHER', titles: new Set(['tomografia odlewów']) }],
        ['inna@instytut.example', { role: 'RESEARCHER', titles: new Set<string>() }],
        ['koordynator@klaster.example', { role: 'COORDINATOR', titles: new Set<string>() }],
      ]),
    );
    expect(planned.map((p) => p.posting.action)).toEqual([
      'CREATE_NEED',
      'UNCHANGED',
      'CREATE_CAPABILITY',
    ]);
    // A coordinator's account posts nothing.
    expect(problems).toEqual([{ row: 5, column: 'postingTitle', code: 'POSTING_WITHOUT_AUTHOR' }]);
  });
});
