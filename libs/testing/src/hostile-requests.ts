import * as fc from 'fast-check';
import {
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { randomUUID } from 'node:crypto';

/** What a hostile client knows: ids of every kind it has seen, cursors it was given, valid inputs. */
export interface HostileContext {
  ids: string[];
  cursors: string[];
  /** A valid value of an input type, to corrupt one field at a time (reaches past validation). */
  validInputs: Record<string, Record<string, unknown>>;
}

export interface HostileRequest {
  rootType: 'query' | 'mutation';
  field: string;
  query: string;
  variables: Record<string, unknown>;
}

const forgedCursor = (sortText: unknown, id: unknown, tag: unknown) =>
  Buffer.from(JSON.stringify([sortText, id, tag])).toString('base64url');

/** Strings no client should be able to turn into an internal error. */
export const hostileStrings: string[] = [
  '',
  ' ',
  'e',
  'y',
  'ą',
  'ę',
  'ąęółśżźćń',
  'e-commerce',
  'E-mail',
  '---',
  '!?.,;:',
  '\'"\\',
  '1e999',
  '-1e999',
  '1e-999',
  '-0',
  'NaN',
  'Infinity',
  'null',
  'undefined',
  '0x10',
  '2026-02-30',
  '2026-02-30T10:00:00Z',
  '0000-01-01T00:00:00Z',
  '+275760-09-13T00:00:00.001Z',
  'x'.repeat(10_000),
  'żółć '.repeat(2_000),
  'a\u0000b',
  '\u0001\u0007\u001b[31m\u007f',
  '\u202eevil\u202c',
  '\u200f\u200e\u200b\ufeff',
  '🔧🚗👩‍🔬',
  '\ud800',
  "'; DROP TABLE users; --",
  '<script>alert(1)</script>',
  '%s%n%x',
  'C25.62',
  'pl',
  'PLN',
  'not-a-cursor',
  forgedCursor('2026-02-30 10:00:00+00', randomUUID(), 'x'),
  forgedCursor('1e999', randomUUID(), 'x'),
  forgedCursor(['nested'], { id: 1 }, null),
];

const hostileInts = [0, -1, 1, 7, 10, 100, 101, 2_147_483_647, -2_147_483_648, 2 ** 31, 1e15];
const hostileFloats = [0, -0, 0.5, 1, 1.0000001, -1, 1e308, -1e308, 5e-324, 1e15];

/** Shapes a forged cursor could take from a real one: impossible values, other ids, other lists. */
function cursorVariants(cursor: string, ids: string[]): string[] {
  try {
    const [sortText, id, tag] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return [
      cursor,
      forgedCursor('2026-02-30 10:00:00+00', id, tag),
      forgedCursor('0000-01-01 00:00:00+00', id, tag),
      forgedCursor('1e999', id, tag),
      forgedCursor('1e-999', id, tag),
      forgedCursor('a\u0000b', id, tag),
      forgedCursor(sortText, ids[0] ?? randomUUID(), tag),
      forgedCursor(sortText, 'not-an-id', tag),
      forgedCursor(sortText, id, 'another-list'),
    ];
  } catch {
    return [cursor];
  }
}

/** Arbitrary values of a GraphQL input type, hostile ones first among them. */
export class HostileValues {
  private readonly strings: fc.Arbitrary<string>;
  private readonly ids: fc.Arbitrary<string>;

  constructor(private readonly context: HostileContext) {
    const cursors = context.cursors.flatMap((cursor) => cursorVariants(cursor, context.ids));
    this.strings = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...hostileStrings, ...cursors) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    );
    this.ids = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...context.ids) },
      { weight: 1, arbitrary: fc.uuid() },
      { weight: 1, arbitrary: this.strings },
    );
  }

  of(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
    if (isNonNullType(type)) return this.of(type.ofType, depth);
    const value = this.nonNull(type, depth);
    return fc.oneof({ weight: 8, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) });
  }

  private nonNull(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
    if (isNonNullType(type)) return this.of(type.ofType, depth);
    if (isListType(type)) {
      const item = this.of(type.ofType as GraphQLInputType, depth + 1);
      return fc.oneof(
        { weight: 6, arbitrary: fc.array(item, { maxLength: 3 }) },
        { weight: 1, arbitrary: fc.array(item, { minLength: 101, maxLength: 120 }) },
      );
    }
    if (isEnumType(type)) {
      return fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...type.getValues().map((value) => value.name)) },
        { weight: 1, arbitrary: fc.constantFrom('NOT_A_VALUE', '', 'pl', 'PUBLISHED') },
      );
    }
    if (isInputObjectType(type)) return this.inputObject(type, depth);
    return this.scalar(type.name);
  }

  private scalar(name: string): fc.Arbitrary<unknown> {
    switch (name) {
      case 'ID':
        return this.ids;
      case 'Int':
        return fc.constantFrom(...hostileInts);
      case 'Float':
        return fc.constantFrom(...hostileFloats);
      case 'Boolean':
        return fc.boolean();
      case 'DateTime':
        return fc.oneof(
          fc.constantFrom('2026-12-31T10:00:00.000Z', '1970-01-01T00:00:00Z'),
          this.strings,
        );
      default:
        return this.strings;
    }
  }

  /**
   * Either every field from scratch, or a valid input with one field made hostile: random
   * objects fail validation on their first field and never reach the service behind it.
   */
  private inputObject(type: GraphQLInputObjectType, depth: number): fc.Arbitrary<unknown> {
    const fields = Object.values(type.getFields());
    if (depth > 3) return fc.constant({});
    const fresh = fc.record(
      Object.fromEntries(fields.map((field) => [field.name, this.of(field.type, depth + 1)])),
      {
        requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((f) => f.name),
      },
    );
    const valid = this.context.validInputs[type.name];
    if (!valid) return fresh;
    const corrupted = fc
      .constantFrom(...fields)
      .chain((field) =>
        this.of(field.type, depth + 1).map((value) => ({ ...valid, [field.name]: value })),
      );
    return fc.oneof({ weight: 1, arbitrary: fresh }, { weight: 3, arbitrary: corrupted });
  }
}

/** Every scalar field of the type, and those of its object fields, two levels down. */
function selectionOf(type: GraphQLNamedType, depth = 0): string {
  if (isLeafType(type)) return '';
  if (!isObjectType(type)) return '{ __typename }';
  const fields = Object.values(type.getFields()).filter(
    (field) => !field.args.some((arg) => isNonNullType(arg.type)),
  );
  const selected = fields.flatMap((field) => {
    const named = getNamedType(field.type);
    if (isScalarType(named) || isEnumType(named)) return [field.name];
    if (depth >= 2) return [];
    return [`${field.name} ${selectionOf(named, depth + 1)}`];
  });
  return `{ __typename ${selected.join(' ')} }`;
}

function operationText(rootType: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const variables = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = selectionOf(getNamedType(field.type));
  return `${rootType}(${variables}) { ${field.name}(${args}) ${selection} }`;
}

function variablesOf(args: readonly GraphQLArgument[], values: HostileValues) {
  return fc.record(Object.fromEntries(args.map((arg) => [arg.name, values.of(arg.type)])), {
    requiredKeys: args.filter((arg) => isNonNullType(arg.type)).map((arg) => arg.name),
  }) as fc.Arbitrary<Record<string, unknown>>;
}

/**
 * Requests to every query and mutation that takes arguments, with hostile values of each
 * argument's type. Operations without arguments take no input to be hostile with (and
 * `signOutEverywhere` among them would end the test's own sessions).
 */
export function hostileRequests(
  schema: GraphQLSchema,
  context: HostileContext,
): fc.Arbitrary<HostileRequest> {
  const values = new HostileValues(context);
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  const operations = roots.flatMap(([rootType, root]) =>
    Object.values(root?.getFields() ?? {})
      .filter((field) => field.args.length > 0)
      .map((field) =>
        variablesOf(field.args, values).map((variables): HostileRequest => ({
          rootType,
          field: field.name,
          query: operationText(rootType, field),
          variables,
        })),
      ),
  );
  return fc.oneof(...operations);
}

/** The names of the operations `hostileRequests` covers, to check none is left out. */
export function operationsWithArguments(schema: GraphQLSchema): string[] {
  return [schema.getQueryType(), schema.getMutationType()].flatMap((root) =>
    Object.values(root?.getFields() ?? {})
      .filter((field) => field.args.length > 0)
      .map((field) => field.name),
  );
}
