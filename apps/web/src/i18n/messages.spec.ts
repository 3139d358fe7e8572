import { parse } from '@formatjs/icu-messageformat-parser';
import { buildSchema, isEnumType } from 'graphql';
import { IntlMessageFormat } from 'intl-messageformat';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import en from './messages/en.json';
import pl from './messages/pl.json';

const catalogues = { en, pl } as Record<string, Record<string, string>>;

describe('message catalogues', () => {
  it('have the same keys in Polish and English', () => {
    expect(Object.keys(pl).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(catalogues))(
    '%s: every message is valid ICU with no empty text',
    (locale) => {
      for (const [key, message] of Object.entries(catalogues[locale]!)) {
        expect(message.trim()).not.toBe('');
        expect(() => parse(message)).not.toThrow();
        expect({ [key]: message }).not.toEqual({ [key]: expect.stringMatching(/TODO|FIXME/) });
      }
    },
  );

  it.each([
    [1, '1 dopasowanie'],
    [2, '2 dopasowania'],
    [4, '4 dopasowania'],
    [5, '5 dopasowań'],
    [12, '12 dopasowań'],
    [22, '22 dopasowania'],
    [25, '25 dopasowań'],
  ])('Polish plural of %i is "%s"', (count, expected) => {
    expect(new IntlMessageFormat(pl['matches.count'], 'pl').format({ count })).toBe(expected);
  });

  it('words 0, 1 and 5 in English', () => {
    const format = (count: number) =>
      new IntlMessageFormat(en['matches.count'], 'en').format({ count });
    expect([format(0), format(1), format(5)]).toEqual(['No matches yet', '1 match', '5 matches']);
  });

  // Pages build these keys from the API's enum values; a new value in the schema needs both words.
  const schema = buildSchema(readFileSync(join(__dirname, '../../../api/schema.graphql'), 'utf8'));
  const enumKeys: [enumName: string, prefix: string][] = Object.entries({
    CollaborationType: 'collaboration',
    PostingStatus: 'postingStatus',
    MatchStatus: 'matchStatus',
    MatchAction: 'matchAction',
    DeclineReason: 'declineReason',
    MatchOutcome: 'outcome',
    IprStatus: 'ipr',
    NotificationEvent: 'event',
    EmailFrequency: 'frequency',
    OrganizationKind: 'organizationKind',
    UserRole: 'role',
    Visibility: 'visibility',
    CloseReason: 'closeReason',
    Language: 'language',
    MemberImportColumn: 'import.column',
    MemberImportProblemCode: 'import.problem',
    OrganizationImportAction: 'import.action',
    PersonImportAction: 'import.person',
  });
  enumKeys.push(['UserRole', 'matchActor']);
  it.each(enumKeys)('names every %s value in both languages', (enumName, prefix) => {
    const type = schema.getType(enumName);
    if (!isEnumType(type)) throw new Error(`${enumName} is not an enum of the schema`);
    for (const { value } of type.getValues()) {
      expect(Object.keys(en)).toContain(`${prefix}.${value}`);
      expect(Object.keys(pl)).toContain(`${prefix}.${value}`);
    }
  });
});
