export enum DomainErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
}

export interface FieldError {
  field: string;
  message: string;
  /** Stable name of the broken rule (`maxLength`, `trl-range`): clients word it in their language. */
  rule?: string;
}

export interface DomainExceptionDetails {
  fieldErrors?: FieldError[];
  currentState?: string;
  retryAfterSeconds?: number;
}

/** An expected business failure; the API maps its code to a stable GraphQL `extensions.code`. */
export class DomainException extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: DomainExceptionDetails = {},
  ) {
    super(message);
    this.name = 'DomainException';
  }
}

function renamingFields<T>(check: () => T, rename: (field: string) => string): T {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof DomainException) || !error.details.fieldErrors) throw error;
    const fieldErrors = error.details.fieldErrors.map((fieldError) => ({
      ...fieldError,
      field: rename(fieldError.field),
    }));
    throw new DomainException(error.code, error.message, { ...error.details, fieldErrors });
  }
}

/**
 * Runs rules written for one argument's value and names each failing field by its path from
 * that argument (`trlMin` → `input.trlMin`), as every error of every operation does.
 */
export const checkArgument = <T>(argument: string, check: () => T): T =>
  renamingFields(check, (field) => `${argument}.${field}`);

/**
 * Names every failing field as the one argument: a rule about a stored object the argument
 * only names (`publishNeed(id)`), or a rule written for another field (`newPassword`).
 */
export const reportAs = <T>(argument: string, check: () => T): T =>
  renamingFields(check, () => argument);

export const invalidInput = (field: string, message: string, rule?: string): DomainException =>
  new DomainException(DomainErrorCode.INVALID_INPUT, message, {
    fieldErrors: [{ field, message, ...(rule ? { rule } : {}) }],
  });

export const notFound = (what: string, id: string): DomainException =>
  new DomainException(DomainErrorCode.NOT_FOUND, `${what} ${id} does not exist`);

export const forbidden = (message: string): DomainException =>
  new DomainException(DomainErrorCode.FORBIDDEN, message);

export const conflict = (message: string, currentState?: string): DomainException =>
  new DomainException(DomainErrorCode.CONFLICT, message, { currentState });

export const unauthenticated = (message = 'Sign in to continue'): DomainException =>
  new DomainException(DomainErrorCode.UNAUTHENTICATED, message);

export const rateLimited = (message: string, retryAfterSeconds: number): DomainException =>
  new DomainException(DomainErrorCode.RATE_LIMITED, message, { retryAfterSeconds });
