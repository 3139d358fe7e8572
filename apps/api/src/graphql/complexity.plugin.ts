import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { ComplexityEstimatorArgs } from '@nestjs/graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { limits } from '@app/domain';

/** Cost of a paginated list: its children once per requested row. */
export const pageComplexity = ({ args, childComplexity }: ComplexityEstimatorArgs): number =>
  1 + (Number(args.first) || limits.pageSizeDefault) * childComplexity;

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
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
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
