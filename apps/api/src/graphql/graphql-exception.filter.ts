import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';

/**
 * Hands every error of a GraphQL operation to Apollo as it is, instead of Nest logging each
 * one (expected client errors included) at level error with its stack. The error formatter
 * logs what deserves it.
 */
@Catch()
export class GraphqlExceptionFilter implements GqlExceptionFilter {
  catch(exception: unknown): unknown {
    return exception;
  }
}
