import { isDateTimeText } from '@app/domain';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !isDateTimeText(value)) {
    throw new GraphQLError(
      'DateTime must be an ISO 8601 date and time that exists, e.g. 2026-12-03T10:00:00Z',
    );
  }
  return new Date(value);
}

/**
 * Nest's DateTime scalar, strict: Nest's own takes any string to `new Date(…)`, so "NaN" or
 * 30 February reached PostgreSQL as an invalid or another date. Refused here, the request
 * answers BAD_USER_INPUT before any resolver runs.
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string | null>({
  name: 'DateTime',
  description:
    'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  parseValue: parseDateTime,
  parseLiteral: (ast: ValueNode) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
  // As Nest's: a field given anything but a Date resolves to null.
  serialize: (value) => (value instanceof Date ? value.toISOString() : null),
});
