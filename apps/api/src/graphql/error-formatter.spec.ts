import { conflict, invalidInput } from '@app/domain';
import { GraphQLError } from 'graphql';
import { createErrorFormatter } from './error-formatter';

describe('GraphQL error formatting', () => {
  const logged: unknown[] = [];
  const format = createErrorFormatter({
    error: (details: unknown) => logged.push(details),
    debug: () => undefined,
  } as never);
  const resolverError = (original: Error) =>
    new GraphQLError(original.message, { path: ['need'], originalError: original });

  it('maps domain errors to stable codes with field paths and current state', () => {
    const badInput = format(
      { message: 'x' },
      resolverError(invalidInput('input.trlMin', 'too low')),
    );
    expect(badInput.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.trlMin',
      fieldErrors: [{ field: 'input.trlMin', message: 'too low' }],
    });
    const stateConflict = format(
      { message: 'x' },
      resolverError(conflict('already published', 'PUBLISHED')),
    );
    expect(stateConflict.extensions).toEqual({ code: 'CONFLICT', currentState: 'PUBLISHED' });
  });

  it('hides unexpected errors behind a generic message and logs them', () => {
    const leaked = new Error('relation "needs" does not exist at PostgresQueryRunner.query');
    const formatted = format(
      {
        message: leaked.message,
        path: ['need'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
      },
      resolverError(leaked),
    );
    expect(formatted).toEqual({
      message: 'Internal server error',
      path: ['need'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(logged).toHaveLength(1);
  });
});
