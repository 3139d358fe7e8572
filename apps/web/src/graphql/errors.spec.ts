import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { errorCode, fieldErrorsOf } from './errors';

const answer = (extensions: Record<string, unknown>, message = 'Invalid input') =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

describe('GraphQL errors', () => {
  it('reads the stable code', () => {
    expect(errorCode(answer({ code: 'CONFLICT' }))).toBe('CONFLICT');
    expect(errorCode(new Error('offline'))).toBeUndefined();
  });

  it('lists field errors relative to the argument, with their rules', () => {
    const error = answer({
      code: 'BAD_USER_INPUT',
      field: 'input.title',
      fieldErrors: [
        { field: 'input.title', message: 'title must be shorter', rule: 'maxLength' },
        { field: 'input.budget.min', message: 'min above max', rule: 'budget-range' },
      ],
    });
    expect(fieldErrorsOf(error)).toEqual([
      { field: 'title', message: 'title must be shorter', rule: 'maxLength' },
      { field: 'budget.min', message: 'min above max', rule: 'budget-range' },
    ]);
  });

  it('falls back to the single field an error names', () => {
    expect(
      fieldErrorsOf(answer({ code: 'BAD_USER_INPUT', field: 'reason' }, 'Say why'), ''),
    ).toEqual([{ field: 'reason', message: 'Say why' }]);
  });
});
