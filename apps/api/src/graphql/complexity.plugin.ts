import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { ComplexityEstimatorArgs } from '@nestjs/graphql';
import {
  type ComplexityEstimator,
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
} from 'graphql-query-complexity';
import { limits } from '@app/domain';

/**
 * What a root field costs before its children: at least one database round trip, against 1
 * for a field read from an object already loaded. Aliases of a root field each pay it.
 */
export const rootFieldCost = 10;

const rootTypes = new Set(['Query', 'Mutation', 'Subscription']);

const rootFieldEstimator: ComplexityEstimator = ({ type, childComplexity }) =>
  rootTypes.has(type.name) ? rootFieldCost + childComplexity : undefined;

/** Cost of a paginated list: a query, and its children once per requested row. */
export const pageComplexity = ({ args, childComplexity }: ComplexityEstimatorArgs): number =>
  rootFieldCost + (Number(args.first) || limits.pageSizeDefault) * childComplexity;

/** Rejects operations whose estimated cost (list sizes multiply) is above the limit. */
export function complexityLimitPlugin(
  schema: () => GraphQLSchema,
  maxComplexity: number,
): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema: schema(),
              operationName: request.operationName,
              query: document,
              variables: request.variables,
              estimators: [
                fieldExtensionsEstimator(),
                rootFieldEstimator,
                simpleEstimator({ defaultComplexity: 1 }),
              ],
            });
          } catch {
            // Invalid variables: execution rejects them next with a precise BAD_USER_INPUT error.
            return;
          }
          if (complexity > maxComplexity) {
            throw new GraphQLError(
              `Query is too complex: ${complexity} exceeds the limit of ${maxComplexity}`,
              { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
