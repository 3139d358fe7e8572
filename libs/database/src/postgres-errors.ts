import { QueryFailedError } from 'typeorm';

/** True when PostgreSQL refused a row because of the named unique constraint or index. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && driverError.constraint === constraint;
}

const networkErrorCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// Class 08 connection exceptions; shutting down or starting up; out of connections.
const unavailableSqlStates = /^(08...|57P0[1-3]|53300)$/;
const poolMessages =
  /Connection terminated|timeout exceeded when trying to connect|Connection is not established/i;

/**
 * True when PostgreSQL could not be reached or dropped the connection: the request may
 * succeed if tried again, unlike a bug or a refused statement.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const cause: unknown = error instanceof QueryFailedError ? error.driverError : error;
  const { code, message } = errorFields(cause);
  return (
    networkErrorCodes.has(code) || unavailableSqlStates.test(code) || poolMessages.test(message)
  );
}

/**
 * Code and message of an error, read by shape: GraphQL wraps an error from another realm
 * (or a plain object thrown) as `thrownValue`.
 */
export function errorFields(error: unknown): { code: string; message: string } {
  if (!error || typeof error !== 'object') return { code: '', message: '' };
  const { code, message, thrownValue } = error as Record<string, unknown>;
  if (thrownValue) return errorFields(thrownValue);
  return {
    code: typeof code === 'string' ? code : '',
    message: typeof message === 'string' ? message : '',
  };
}
