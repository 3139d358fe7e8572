import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';

/**
 * Hands every error of a GraphQL operation to Apollo as it is, instead of Nest logging each
 * one (expected client errors included) at level error with its stack. The error formatter
 * logs what deserves it.
 */
@Catch()
export class GraphqlExceptionFilter implements GqlExceptionFilter {
  // Thrown, not returned: graphql-js takes a returned value that is no Error (a driver's
  // error object from another realm, say) for the field's result.
  catch(exception: unknown): never {
    throw exception;
  }
}
