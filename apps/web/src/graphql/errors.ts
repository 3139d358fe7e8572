import { CombinedGraphQLErrors } from '@apollo/client/errors';

export interface ServerFieldError {
  /** Path from the operation's argument, `input.budget.min`. */
  field: string;
  message: string;
  rule?: string;
}

export function errorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  return error.errors[0]?.extensions?.code as string | undefined;
}

/** The field errors of a BAD_USER_INPUT answer, keyed by field path without the argument name. */
export function fieldErrorsOf(error: unknown, argument = 'input'): ServerFieldError[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((item) => {
    const extensions = item.extensions ?? {};
    const list =
      (extensions.fieldErrors as ServerFieldError[] | undefined) ??
      (typeof extensions.field === 'string'
        ? [{ field: extensions.field, message: item.message }]
        : []);
    return list.map((fieldError) => ({
      ...fieldError,
      field: fieldError.field.startsWith(`${argument}.`)
        ? fieldError.field.slice(argument.length + 1)
        : fieldError.field,
    }));
  });
}
