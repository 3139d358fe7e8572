import { DomainErrorCode, DomainException } from '@app/domain';
import { type ArgumentsHost, Catch, HttpException } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { PinoLogger } from 'nestjs-pino';
import { domainExtensions } from './error-formatter';

/** GraphQL codes for HTTP statuses of requests refused before GraphQL could read them. */
const codeOfStatus: Record<number, string> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'TOO_MANY_REQUESTS',
};

/** HTTP statuses of the business errors an HTTP route (an upload) answers with. */
const statusOfDomainCode: Record<DomainErrorCode, number> = {
  [DomainErrorCode.INVALID_INPUT]: 400,
  [DomainErrorCode.UNAUTHENTICATED]: 401,
  [DomainErrorCode.FORBIDDEN]: 403,
  [DomainErrorCode.NOT_FOUND]: 404,
  [DomainErrorCode.CONFLICT]: 409,
  [DomainErrorCode.RATE_LIMITED]: 429,
};

/**
 * In a GraphQL operation, hands every error to Apollo as it is, instead of Nest logging each
 * one (expected client errors included) at level error with its stack: the error formatter
 * logs what deserves it. Outside one (a body too large or not JSON, a health check), answers
 * JSON with the status, in every mode: never Express's HTML page with its stack trace.
 */
@Catch()
export class GraphqlExceptionFilter implements GqlExceptionFilter {
  constructor(private readonly logger: PinoLogger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    // Thrown, not returned: graphql-js takes a returned value that is no Error (a driver's
    // error object from another realm, say) for the field's result.
    if (host.getType<string>() !== 'http') throw exception;
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    if (exception instanceof DomainException) {
      response.status(statusOfDomainCode[exception.code]).json({
        errors: [{ message: exception.message, extensions: domainExtensions(exception) }],
      });
      return;
    }
    const status = exception instanceof HttpException ? exception.getStatus() : 500;
    if (status >= 500) this.logger.error({ err: exception }, 'unexpected error in HTTP request');
    if (response.headersSent) return;
    const answersLikeGraphql = ['/graphql', '/uploads'].some((path) =>
      request.path.startsWith(path),
    );
    if (!answersLikeGraphql && exception instanceof HttpException) {
      response.status(status).json(exception.getResponse());
      return;
    }
    const message = status >= 500 ? 'Internal server error' : (exception as HttpException).message;
    const code =
      codeOfStatus[status] ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT');
    response.status(status).json({ errors: [{ message, extensions: { code } }] });
  }
}
