import { DomainErrorCode, DomainException } from '@app/domain';
import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { retryAfterSeconds, unavailableDependency } from './service-unavailable';

/** One exhaustive table from domain error codes to the GraphQL codes clients rely on. */
export const graphqlCodes: Record<DomainErrorCode, string> = {
  [DomainErrorCode.INVALID_INPUT]: 'BAD_USER_INPUT',
  [DomainErrorCode.UNAUTHENTICATED]: 'UNAUTHENTICATED',
  [DomainErrorCode.FORBIDDEN]: 'FORBIDDEN',
  [DomainErrorCode.NOT_FOUND]: 'NOT_FOUND',
  [DomainErrorCode.CONFLICT]: 'CONFLICT',
  [DomainErrorCode.RATE_LIMITED]: 'TOO_MANY_REQUESTS',
};

/** Apollo's own codes for requests that never reached a resolver. */
const passThroughCodes = new Set(['BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND', 'BAD_REQUEST']);

/** Syntax errors, token limits, invalid enum literals, unknown fields, over-deep queries. */
const documentErrorCodes = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']);

/**
 * An error graphql-js raised about the request itself, outside any resolver: a GraphQLError of
 * its own making (no error behind it, no path), which Apollo left without a code.
 */
const isRequestRefusal = (error: unknown, formatted: GraphQLFormattedError) =>
  error instanceof GraphQLError &&
  !error.originalError &&
  !formatted.path &&
  formatted.extensions?.code === 'INTERNAL_SERVER_ERROR';

/** A business error's `extensions`, in a GraphQL answer and in an HTTP route's alike. */
export function domainExtensions(exception: DomainException): Record<string, unknown> {
  const { fieldErrors, currentState, retryAfterSeconds } = exception.details;
  return {
    code: graphqlCodes[exception.code],
    ...(fieldErrors ? { field: fieldErrors[0]?.field, fieldErrors } : {}),
    ...(currentState ? { currentState } : {}),
    ...(retryAfterSeconds ? { retryAfterSeconds } : {}),
  };
}

export function createErrorFormatter(logger: Pick<Logger, 'error' | 'debug'>) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
    };

    if (original instanceof DomainException) {
      // The client's mistake, not the operator's concern: no stack, below the default level.
      logger.debug({ code: original.code, path: formatted.path }, original.message);
      return { ...base, message: original.message, extensions: domainExtensions(original) };
    }

    const code = formatted.extensions?.code;
    if (typeof code === 'string' && documentErrorCodes.has(code)) {
      // All the client's input; Apollo answers them 400.
      return { ...base, extensions: { code: 'BAD_USER_INPUT' } };
    }
    if (isRequestRefusal(error, formatted)) {
      // graphql-js's own word on the request ("Too many errors processing variables…").
      return { ...base, extensions: { code: 'BAD_USER_INPUT' } };
    }
    if (typeof code === 'string' && passThroughCodes.has(code)) {
      const field = formatted.extensions?.field ?? /at "([^"]+)"/.exec(formatted.message)?.[1];
      return { ...base, extensions: { code, ...(field ? { field } : {}) } };
    }
    if (original instanceof HttpException && original.getStatus() < 500) {
      return { ...base, message: original.message, extensions: { code: 'BAD_USER_INPUT' } };
    }

    const dependency = unavailableDependency(original);
    if (dependency) {
      // Logged once per outage by the service-unavailable plugin, not once per request.
      return {
        message: `The platform cannot reach its ${dependency === 'postgres' ? 'database' : 'queue'} right now; try again in a few seconds`,
        path: formatted.path,
        extensions: { code: 'SERVICE_UNAVAILABLE', dependency, retryAfterSeconds },
      };
    }

    logger.error({ err: original }, 'unexpected error in GraphQL operation');
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
