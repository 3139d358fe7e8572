import { isUuid, notFound } from '@app/domain';
import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { getNullableType, type GraphQLResolveInfo, isScalarType } from 'graphql';
import type { Observable } from 'rxjs';

/**
 * Every `ID` argument names a row by its UUID, so one that is not even a UUID names nothing: it
 * is answered NOT_FOUND here, before any resolver can take it to SQL, where PostgreSQL refuses
 * it and the answer would be an internal error. Lists of ids are left to their operations,
 * which answer per item; ids inside input objects are checked by their DTOs (`@IsUUID`).
 */
@Injectable()
export class FoundIdsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() === 'graphql') {
      const graphql = GqlExecutionContext.create(context);
      const info = graphql.getInfo<GraphQLResolveInfo>();
      const values = graphql.getArgs<Record<string, unknown>>();
      for (const argument of info.parentType.getFields()[info.fieldName]?.args ?? []) {
        const type = getNullableType(argument.type);
        const value = values[argument.name];
        if (
          isScalarType(type) &&
          type.name === 'ID' &&
          typeof value === 'string' &&
          !isUuid(value)
        ) {
          throw notFound(argument.name, value);
        }
      }
    }
    return next.handle();
  }
}
