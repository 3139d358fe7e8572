import { encode } from 'iconv-lite';
import { readMemberRows } from './member-rows';
import { readCsvTable } from './sheet-table';

/** A member list as a Polish office saves it from Excel: Windows-1250, semicolons, CRLF. */
const polishSheet = [
  'Nazwa organizacji;Rodzaj;Wielkość;NIP;REGON;Miejscowość;Województwo;Kraj;Strona WWW;E-mail;Imię i nazwisko;Rola;Język',
  'Zakład Mechaniczny Przykład Sp. z o.o.;firma;mała;712-016-21-57;123456785;Świdnik;lubelskie;Polska;www.przyklad.example;Ż.Źdźbło@przyklad.example;Żaneta Źdźbło;;',
  '"Politechnika Zmyślona; Wydział Mechaniczny";uczelnia;;;;Lublin;lubelskie;PL;;a.testowa@pz.example;Anna Testowa;naukowiec;angielski',
  'Odlewnia Bez Osób S.A.;Firma;duża;;;Radom;mazowieckie;;;;;;',
  ';;;;;;;;;;;;',
  ';;;;;;;;;;;;',
].join('\r\n');

describe('a member spreadsheet', () => {
  it('reads Windows-1250, semicolons, CRLF, a quoted separator and Excel’s trailing empty rows', () => {
    const table = readCsvTable(encode(polishSheet, 'win1250'));
    expect(table.headers[2]).toBe('Wielkość');
    expect(table.rows.map((row) => row.number)).toEqual([2, 3, 4]);
    const { members, problems } = readMemberRows(table);
    expect(problems).toEqual([]);
    expect(members).toHaveLength(3);
    expect(members[0]).toEqual({
      row: 2,
      organization: {
        name: 'Zakład Mechaniczny Przykład Sp. z o.o.',
        kind: 'COMPANY',
        size: 'SME_11_49',
        nip: '7120162157',
        regon: '123456785',
        city: 'Świdnik',
        region: 'lubelskie',
        country: 'PL',
        website: 'www.przyklad.example',
      },
      person: {
        email: 'ż.źdźbło@przyklad.example',
        fullName: 'Żaneta Źdźbło',
        role: 'FIRM',
        language: 'pl',
      },
      posting: null,
    });
    expect(members[1]!.organization.name).toBe('Politechnika Zmyślona; Wydział Mechaniczny');
    expect(members[1]!.person).toMatchObject({ role: 'RESEARCHER', language: 'en' });
    expect(members[2]).toMatchObject({ organization: { size: 'LARGE' }, person: null });
  });

  it('reads UTF-8 with a BOM and English headers separated by commas', () => {
    const sheet =
      '\uFEFFOrganisation,Type,City,Region,Email,Name\nLab Example,research institute,Lublin,lubelskie,x@lab.example,Ann Example\n';
    const { members, problems } = readMemberRows(readCsvTable(Buffer.from(sheet, 'utf8')));
    expect(problems).toEqual([]);
    expect(members[0]).toMatchObject({
      organization: { name: 'Lab Example', kind: 'RESEARCH_INSTITUTE', city: 'Lublin' },
      person: { email: 'x@lab.example', role: 'RESEARCHER', language: 'pl' },
    });
  });

  it('says what is wrong in which row and column, and gives no member for such a row', () => {
    const sheet = [
      'Organizacja;Rodzaj;Miasto;NIP;REGON;E-mail;Osoba;Kraj;WWW',
      'Dobra Firma;firma;Lublin;7120162157;;;;;',
      'Zły NIP;firma;Lublin;7120162154;12345678600010;;;;',
      ';kosmiczna;;;;nie-adres;;Narnia;to nie adres',
      `${'x'.repeat(201)};firma;Lublin;;;;Jan Bez Adresu;;`,
    ].join('\n');
    const { members, problems } = readMemberRows(readCsvTable(Buffer.from(sheet)));
    expect(members.map((member) => member.row)).toEqual([2]);
    expect(problems).toEqual([
      { row: 3, column: 'nip', code: 'INVALID_NIP' },
      { row: 3, column: 'regon', code: 'INVALID_REGON' },
      { row: 4, column: 'organization', code: 'REQUIRED' },
      { row: 4, column: 'city', code: 'REQUIRED' },
      { row: 4, column: 'website', code: 'INVALID_WEBSITE' },
      { row: 4, column: 'kind', code: 'UNKNOWN_VALUE' },
      { row: 4, column: 'country', code: 'UNKNOWN_VALUE' },
      { row: 4, column: 'email', code: 'INVALID_EMAIL' },
      { row: 4, column: 'fullName', code: 'REQUIRED' },
      { row: 5, column: 'organization', code: 'TOO_LONG' },
      { row: 5, column: 'email', code: 'REQUIRED' },
    ]);
  });

  it('refuses a size for a university and a firm’s person at one, as sign-up does', () => {
    const sheet = [
      'Organizacja;Rodzaj;Wielkość;Miasto;E-mail;Osoba;Rola',
      'Uczelnia Przykładowa;uczelnia;mała;Lublin;;;',
      'Uczelnia Przykładowa;uczelnia;;Lublin;j.firmowy@up.example;Jan Firmowy;firma',
      'Uczelnia Przykładowa;uczelnia;;Lublin;a.badawcza@up.example;Anna Badawcza;naukowiec',
    ].join('\n');
    const { members, problems } = readMemberRows(readCsvTable(Buffer.from(sheet)));
    expect(members.map((member) => member.row)).toEqual([4]);
    expect(problems).toEqual([
      { row: 2, column: 'size', code: 'SIZE_NOT_FOR_KIND' },
      { row: 3, column: 'role', code: 'ROLE_NOT_FOR_KIND' },
    ]);
  });

  it('names the columns it needs when the header row lacks them', () => {
    const { members, problems } = readMemberRows(
      readCsvTable(Buffer.from('Nazwa;Telefon\nX;123\n')),
    );
    expect(members).toEqual([]);
    expect(problems).toEqual([
      { row: 1, column: 'organization', code: 'MISSING_COLUMN' },
      { row: 1, column: 'kind', code: 'MISSING_COLUMN' },
      { row: 1, column: 'city', code: 'MISSING_COLUMN' },
    ]);
  });
});
